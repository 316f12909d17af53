package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.event.EventIds;
import org.attache.event.EventMention;
import org.attache.event.EventMentionCodec;
import org.attache.event.Evidence;

/**
 * Stores the event mentions coded in a document and the events they make, and lists events with
 * filters. Each mention is kept as canonical JSON with the columns filters need; each event keeps
 * its public record (EVENTS.md) and summary columns. Until events are fused across mentions, each
 * mention makes an event of its own. Writes run in the caller's transaction; one writer.
 */
public final class EventStore {
  private final Database database;

  public EventStore(Database database) {
    this.database = database;
  }

  /** Replaces the document's mentions and their events with these. */
  public void replace(String documentId, List<Evidence> evidence) {
    replaceAll(Map.of(documentId, evidence));
  }

  /**
   * Replaces each document's mentions and their events with its evidence: one delete per table for
   * all the documents, then their rows appended in the map's order.
   */
  public void replaceAll(Map<String, List<Evidence>> evidenceByDocument) {
    if (evidenceByDocument.isEmpty()) {
      return;
    }
    Connection connection = database.connection();
    List<String> ids = List.copyOf(evidenceByDocument.keySet());
    String in = Database.placeholders(ids.size());
    try {
      Database.update(
          connection,
          "DELETE FROM events WHERE id IN"
              + " (SELECT event_id FROM event_mentions WHERE document_id IN "
              + in
              + ")",
          ids);
      Database.update(
          connection,
          "DELETE FROM event_merges WHERE event_id IN"
              + " (SELECT event_id FROM event_mentions WHERE document_id IN "
              + in
              + ")",
          ids);
      Database.update(connection, "DELETE FROM event_mentions WHERE document_id IN " + in, ids);
      try (TableAppender mentions = TableAppender.open(connection, "event_mentions");
          TableAppender events = TableAppender.open(connection, "events")) {
        for (Map.Entry<String, List<Evidence>> document : evidenceByDocument.entrySet()) {
          int ordinal = 0;
          for (Map.Entry<String, Evidence> entry : distinct(document.getValue()).entrySet()) {
            Evidence item = entry.getValue();
            EventMention mention = item.mention();
            String eventId = EventIds.event(List.of(entry.getKey()));
            mentions.row(
                mentionColumns(
                    entry.getKey(),
                    eventId,
                    document.getKey(),
                    ordinal++,
                    mention,
                    item.sentenceStart(),
                    item.sentence(),
                    EventMentionCodec.toJson(mention)));
            events.row(EventRow.of(eventId, List.of(item), 1).columns());
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store the events of "
              + (ids.size() == 1 ? ids.get(0) : ids.size() + " documents from " + ids.get(0))
              + ": "
              + Database.firstLine(e),
          e);
    }
  }

  /**
   * A mention's row of {@code event_mentions}, in table order, as the store and the Spark job write
   * it: its sentence's offsets and text, and the mention as canonical JSON.
   */
  public static Object[] mentionColumns(
      String id,
      String eventId,
      String documentId,
      int ordinal,
      EventMention mention,
      int sentenceStart,
      String sentence,
      String json) {
    return new Object[] {
      id,
      eventId,
      documentId,
      ordinal,
      mention.sentence(),
      sentenceStart,
      sentenceStart + sentence.length(),
      sentence,
      mention.trigger().start(),
      mention.trigger().end(),
      mention.type().code(),
      mention.status().label(),
      json
    };
  }

  /**
   * The distinct mentions of one document's evidence by mention id, first report kept, in order:
   * the same act between the same actors at the same trigger is one mention, however many rules
   * found it.
   */
  public static Map<String, Evidence> distinct(List<Evidence> evidence) {
    Map<String, Evidence> distinct = new LinkedHashMap<>();
    for (Evidence item : evidence) {
      distinct.putIfAbsent(EventIds.mention(item.mention()), item);
    }
    return distinct;
  }

  /** Summary rows of the events that pass the filter, by date, then id. */
  public List<Row> list(EventFilter filter) {
    Query query = where(filter);
    return new DocumentQueries(database)
        .rows(
            "SELECT id, date_start AS start, date_end AS \"end\", cameo_code AS code, cameo_name"
                + " AS act, plover_type AS plover, actors AS actor, recipients AS recipient,"
                + " status, place_name AS place, mentions, sources, first_document AS doc"
                + " FROM events"
                + query.sql
                + " ORDER BY date_start NULLS LAST, id"
                + (filter.limit() > 0 ? " LIMIT " + filter.limit() : ""),
            query.parameters.toArray());
  }

  /**
   * The mentions of the events that pass the filter, one row each, unfused: the mention's id, its
   * event, document, sentence, code and status, and the sentence's text.
   */
  public List<Row> mentions(EventFilter filter) {
    Query query = where(filter);
    return new DocumentQueries(database)
        .rows(
            "SELECT m.id, m.event_id AS event, m.document_id AS doc, m.sentence, m.cameo_code AS"
                + " code, m.status, m.sentence_text AS text FROM event_mentions m WHERE m.event_id"
                + " IN (SELECT id FROM events"
                + query.sql
                + ") ORDER BY m.event_id, m.document_id, m.ordinal"
                + (filter.limit() > 0 ? " LIMIT " + filter.limit() : ""),
            query.parameters.toArray());
  }

  /** The public records (EVENTS.md JSON) of the events that pass the filter, in list order. */
  public List<String> records(EventFilter filter) {
    Query query = where(filter);
    List<String> records = new ArrayList<>();
    for (Row row :
        new DocumentQueries(database)
            .rows(
                pageOfRecords(query.sql, filter.limit() > 0 ? " LIMIT " + filter.limit() : ""),
                query.parameters.toArray())) {
      records.add((String) row.get("record"));
    }
    return records;
  }

  /**
   * Records in list order (start date, undated last, then id) of the events a WHERE clause selects,
   * with an optional LIMIT/OFFSET. The order and the page are found on the narrow columns first and
   * only the page's records are read: reading the wide {@code record} column of every matching row
   * made a filtered page of 100,000 events take hundreds of milliseconds instead of about ten.
   */
  static String pageOfRecords(String where, String page) {
    return "SELECT e.record FROM (SELECT id, date_start FROM events"
        + where
        + " ORDER BY date_start NULLS LAST, id"
        + page
        + ") p JOIN events e ON e.id = p.id ORDER BY p.date_start NULLS LAST, p.id";
  }

  /** An event's record and its stored mentions with their documents' text, if it exists. */
  public Optional<Explained> explain(String eventId) {
    DocumentQueries queries = new DocumentQueries(database);
    List<Row> event = queries.rows("SELECT record FROM events WHERE id = ?", eventId);
    if (event.isEmpty()) {
      return Optional.empty();
    }
    List<Explained.Report> reports = new ArrayList<>();
    for (Row row :
        queries.rows(
            "SELECT m.mention, m.sentence_start, m.sentence_end, d.text, d.source, d.published"
                + " FROM event_mentions m JOIN documents d ON d.id = m.document_id"
                + " WHERE m.event_id = ? ORDER BY m.document_id, m.ordinal",
            eventId)) {
      String text = (String) row.get("text");
      reports.add(
          new Explained.Report(
              EventMentionCodec.fromJson((String) row.get("mention")),
              (String) row.get("source"),
              (String) row.get("published"),
              text,
              ((Number) row.get("sentence_start")).intValue(),
              ((Number) row.get("sentence_end")).intValue()));
    }
    List<Row> merges =
        queries.rows(
            "SELECT mention_id, into_mention_id, reason, score FROM event_merges"
                + " WHERE event_id = ? ORDER BY mention_id",
            eventId);
    return Optional.of(new Explained((String) event.get(0).get("record"), reports, merges));
  }

  /**
   * An event's public record, each mention with its document's clean text, and the merges that made
   * the event (mention, the mention it joined, reason, score).
   */
  public record Explained(String record, List<Report> reports, List<Row> merges) {
    /** A mention, its document's source, publication date and text, and its sentence's bounds. */
    public record Report(
        EventMention mention,
        String source,
        String published,
        String documentText,
        int sentenceStart,
        int sentenceEnd) {}
  }

  /** The filter as a WHERE clause over {@code events}, for queries outside this class. */
  static FilterSql filterSql(EventFilter filter) {
    Query query = where(filter);
    return new FilterSql(query.sql, query.parameters);
  }

  private record Query(String sql, List<Object> parameters) {}

  private static Query where(EventFilter filter) {
    List<String> clauses = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (filter.actor() != null) {
      clauses.add("list_contains(actor_countries, ?)");
      parameters.add(filter.actor());
    }
    if (filter.recipient() != null) {
      clauses.add("list_contains(recipient_countries, ?)");
      parameters.add(filter.recipient());
    }
    if (filter.dyad() != null) {
      for (String side : filter.dyad()) {
        clauses.add("(list_contains(actor_countries, ?) OR list_contains(recipient_countries, ?))");
        parameters.add(side);
        parameters.add(side);
      }
    }
    if (filter.code() != null) {
      clauses.add("starts_with(cameo_code, ?)");
      parameters.add(filter.code());
    }
    if (filter.ploverType() != null) {
      clauses.add("plover_type = ?");
      parameters.add(filter.ploverType());
    }
    if (filter.from() != null) {
      clauses.add("date_end >= ?");
      parameters.add(filter.from());
    }
    if (filter.to() != null) {
      clauses.add("date_start <= ?");
      parameters.add(filter.to());
    }
    if (filter.status() != null) {
      clauses.add("status = ?");
      parameters.add(filter.status());
    }
    if (filter.document() != null) {
      clauses.add("id IN (SELECT event_id FROM event_mentions WHERE document_id = ?)");
      parameters.add(filter.document());
    }
    return new Query(
        clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
  }
}
