package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The pages the web API shows, as {@link Row}s in a stable order: documents and events by page with
 * their totals, the mentions in one document or of one event with their sentences, the actors and
 * the country pairs with their event counts. Every listing is bounded by a limit.
 */
public final class BrowseQueries {
  private final Database database;
  private final DocumentQueries queries;

  public BrowseQueries(Database database) {
    this.database = database;
    this.queries = new DocumentQueries(database);
  }

  /** Documents by publication date then id. */
  public List<Row> documents(int limit, int offset) {
    return queries.rows(
        "SELECT id, title, source, url, published, language, analysis AS status FROM documents"
            + " ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?",
        limit,
        offset);
  }

  public long documentCount() {
    return count("SELECT count(*) AS n FROM documents");
  }

  /** The event mentions coded in a document, in text order, with their events. */
  public List<Row> mentionsIn(String documentId) {
    return queries.rows(
        "SELECT id, event_id, sentence, sentence_start, sentence_end, mention FROM event_mentions"
            + " WHERE document_id = ? ORDER BY ordinal",
        documentId);
  }

  /** The public records (EVENTS.md JSON) of a page of the events that pass the filter. */
  public List<String> events(EventFilter filter, int limit, int offset) {
    FilterSql where = EventStore.filterSql(filter);
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    List<String> records = new ArrayList<>();
    for (Row row :
        queries.rows(
            "SELECT record FROM events"
                + where.where()
                + " ORDER BY date_start NULLS LAST, id LIMIT ? OFFSET ?",
            parameters.toArray())) {
      records.add((String) row.get("record"));
    }
    return records;
  }

  /** How many events pass the filter. */
  public long eventCount(EventFilter filter) {
    FilterSql where = EventStore.filterSql(filter);
    return count("SELECT count(*) AS n FROM events" + where.where(), where.parameters().toArray());
  }

  /** An event's record, or null when there is no such event. */
  public String event(String id) {
    List<Row> rows = queries.rows("SELECT record FROM events WHERE id = ?", id);
    return rows.isEmpty() ? null : (String) rows.get(0).get("record");
  }

  /** The mentions of an event with their documents' metadata and their sentences. */
  public List<Row> mentionsOf(String eventId) {
    return queries.rows(
        "SELECT m.id, m.document_id, d.title, d.url, d.source, d.published, m.sentence_text,"
            + " m.sentence_start, m.mention FROM event_mentions m"
            + " LEFT JOIN documents d ON d.id = m.document_id"
            + " WHERE m.event_id = ? ORDER BY d.published NULLS LAST, m.document_id, m.ordinal",
        eventId);
  }

  /** The merges that made an event: mention, the mention it joined, reason and score. */
  public List<Row> mergesOf(String eventId) {
    return queries.rows(
        "SELECT mention_id, into_mention_id, reason, score FROM event_merges"
            + " WHERE event_id = ? ORDER BY mention_id",
        eventId);
  }

  /** Actors (country, sector, name) on either side of events, most events first. */
  public List<Row> actors(int limit) {
    String shape = "'[{\"country\":\"VARCHAR\",\"sector\":\"VARCHAR\",\"name\":\"VARCHAR\"}]'";
    return queries.rows(
        "WITH sides AS (SELECT id, unnest(list_concat("
            + "from_json(json_extract(record, '$.actor'), "
            + shape
            + "), from_json(json_extract(record, '$.recipient'), "
            + shape
            + "))) AS a FROM events)"
            + " SELECT a.country AS country, a.sector AS sector, a.name AS name,"
            + " count(DISTINCT id) AS events FROM sides GROUP BY ALL"
            + " ORDER BY events DESC, country, sector NULLS FIRST, name NULLS FIRST LIMIT ?",
        limit);
  }

  /**
   * Pairs of countries involved together in events (on either side or jointly, as the dyad filter
   * selects them), most events first; each pair once, codes in alphabetical order.
   */
  public List<Row> dyads(int limit) {
    return queries.rows(
        "WITH sides AS (SELECT id, unnest(list_distinct(list_concat(actor_countries,"
            + " recipient_countries))) AS country FROM events)"
            + " SELECT x.country AS first, y.country AS second, count(*) AS events"
            + " FROM sides x JOIN sides y ON x.id = y.id AND x.country < y.country"
            + " GROUP BY ALL ORDER BY events DESC, first, second LIMIT ?",
        limit);
  }

  /** Id and content hash of every stored document, by id: what a search index must hold. */
  public List<Row> documentKeys() {
    return queries.rows("SELECT id, content_hash FROM documents ORDER BY id");
  }

  /**
   * Streams what a search index keeps of each document that {@code wanted} accepts by id and
   * content hash, in id order; texts are read in chunks, never all at once.
   */
  public void eachDocument(BiPredicate<String, String> wanted, Consumer<Row> each) {
    String sql =
        "SELECT id, content_hash, title, CAST(published AS VARCHAR) AS published, text"
            + " FROM documents ORDER BY id";
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      query.setFetchSize(EventExport.FETCH_SIZE);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (wanted.test(rows.getString(1), rows.getString(2))) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", rows.getString(1));
            values.put("content_hash", rows.getString(2));
            values.put("title", rows.getString(3));
            values.put("published", rows.getString(4));
            values.put("text", rows.getString(5));
            each.accept(new Row(values));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read documents from " + database.path() + ": " + Database.firstLine(e), e);
    }
  }

  /** The documents read from one input (a file), by id: what a POST stored or updated. */
  public List<Row> documentsFrom(String input) {
    return queries.rows(
        "SELECT id, title FROM documents WHERE origin = ? OR starts_with(origin, ? || '#')"
            + " OR starts_with(origin, ? || '@') ORDER BY id",
        input,
        input,
        input);
  }

  /** The items of one input kept in quarantine, with their reasons. */
  public List<Row> quarantinedFrom(String input) {
    return queries.rows(
        "SELECT origin, stage, code, reason FROM quarantine WHERE input = ? ORDER BY origin",
        input);
  }

  private long count(String sql, Object... parameters) {
    return ((Number) queries.rows(sql, parameters).get(0).get("n")).longValue();
  }
}
