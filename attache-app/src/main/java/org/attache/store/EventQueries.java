package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.actor.ActorMention;
import org.attache.event.EventMention;
import org.attache.event.EventMentionCodec;
import org.attache.event.TextSpan;

/**
 * Quality counters of the coded events, as rows (section, key, value) that {@code attache stats}
 * appends to the document counters: events against mentions (the duplicate ratio), the share of
 * events whose actor, act and place come from one sentence, the shares of date bases, and
 * per-source counts of documents, mentions and events. docs/export.md defines each counter.
 */
public final class EventQueries {
  private final Database database;

  public EventQueries(Database database) {
    this.database = database;
  }

  /** The counters, in a fixed order. */
  public List<Row> quality() {
    DocumentQueries queries = new DocumentQueries(database);
    List<Row> rows = new ArrayList<>();
    Row totals =
        queries
            .rows(
                "SELECT (SELECT count(*) FROM events) AS events,"
                    + " (SELECT count(*) FROM event_mentions) AS mentions")
            .get(0);
    long events = ((Number) totals.get("events")).longValue();
    long mentions = ((Number) totals.get("mentions")).longValue();
    rows.add(row("events", "total", events));
    rows.add(row("events", "mentions", mentions));
    rows.add(row("events", "mentions per event", ratio(mentions, events)));
    rows.add(row("events", "duplicate share", ratio(mentions - events, mentions)));
    rows.add(row("events", "one-sentence share", ratio(oneSentenceEvents(), events)));
    for (Row basis :
        queries.rows(
            "SELECT coalesce(json_extract_string(record, '$.date.basis'), 'none') AS basis,"
                + " count(*) AS n FROM events GROUP BY ALL ORDER BY 1")) {
      rows.add(
          row(
              "event date basis",
              (String) basis.get("basis"),
              ratio(((Number) basis.get("n")).longValue(), events)));
    }
    for (Row source :
        queries.rows(
            "SELECT coalesce(d.source, 'unknown') AS source, count(DISTINCT d.id) AS documents,"
                + " count(m.id) AS mentions, count(DISTINCT m.event_id) AS events"
                + " FROM documents d LEFT JOIN event_mentions m ON m.document_id = d.id"
                + " GROUP BY ALL ORDER BY documents DESC, source LIMIT 20")) {
      String name = (String) source.get("source");
      rows.add(row("source mentions", name, source.get("mentions")));
      rows.add(row("source events", name, source.get("events")));
    }
    return rows;
  }

  /**
   * Events with at least one mention whose sentence holds all of it: an actor, the trigger, every
   * actor and recipient span and a place taken from the text (a place with a span), all within the
   * mention's sentence bounds. Mentions stream in event order, so memory stays constant.
   */
  private long oneSentenceEvents() {
    String sql =
        "SELECT event_id, sentence_start, sentence_end, mention FROM event_mentions"
            + " ORDER BY event_id";
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      query.setFetchSize(EventExport.FETCH_SIZE);
      long count = 0;
      String current = null;
      boolean found = false;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String event = rows.getString(1);
          if (!event.equals(current)) {
            count += found ? 1 : 0;
            current = event;
            found = false;
          }
          if (!found) {
            EventMention mention = EventMentionCodec.fromJson(rows.getString(4));
            found = oneSentence(mention, rows.getInt(2), rows.getInt(3));
          }
        }
      }
      return count + (found ? 1 : 0);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot query database " + database.path() + ": " + Database.firstLine(e), e);
    }
  }

  static boolean oneSentence(EventMention mention, int start, int end) {
    if (mention.actors().isEmpty() || mention.place() == null || mention.place().span() == null) {
      return false;
    }
    List<TextSpan> spans = new ArrayList<>();
    spans.add(mention.trigger());
    spans.add(mention.place().span());
    for (ActorMention actor : mention.actors()) {
      spans.add(new TextSpan(actor.start(), actor.end()));
    }
    for (ActorMention recipient : mention.recipients()) {
      spans.add(new TextSpan(recipient.start(), recipient.end()));
    }
    return spans.stream().allMatch(span -> span.start() >= start && span.end() <= end);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 1000.0;
  }

  private static Row row(String section, String key, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("section", section);
    values.put("key", key);
    values.put("value", value);
    return new Row(values);
  }
}
