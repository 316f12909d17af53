package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * A relations brief as Markdown: a heading, the period, notes, a table of events in chronological
 * order and a table of the monthly series. Text from articles is escaped ({@link MarkupText}) so it
 * cannot become a link, an image, HTML or a new table row.
 */
final class BriefMarkdown {
  private BriefMarkdown() {}

  static void write(RelationsBrief brief, PrintWriter out) {
    out.printf("# Relations brief: %s and %s%n%n", country(brief.first()), country(brief.second()));
    out.printf(
        "Period: %s to %s. %d event(s) involving both, in either direction or jointly.%n",
        brief.from() == null ? "the first stored event" : brief.from(),
        brief.to() == null ? "the last" : brief.to(),
        brief.events().size());
    for (String note : brief.notes()) {
      out.println();
      out.println("> " + MarkupText.strip(note));
    }
    out.println();
    out.println("## Events");
    out.println();
    out.println("| Date | What happened | Where | Status | Sources |");
    out.println("|---|---|---|---|---:|");
    for (BriefEvent event : brief.events()) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %d |%n",
          dates(event),
          BriefWords.what(event, MarkupText::markdown),
          BriefWords.where(event, MarkupText::markdown),
          event.status(),
          event.sources());
    }
    out.println();
    out.println("## Monthly series");
    out.println();
    out.println(
        "Counts by CAMEO QuadClass, summed Goldstein values, and PLOVER cooperation and conflict"
            + " (docs/brief.md gives the mapping).");
    out.println();
    out.println(
        "| Month | Events | Verbal coop. | Material coop. | Verbal conflict | Material conflict"
            + " | Goldstein | PLOVER coop. | PLOVER conflict | PLOVER types |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (MonthCounts month : brief.months()) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d | %d | %.2f | %d | %d | %s |%n",
          month.month(),
          month.events(),
          month.verbalCooperation(),
          month.materialCooperation(),
          month.verbalConflict(),
          month.materialConflict(),
          month.goldstein(),
          month.cooperation(),
          month.conflict(),
          types(month.plover()));
    }
    out.flush();
  }

  private static String country(String code) {
    String name = CountryNames.name(code);
    return name.equals(code)
        ? MarkupText.markdown(code)
        : MarkupText.markdown(name) + " (" + MarkupText.markdown(code) + ")";
  }

  private static String dates(BriefEvent event) {
    if (event.start() == null) {
      return "undated";
    }
    return event.start().equals(event.end())
        ? event.start().toString()
        : event.start() + " – " + event.end();
  }

  private static String types(Map<String, Integer> plover) {
    StringBuilder text = new StringBuilder();
    plover.forEach(
        (type, count) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(MarkupText.markdown(type))
                .append(' ')
                .append(count));
    return text.toString();
  }
}
