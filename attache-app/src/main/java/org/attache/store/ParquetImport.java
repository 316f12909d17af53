package org.attache.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.fusion.EventFuser;

/**
 * Loads the Spark job's Parquet output (one folder per table, the store's columns less run ids and
 * times; docs/spark.md) into the store, in one transaction. Rows replace stored rows with the same
 * keys, and everything hanging off a replaced document goes first, so importing the same output
 * again changes nothing. When the store holds event mentions of other documents, all events are
 * fused again, as after an analysis run, so events span both.
 */
public final class ParquetImport {
  /** Tables in load order, each with the column that identifies its rows. */
  private static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("documents", "id");
    KEYS.put("duplicates", "origin");
    KEYS.put("quarantine", "origin");
    KEYS.put("annotations", "document_id");
    KEYS.put("actor_mentions", "document_id");
    KEYS.put("event_mentions", "id");
    KEYS.put("events", "id");
    KEYS.put("event_merges", "event_id");
  }

  /**
   * Rows loaded per table, whether all events were fused again (the store held other documents'
   * mentions), and the events in the store afterwards.
   */
  public record Report(Map<String, Long> rows, boolean fusedAgain, long events) {}

  private final Database database;

  public ParquetImport(Database database) {
    this.database = database;
  }

  /** Imports the tables found under {@code folder}; a missing table imports nothing. */
  public Report load(Path folder) {
    if (!Files.isDirectory(folder.resolve("documents"))) {
      throw new StoreException("no Spark output at " + folder + ": documents/ is missing");
    }
    Connection connection = database.connection();
    long runId = new RunLog(database).start("import", List.of(folder.toString()));
    Map<String, Long> rows = new LinkedHashMap<>();
    try {
      connection.setAutoCommit(false);
      String found = source(folder, "documents");
      String documents = found != null ? found : "(SELECT CAST(NULL AS VARCHAR) AS id LIMIT 0)";
      for (String table : List.of("annotations", "actor_mentions", "event_mentions")) {
        execute(
            "DELETE FROM " + table + " WHERE document_id IN (SELECT id FROM " + documents + ")");
      }
      for (Map.Entry<String, String> table : KEYS.entrySet()) {
        rows.put(table.getKey(), load(folder, table.getKey(), table.getValue(), runId));
      }
      execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_mentions)");
      execute("DELETE FROM event_merges WHERE event_id NOT IN (SELECT id FROM events)");
      boolean others =
          count(
                  "SELECT count(*) FROM event_mentions WHERE document_id NOT IN (SELECT id FROM "
                      + documents
                      + ")")
              > 0;
      if (others) {
        new EventFusionStore(database).fuse(new EventFuser());
      }
      connection.commit();
      new RunLog(database).finish(runId, new RunReport(runId), "finished");
      return new Report(rows, others, count("SELECT count(*) FROM events"));
    } catch (SQLException e) {
      throw new StoreException("cannot import " + folder + ": " + Database.firstLine(e), e);
    }
  }

  private long load(Path folder, String table, String key, long runId) throws SQLException {
    String source = source(folder, table);
    if (source == null) {
      return 0;
    }
    List<String> columns = columns(source);
    String names = String.join(", ", columns);
    execute(
        "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + source + ")");
    String extra = extraColumns(table);
    String values = extra.isEmpty() ? "" : ", " + extra.replaceAll("[a-z_]+", "?");
    try (PreparedStatement insert =
        database
            .connection()
            .prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + names
                    + (extra.isEmpty() ? "" : ", " + extra)
                    + ") SELECT "
                    + names
                    + values
                    + " FROM "
                    + source)) {
      int parameter = 1;
      for (String column : extra.isEmpty() ? new String[0] : extra.split(", ")) {
        if (column.equals("run_id")) {
          insert.setLong(parameter++, runId);
        } else if (column.equals("attempts")) {
          insert.setInt(parameter++, 1);
        } else {
          insert.setTimestamp(parameter++, new java.sql.Timestamp(System.currentTimeMillis()));
        }
      }
      return insert.executeUpdate();
    }
  }

  /** What the store records and the Spark output does not: run ids and times. */
  private static String extraColumns(String table) {
    return switch (table) {
      case "documents" -> "run_id, ingested_at, updated_at";
      case "duplicates" -> "run_id, seen_at";
      case "quarantine" -> "attempts, run_id, quarantined_at";
      case "annotations" -> "run_id";
      default -> "";
    };
  }

  /** {@code read_parquet('folder/table/*.parquet')}, or null when the table has no files. */
  private static String source(Path folder, String table) {
    Path files = folder.resolve(table).toAbsolutePath();
    try (DirectoryStream<Path> parquet = Files.newDirectoryStream(files, "*.parquet")) {
      if (!parquet.iterator().hasNext()) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return "read_parquet('" + files.resolve("*.parquet").toString().replace("'", "''") + "')";
  }

  private List<String> columns(String source) throws SQLException {
    List<String> columns = new java.util.ArrayList<>();
    try (Statement query = database.connection().createStatement();
        ResultSet rows = query.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rows.next()) {
        columns.add(rows.getString(1));
      }
    }
    return columns;
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = database.connection().createStatement()) {
      statement.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = database.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
