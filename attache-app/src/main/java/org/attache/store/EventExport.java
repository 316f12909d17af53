package org.attache.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the events (or their mentions) that pass a filter, in id order, to a consumer one row at
 * a time. Rows are read a page of {@value #PAGE} at a time, each page the next ids after the last
 * one handed on ({@code WHERE id > ? AND id <= ? ORDER BY id}), and never collected: neither the
 * Java heap nor DuckDB's memory grows with the store, where one sorted result of the whole table
 * would make DuckDB hold or spill all of it. Parquet is written by DuckDB itself ({@code COPY … TO
 * … (FORMAT parquet)}). The same data gives the same rows in the same order.
 */
public final class EventExport {
  static final int FETCH_SIZE = 1_000;

  /** Rows per page: DuckDB keeps a page's rows, sorted, until they are read. */
  static final int PAGE = 20_000;

  private final Database database;

  public EventExport(Database database) {
    this.database = database;
  }

  /** A stored mention with its event and its document's outlet, URL and publication date. */
  public record StoredMention(
      String id,
      String eventId,
      String documentId,
      String source,
      String url,
      String published,
      String mentionJson) {}

  /** Each event's public record (EVENTS.md JSON); returns how many. */
  public long records(EventFilter filter, Consumer<String> each) {
    FilterSql where = EventStore.filterSql(filter);
    return stream(
        "SELECT id, record FROM events" + where.where(),
        "id",
        where.parameters(),
        row -> each.accept(row.getString("record")));
  }

  /** Each mention of the events that pass the filter, by mention id; returns how many. */
  public long mentions(EventFilter filter, Consumer<StoredMention> each) {
    FilterSql where = EventStore.filterSql(filter);
    return stream(
        "SELECT m.id, m.event_id, m.document_id, d.source, d.url, CAST(d.published AS VARCHAR),"
            + " m.mention FROM event_mentions m LEFT JOIN documents d ON d.id = m.document_id"
            + " WHERE m.event_id IN (SELECT id FROM events"
            + where.where()
            + ")",
        "id",
        where.parameters(),
        row ->
            each.accept(
                new StoredMention(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    row.getString(7))));
  }

  /** Receives a flat table: its column names once, then each row's values. */
  public interface FlatSink {
    void columns(List<String> names);

    /** Values are strings (dates as ISO), numbers or null, in column order. */
    void row(List<Object> values);
  }

  /** The flat table (docs/export.md) of events or of mentions; returns how many rows. */
  public long flat(EventFilter filter, boolean mentions, FlatSink sink) {
    Flat flat = flatQuery(filter, mentions);
    boolean[] started = {false};
    return stream(
        flat.sql,
        flat.key,
        flat.parameters,
        row -> {
          ResultSetMetaData meta = row.getMetaData();
          if (!started[0]) {
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              names.add(meta.getColumnLabel(c));
            }
            sink.columns(names);
            started[0] = true;
          }
          List<Object> values = new ArrayList<>(meta.getColumnCount());
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = row.getObject(c);
            values.add(value instanceof java.sql.Date date ? date.toLocalDate().toString() : value);
          }
          sink.row(values);
        });
  }

  /** The names of the flat table's columns, for writing a header when no row matched. */
  public List<String> flatColumns(boolean mentions) {
    Flat flat = flatQuery(EventFilter.all(), mentions);
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
        database.connection().prepareStatement("SELECT * FROM (" + flat.sql + ") LIMIT 0")) {
      bind(query, flat.parameters);
      ResultSetMetaData meta = query.executeQuery().getMetaData();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        names.add(meta.getColumnLabel(c));
      }
      return names;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Writes the flat table to a Parquet file (replacing it); returns how many rows. */
  public long parquet(EventFilter filter, boolean mentions, Path file) {
    Flat flat = flatQuery(filter, mentions);
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (PreparedStatement copy =
        database
            .connection()
            .prepareStatement(
                "COPY ("
                    + flat.sql
                    + " ORDER BY "
                    + flat.key
                    + ") TO '"
                    + target
                    + "' (FORMAT parquet, COMPRESSION zstd)")) {
      bind(copy, flat.parameters);
      copy.execute();
      return copy.getUpdateCount();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot write Parquet file " + file + ": " + Database.firstLine(e), e);
    }
  }

  /** A flat query, unordered, and the column that orders it. */
  private record Flat(String sql, String key, List<Object> parameters) {}

  private static Flat flatQuery(EventFilter filter, boolean mentions) {
    FilterSql where = EventStore.filterSql(filter);
    return mentions
        ? new Flat(
            String.format(java.util.Locale.ROOT, FlatColumns.MENTIONS, where.where()),
            "mention_id",
            where.parameters())
        : new Flat(FlatColumns.EVENTS + where.where(), "event_id", where.parameters());
  }

  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  /**
   * Hands on every row of {@code sql} (unordered, unlimited) in order of its unique column {@code
   * key}, a page at a time; returns how many. Each page is bounded first on the key alone (DuckDB
   * drops the columns a query does not read, so this skips the costly ones), then read whole.
   */
  private long stream(String sql, String key, List<Object> parameters, RowHandler handler) {
    String rows = "SELECT * FROM (" + sql + ") AS page WHERE page." + key + " > ?";
    String bound =
        "SELECT page."
            + key
            + " FROM ("
            + sql
            + ") AS page WHERE page."
            + key
            + " > ? ORDER BY page."
            + key
            + " LIMIT 1 OFFSET "
            + (PAGE - 1);
    long count = 0;
    String last = "";
    try {
      while (true) {
        String upper = bound(bound, parameters, last);
        String page = rows + (upper == null ? "" : " AND page." + key + " <= ?");
        try (PreparedStatement query =
            database.connection().prepareStatement(page + " ORDER BY page." + key)) {
          bind(query, parameters);
          query.setString(parameters.size() + 1, last);
          if (upper != null) {
            query.setString(parameters.size() + 2, upper);
          }
          query.setFetchSize(FETCH_SIZE);
          try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
              handler.handle(result);
              count++;
            }
          }
        }
        if (upper == null) {
          return count;
        }
        last = upper;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The key that ends the page after {@code last}, or null when fewer rows than a page remain. */
  private String bound(String sql, List<Object> parameters, String last) throws SQLException {
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      bind(query, parameters);
      query.setString(parameters.size() + 1, last);
      try (ResultSet result = query.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private StoreException failure(SQLException e) {
    return new StoreException(
        "cannot export from database " + database.path() + ": " + Database.firstLine(e), e);
  }
}
