package org.attache.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.event.EventStatus;
import org.attache.model.ErrorCode;
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

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Only events with this country (or CAMEO code) among the actors, e.g. BLR.")
  String actor;

  @Option(
      names = "--recipient",
      paramLabel = "CODE",
      description = "Only events with this country among the recipients.")
  String recipient;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      description =
          "Only events involving both countries, in either direction or as joint actors, e.g."
              + " BLR,PAK.")
  String dyad;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "Only this CAMEO code and its sub-codes, e.g. 04 (consult) or 042 (visit).")
  String code;

  @Option(
      names = "--type",
      paramLabel = "PLOVER",
      description = "Only this PLOVER event type, e.g. CONSULT, SANCTION, AID.")
  String type;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Only events whose dates reach this day or later.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Only events whose dates begin on this day or earlier.")
  LocalDate to;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only events with this status: occurred, planned, hypothetical, negated.")
  String status;

  @Option(
      names = "--doc",
      paramLabel = "ID",
      description = "Only events reported in this document.")
  String document;

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
    try (Database db = database.openExisting()) {
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
    String[] pair = null;
    if (dyad != null) {
      pair = dyad.split(",", -1);
      if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
        throw usage("--dyad needs two codes separated by a comma, e.g. BLR,PAK: '" + dyad + "'");
      }
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw usage("--code needs a CAMEO code of up to 4 digits, e.g. 042: '" + code + "'");
    }
    if (status != null
        && Arrays.stream(EventStatus.values())
            .noneMatch(value -> value.label().equals(status.toLowerCase(Locale.ROOT)))) {
      throw usage("--status must be occurred, planned, hypothetical or negated: '" + status + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw usage("--to must not precede --from: " + from + " > " + to);
    }
    if (limit < 0) {
      throw usage("--limit must not be negative: " + limit);
    }
    return new EventFilter(actor, recipient, pair, code, type, from, to, status, document, limit);
  }

  private static UserException usage(String message) {
    return new UserException(ErrorCode.USAGE, message);
  }
}
