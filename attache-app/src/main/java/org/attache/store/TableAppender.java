package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one table through DuckDB's appender, in the connection's transaction. DuckDB runs
 * a JDBC batch one statement at a time (about half a millisecond a row); the appender fills column
 * vectors and writes them when closed, tens of times faster. Constraints are checked as for an
 * insert and a violation is thrown by {@link #close}. Values are given in the table's column order;
 * null stays null.
 */
final class TableAppender implements AutoCloseable {
  private final DuckDBAppender appender;

  private TableAppender(DuckDBAppender appender) {
    this.appender = appender;
  }

  /** An appender to {@code table} in the main schema. */
  static TableAppender open(Connection connection, String table) throws SQLException {
    return new TableAppender(inTransaction(connection).createAppender(table));
  }

  /** An appender to a temporary table. */
  static TableAppender openTemporary(Connection connection, String table) throws SQLException {
    return new TableAppender(inTransaction(connection).createAppender("temp", "main", table));
  }

  /**
   * The DuckDB connection, inside the caller's transaction. DuckDB's driver begins a transaction
   * with the first statement after a commit, and an appender is not a statement: without one, its
   * rows would be committed at once, whatever the caller later commits or rolls back.
   */
  private static DuckDBConnection inTransaction(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1");
      }
    }
    return connection.unwrap(DuckDBConnection.class);
  }

  /**
   * Appends one row: strings, integers, longs, doubles, dates, timestamps (local date-times, as
   * JDBC writes a timestamp), bytes (to blob columns), collections (to list columns) or null.
   */
  TableAppender row(Object... values) throws SQLException {
    appender.beginRow();
    for (Object value : values) {
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof String text) {
        appender.append(text);
      } else if (value instanceof Integer number) {
        appender.append(number.intValue());
      } else if (value instanceof Long number) {
        appender.append(number.longValue());
      } else if (value instanceof Double number) {
        appender.append(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        appender.append(date);
      } else if (value instanceof LocalDateTime time) {
        appender.append(time);
      } else if (value instanceof byte[] bytes) {
        appender.append(bytes);
      } else if (value instanceof Collection<?> list) {
        appender.append(list);
      } else {
        throw new IllegalArgumentException(
            "cannot append a " + value.getClass().getName() + " to a table: " + value);
      }
    }
    appender.endRow();
    return this;
  }

  /**
   * Writes the rows appended so far. They are flushed first because DuckDB's {@code close} does not
   * report a failed write (a duplicate key, say) and only leaves the transaction aborted.
   */
  @Override
  public void close() throws SQLException {
    try {
      appender.flush();
    } finally {
      appender.close();
    }
  }
}
