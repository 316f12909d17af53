package org.attache.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableAppenderTest {
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER, big BIGINT, x DOUBLE, day DATE,"
              + " tags VARCHAR[], note VARCHAR, seen TIMESTAMP, raw BLOB)");
    }
    connection.commit();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void appendsEveryTypeAndNullInColumnOrder() throws SQLException {
    try (TableAppender appender = TableAppender.open(connection, "t")) {
      appender.row(
          "a",
          1,
          10_000_000_000L,
          0.5,
          LocalDate.of(2024, 2, 29),
          List.of("BLR"),
          "é",
          LocalDateTime.of(2026, 11, 23, 6, 30, 0, 123_456_000),
          new byte[] {0, 1, (byte) 200});
      appender.row("b", null, null, null, null, List.of(), null, null, null);
    }
    assertEquals(
        List.of(
            "a|1|10000000000|0.5|2024-02-29|[BLR]|é|2026-11-23 06:30:00.123456|0001C8",
            "b|null|null|null|null|[]|null|null|null"),
        rows(
            "SELECT id, n, big, x, day, tags, note, CAST(seen AS VARCHAR), hex(raw) FROM t"
                + " ORDER BY id"));
  }

  @Test
  void rowsBelongToTheTransaction() throws SQLException {
    try (TableAppender appender = TableAppender.open(connection, "t")) {
      appender.row("a", 1, 2L, 3.0, null, List.of("PAK", "BLR"), null, null, null);
    }
    assertEquals(1, rows("SELECT id FROM t").size());
    connection.rollback();
    assertEquals(List.of(), rows("SELECT id FROM t"));
  }

  @Test
  void keyViolationsAreReportedAsForAnInsert() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO t (id) VALUES ('a')");
    }
    SQLException error =
        assertThrows(
            SQLException.class,
            () -> {
              try (TableAppender appender = TableAppender.open(connection, "t")) {
                appender.row("a", 1, 2L, 3.0, null, List.of(), null, null, null);
              }
            });
    assertTrue(error.getMessage().contains("duplicate key \"a\""), error.getMessage());
  }

  @Test
  void appendsToTemporaryTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE pairs (id VARCHAR, event_id VARCHAR)");
    }
    try (TableAppender appender = TableAppender.openTemporary(connection, "pairs")) {
      appender.row("m1", "e1").row("m2", "e1");
    }
    assertEquals(List.of("m1|e1", "m2|e1"), rows("SELECT * FROM pairs ORDER BY id"));
  }

  @Test
  void refusesTypesItCannotWrite() throws SQLException {
    try (TableAppender appender = TableAppender.open(connection, "t")) {
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  appender.row(
                      "a", 1, 2L, 3.0, new StringBuilder("x"), List.of(), null, null, null));
      assertTrue(error.getMessage().contains("java.lang.StringBuilder"), error.getMessage());
    } catch (SQLException expected) {
      // Closing an appender left half-way through a row may complain; nothing was written.
    }
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(column > 1 ? "|" : "").append(result.getString(column));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
