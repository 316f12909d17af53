package org.attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB database file: opens it, creates or checks the schema, and hands out its one
 * connection. DuckDB allows one writing process per file; a second one gets a clear error naming
 * the file.
 *
 * <p>DuckDB tries to download extensions it does not bundle; Attaché runs offline, so automatic
 * installation and loading are turned off (full-text search is Lucene's job, not DuckDB's).
 */
public final class Database implements AutoCloseable {
  static final int SCHEMA_VERSION = 1;

  /** DuckDB's memory for a bulk reader ({@link #openBulkReading}). */
  private static final String BULK_MEMORY = "512MB";

  private final Path path;
  private final Connection connection;

  private Database(Path path, Connection connection) {
    this.path = path;
    this.connection = connection;
  }

  /** How a database is opened. */
  private enum Access {
    WRITE,
    READ,
    READ_BOUNDED
  }

  /** Opens (creating if needed) the database at {@code path}. */
  public static Database open(Path path) {
    return open(path, Access.WRITE);
  }

  /**
   * Opens an existing database for reading only: no schema is created, writes fail, and other
   * read-only processes may use the file at the same time (the reading commands, and {@code attache
   * serve} without --writable).
   */
  public static Database openReadOnly(Path path) {
    return open(path, Access.READ);
  }

  /**
   * Opens an existing database for reading only, with DuckDB's memory capped at {@value
   * #BULK_MEMORY}, for bulk readers that read a page of rows at a time (exports): DuckDB's buffer
   * pool otherwise keeps every block it has read, up to 80 % of RAM. A query that needs more than
   * the cap spills to disk or fails with an error; nothing is dropped silently. (DuckDB's streamed
   * JDBC results are not used: under memory pressure they have ended early without an error.)
   */
  public static Database openBulkReading(Path path) {
    return open(path, Access.READ_BOUNDED);
  }

  private static Database open(Path path, Access access) {
    Path absolute = path.toAbsolutePath();
    Properties settings = new Properties();
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "false");
    if (access == Access.WRITE) {
      createFolder(absolute);
    } else {
      settings.setProperty("duckdb.read_only", "true");
    }
    if (access == Access.READ_BOUNDED) {
      settings.setProperty("memory_limit", BULK_MEMORY);
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + absolute, settings);
      Database database = new Database(absolute, connection);
      if (access == Access.WRITE) {
        database.createSchema();
      } else {
        database.checkVersion();
      }
      return database;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + absolute + ": " + firstLine(e), e);
    }
  }

  private static void createFolder(Path absolute) {
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for database " + absolute + ": " + e, e);
    }
  }

  /**
   * Another connection to the same open database, for a thread of its own (a DuckDB connection
   * serves one statement at a time); closing it leaves this one open.
   */
  public Database duplicate() {
    try {
      return new Database(path, connection.unwrap(DuckDBConnection.class).duplicate());
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection to " + path + ": " + firstLine(e), e);
    }
  }

  public Path path() {
    return path;
  }

  public Connection connection() {
    return connection;
  }

  private void createSchema() throws SQLException {
    String script;
    try (InputStream in = Database.class.getResourceAsStream("schema.sql")) {
      if (in == null) {
        throw new StoreException("schema.sql is missing from the Attaché jar");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read schema.sql from the Attaché jar", e);
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
    checkVersion();
  }

  private void checkVersion() throws SQLException {
    String version = null;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT value FROM attache_meta WHERE key = 'schema_version'")) {
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          version = row.getString(1);
        }
      }
    }
    if (version == null) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO attache_meta VALUES ('schema_version', ?)")) {
        insert.setString(1, Integer.toString(SCHEMA_VERSION));
        insert.executeUpdate();
      }
    } else if (!version.equals(Integer.toString(SCHEMA_VERSION))) {
      throw new StoreException(
          "database "
              + path
              + " has schema version "
              + version
              + " but this Attaché reads version "
              + SCHEMA_VERSION);
    }
  }

  /** {@code (?, ?, …)} with {@code count} parameters, for an {@code IN} list. */
  static String placeholders(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("an IN list needs a value: count=" + count);
    }
    return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  /** Runs one statement with these string parameters; returns how many rows it changed. */
  static int update(Connection connection, String sql, List<String> parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      return statement.executeUpdate();
    }
  }

  static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database " + path + ": " + firstLine(e), e);
    }
  }
}
