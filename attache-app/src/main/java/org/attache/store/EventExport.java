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
 * a time: rows are read from the JDBC result set in chunks of {@value #FETCH_SIZE} and handed on as
 * they arrive, never collected, so the Java heap stays bounded whatever the store holds. Parquet is
 * written by DuckDB itself ({@code COPY … TO … (FORMAT parquet)}), which streams too. The same data
 * gives the same rows in the same order.
 */
public final class EventExport {
  static final int FETCH_SIZE = 1_000;

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
        "SELECT record FROM events" + where.where() + " ORDER BY id",
        where.parameters(),
        row -> each.accept(row.getString(1)));
  }

  /** Each mention of the events that pass the filter, by mention id; returns how many. */
  public long mentions(EventFilter filter, Consumer<StoredMention> each) {
    FilterSql where = EventStore.filterSql(filter);
    return stream(
        "SELECT m.id, m.event_id, m.document_id, d.source, d.url, CAST(d.published AS VARCHAR),"
            + " m.mention FROM event_mentions m LEFT JOIN documents d ON d.id = m.document_id"
            + " WHERE m.event_id IN (SELECT id FROM events"
            + where.where()
            + ") ORDER BY m.id",
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
                "COPY (" + flat.sql + ") TO '" + target + "' (FORMAT parquet, COMPRESSION zstd)")) {
      bind(copy, flat.parameters);
      copy.execute();
      return copy.getUpdateCount();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot write Parquet file " + file + ": " + Database.firstLine(e), e);
    }
  }

  private record Flat(String sql, List<Object> parameters) {}

  private static Flat flatQuery(EventFilter filter, boolean mentions) {
    FilterSql where = EventStore.filterSql(filter);
    String sql =
        mentions
            ? String.format(java.util.Locale.ROOT, FlatColumns.MENTIONS, where.where())
                + " ORDER BY m.id"
            : FlatColumns.EVENTS + where.where() + " ORDER BY id";
    return new Flat(sql, where.parameters());
  }

  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  private long stream(String sql, List<Object> parameters, RowHandler handler) {
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      bind(query, parameters);
      query.setFetchSize(FETCH_SIZE);
      long count = 0;
      try (ResultSet rows = query.executeQuery()) {
        rows.setFetchSize(FETCH_SIZE);
        while (rows.next()) {
          handler.handle(rows);
          count++;
        }
      }
      return count;
    } catch (SQLException e) {
      throw failure(e);
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
