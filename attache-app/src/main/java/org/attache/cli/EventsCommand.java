package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.Database;
import org.attache.store.EventFilter;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache events}: the coded events with filters. JSON Lines writes each event's full record
 * (EVENTS.md); the table and CSV write one summary line per event.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Lists coded events: who did what to whom, when and where, with CAMEO and PLOVER codes.",
      "--format jsonl writes the full event record (docs/events.md); table and csv a summary."
    })
final class EventsCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "start",
          "end",
          "code",
          "act",
          "plover",
          "actor",
          "recipient",
          "status",
          "place",
          "mentions",
          "sources",
          "doc");

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  @Mixin EventFilterOptions filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N events (default: all).",
      defaultValue = "0")
  int limit;

  @Option(
      names = "--unmerged",
      description =
          "List the mentions of the matching events one by one, as reported, with the event each"
              + " was fused into.")
  boolean unmerged;

  static final List<String> MENTION_COLUMNS =
      List.of("id", "event", "doc", "sentence", "code", "status", "text");

  EventsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    EventFilter filter = filter();
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.openReading()) {
      EventStore events = new EventStore(db);
      OutputFormat chosen = format.resolve(context);
      if (unmerged) {
        chosen.write(events.mentions(filter), MENTION_COLUMNS, out);
      } else if (chosen == OutputFormat.jsonl) {
        events.records(filter).forEach(out::println);
        out.flush();
      } else {
        chosen.write(events.list(filter), COLUMNS, out);
      }
      return ExitCodes.OK;
    }
  }

  private EventFilter filter() {
    if (limit < 0) {
      throw EventFilterOptions.usage("--limit must not be negative: " + limit);
    }
    return filters.filter().withLimit(limit);
  }
}
