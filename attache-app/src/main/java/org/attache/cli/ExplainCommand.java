package org.attache.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventIds;
import org.attache.event.EventMention;
import org.attache.event.EventMentionCodec;
import org.attache.event.EventPlace;
import org.attache.event.TextSpan;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.EventStore;
import org.attache.store.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache explain EVENT-ID}: each report of an event, its sentence with the trigger, actors,
 * recipients, date and place marked, and the lexicon entry and rules that produced each field.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows why an event was coded as it was: each source sentence with trigger, actor,"
          + " recipient, date and place marked, and the lexicon entry and rules that fired.",
      "--format jsonl writes the event record, the stored mentions and the merges as JSON lines."
    })
final class ExplainCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  @Parameters(paramLabel = "EVENT-ID", description = "The event id (see `attache events`).")
  String id;

  ExplainCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.openReading()) {
      EventStore.Explained explained =
          new EventStore(db)
              .explain(id)
              .orElseThrow(
                  () ->
                      new UserException(
                          ErrorCode.NOT_FOUND, "no event with id " + id + " in " + db.path()));
      if (format.resolve(context) == OutputFormat.table) {
        explained.reports().forEach(report -> print(report, out));
        if (explained.merges().isEmpty()) {
          out.println("merges     none: one report");
        }
        for (Row merge : explained.merges()) {
          out.printf(
              Locale.ROOT,
              "merged     %s into %s (score %.2f): %s%n",
              merge.get("mention_id"),
              merge.get("into_mention_id"),
              ((Number) merge.get("score")).doubleValue(),
              TerminalText.cell(String.valueOf(merge.get("reason"))));
        }
      } else {
        out.println(explained.record());
        for (EventStore.Explained.Report report : explained.reports()) {
          out.println(EventMentionCodec.toJson(report.mention()));
        }
        explained.merges().forEach(merge -> out.println(OutputFormat.json(merge)));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void print(EventStore.Explained.Report report, PrintWriter out) {
    EventMention mention = report.mention();
    out.printf(
        "%s  %s  %s  published %s%n",
        EventIds.mention(mention),
        TerminalText.cell(mention.documentId()),
        TerminalText.cell(String.valueOf(report.source())),
        report.published());
    out.println("  " + marked(report));
    out.printf(
        Locale.ROOT,
        "  act        %s %s (Goldstein %.1f, QuadClass %d; PLOVER %s%s) from lexicon entry %s%n",
        mention.type().code(),
        mention.type().name(),
        mention.type().goldstein(),
        mention.type().quadClass(),
        mention.type().ploverType() == null ? "none" : mention.type().ploverType(),
        mention.type().ploverMode() == null ? "" : "/" + mention.type().ploverMode(),
        TerminalText.cell(mention.lexiconEntry()));
    side("actor", mention.actors(), out);
    side("recipient", mention.recipients(), out);
    out.println("  status     " + mention.status().label());
    EventDate date = mention.date();
    out.println(
        "  date       "
            + (date == null
                ? "unknown"
                : date.start()
                    + (date.end().equals(date.start()) ? "" : ".." + date.end())
                    + " ("
                    + date.precision().label()
                    + ", "
                    + date.basis().label()
                    + ") by "
                    + TerminalText.cell(date.rule())));
    EventPlace place = mention.place();
    out.println(
        "  place      "
            + (place == null
                ? "not stated"
                : TerminalText.cell(place.name())
                    + ", "
                    + place.country()
                    + (place.lat() == null ? "" : " (" + place.lat() + ", " + place.lon() + ")")
                    + " "
                    + place.precision().label()
                    + " by "
                    + TerminalText.cell(place.rule())));
    out.println("  rules      " + TerminalText.cell(String.join(", ", mention.rules())));
    out.println();
  }

  private static void side(String label, List<ActorMention> mentions, PrintWriter out) {
    if (mentions.isEmpty()) {
      out.printf("  %-10s none%n", label);
    }
    for (ActorMention mention : mentions) {
      out.printf(
          "  %-10s %s %s%s \"%s\" by %s%n",
          label,
          mention.actor().country(),
          mention.actor().sector() == null ? "-" : mention.actor().sector(),
          mention.actor().name() == null ? "" : " " + TerminalText.cell(mention.actor().name()),
          TerminalText.cell(mention.text()),
          TerminalText.cell(mention.reason()));
    }
  }

  /** The sentence with each marked span wrapped as [text]{labels}. */
  static String marked(EventStore.Explained.Report report) {
    EventMention mention = report.mention();
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark(mention.trigger(), "trigger"));
    mention.actors().forEach(a -> marks.add(new Mark(new TextSpan(a.start(), a.end()), "actor")));
    mention
        .recipients()
        .forEach(a -> marks.add(new Mark(new TextSpan(a.start(), a.end()), "recipient")));
    if (mention.date() != null && mention.date().span() != null) {
      marks.add(new Mark(mention.date().span(), "date"));
    }
    if (mention.place() != null && mention.place().span() != null) {
      marks.add(new Mark(mention.place().span(), "place"));
    }
    return SpanMarker.mark(
        report.documentText(), report.sentenceStart(), report.sentenceEnd(), marks);
  }

  /** A span to mark and its label. */
  record Mark(TextSpan span, String label) {}
}
