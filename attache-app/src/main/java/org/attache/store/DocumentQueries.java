package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only questions about the store, answered as {@link Row}s in a stable order: the document
 * list, one document, the quarantine, and the counters behind {@code attache stats}.
 */
public final class DocumentQueries {
  private static final String SUMMARY_COLUMNS =
      "id, published, published_basis AS date_basis, source, language, analysis,"
          + " near_duplicate_of, length(text) AS characters, title";

  private final Database database;

  public DocumentQueries(Database database) {
    this.database = database;
  }

  /** Documents by publication date then id; {@code source} filters when not null. */
  public List<Row> documents(String source, int limit, int offset) {
    return rows(
        "SELECT "
            + SUMMARY_COLUMNS
            + " FROM documents WHERE (? IS NULL OR source = ?)"
            + " ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?",
        source,
        source,
        limit,
        offset);
  }

  /** One document with its metadata, warnings and clean text. */
  public Optional<Row> document(String id) {
    List<Row> rows =
        rows(
            "SELECT id, url, source, title, subtitle, published, published_basis AS date_basis, language,"
                + " analysis, media_type, origin, content_hash, near_duplicate_of,"
                + " near_duplicate_distance, warnings, ingested_at, updated_at, text"
                + " FROM documents WHERE id = ?",
            id);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Quarantined items from run {@code sinceRun} on (0 for all), by input and origin. */
  public List<Row> quarantine(long sinceRun, int limit) {
    return rows(
        "SELECT origin, stage, code, reason, attempts, octet_length(raw) AS raw_bytes"
            + " FROM quarantine WHERE run_id >= ? ORDER BY input, origin LIMIT ?",
        sinceRun,
        limit);
  }

  /** Items recognised as duplicates of stored documents under another identity. */
  public List<Row> duplicates(int limit) {
    return rows(
        "SELECT origin, id, original_id, source FROM duplicates ORDER BY original_id, origin"
            + " LIMIT ?",
        limit);
  }

  /** Counters, one row per (section, key). */
  public List<Row> stats() {
    return rows(
        "SELECT 'documents' AS section, 'total' AS key, count(*) AS value FROM documents"
            + " UNION ALL SELECT 'documents', 'near-duplicates', count(near_duplicate_of)"
            + " FROM documents"
            + " UNION ALL SELECT 'documents', 'without date', count(*) FILTER (WHERE published IS"
            + " NULL) FROM documents"
            + " UNION ALL SELECT 'documents', 'with warnings', count(*) FILTER (WHERE warnings <>"
            + " '[]') FROM documents"
            + " UNION ALL SELECT 'duplicates', 'same content elsewhere', count(*) FROM duplicates"
            + " UNION ALL SELECT 'quarantine', 'total', count(*) FROM quarantine"
            + " UNION ALL (SELECT 'date basis', published_basis, count(*) FROM documents"
            + " GROUP BY ALL ORDER BY 3 DESC, 2)"
            + " UNION ALL (SELECT 'analysis', analysis, count(*) FROM documents"
            + " GROUP BY ALL ORDER BY 3 DESC, 2)"
            + " UNION ALL (SELECT 'language', coalesce(language, 'unknown'), count(*)"
            + " FROM documents GROUP BY ALL ORDER BY 3 DESC, 2)"
            + " UNION ALL (SELECT 'source', coalesce(source, 'unknown'), count(*) FROM documents"
            + " GROUP BY ALL ORDER BY 3 DESC, 2 LIMIT 20)"
            + " UNION ALL (SELECT 'quarantine', stage || '/' || code, count(*) FROM quarantine"
            + " GROUP BY ALL ORDER BY 3 DESC, 2)"
            + " UNION ALL (SELECT 'runs', status, count(*) FROM runs GROUP BY ALL ORDER BY 2)");
  }

  /** The last runs, newest first. */
  public List<Row> runs(int limit) {
    return rows(
        "SELECT id, command, status, started_at, finished_at, read, stored, updated, unchanged,"
            + " duplicates, near_duplicates, quarantined FROM runs ORDER BY id DESC LIMIT ?",
        limit);
  }

  List<Row> rows(String sql, Object... parameters) {
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        List<Row> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            Object value = result.getObject(c);
            values.put(columns.getColumnLabel(c), plain(value));
          }
          rows.add(new Row(values));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot query database " + database.path() + ": " + Database.firstLine(e), e);
    }
  }

  /** Dates and timestamps as ISO strings, so every output format writes them alike. */
  private static Object plain(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof java.time.temporal.TemporalAccessor temporal) {
      return temporal.toString();
    }
    return value;
  }
}
