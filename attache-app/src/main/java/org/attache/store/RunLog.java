package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The {@code runs} table: each command that writes opens a run (status {@code running}) and closes
 * it with its counts. A run killed before it finished stays {@code running}, which {@code attache
 * stats} reports as interrupted.
 */
public final class RunLog {
  private final Database database;

  public RunLog(Database database) {
    this.database = database;
  }

  /** Opens a run and commits it at once, so it is visible even if the process dies. */
  public long start(String command, List<String> inputs) {
    try (Statement statement = database.connection().createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM runs")) {
      row.next();
      long id = row.getLong(1);
      try (PreparedStatement insert =
          database
              .connection()
              .prepareStatement(
                  "INSERT INTO runs (id, command, inputs, started_at, status)"
                      + " VALUES (?, ?, ?, ?, 'running')")) {
        insert.setLong(1, id);
        insert.setString(2, command);
        insert.setString(3, String.join(" ", inputs));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      if (!database.connection().getAutoCommit()) {
        database.connection().commit();
      }
      return id;
    } catch (SQLException e) {
      throw new StoreException("cannot record the run: " + Database.firstLine(e), e);
    }
  }

  /** Closes a run with its counts. */
  public void finish(long id, RunReport report, String status) {
    try (PreparedStatement update =
        database
            .connection()
            .prepareStatement(
                "UPDATE runs SET finished_at = ?, status = ?, read = ?, stored = ?, updated = ?,"
                    + " unchanged = ?, duplicates = ?, near_duplicates = ?, quarantined = ?"
                    + " WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(Instant.now()));
      update.setString(2, status);
      update.setLong(3, report.read());
      update.setLong(
          4, report.count(Disposition.STORED) + report.count(Disposition.NEAR_DUPLICATE));
      update.setLong(5, report.count(Disposition.UPDATED));
      update.setLong(6, report.count(Disposition.UNCHANGED));
      update.setLong(7, report.count(Disposition.DUPLICATE));
      update.setLong(8, report.count(Disposition.NEAR_DUPLICATE));
      update.setLong(9, report.count(Disposition.QUARANTINED));
      update.setLong(10, id);
      update.executeUpdate();
      if (!database.connection().getAutoCommit()) {
        database.connection().commit();
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot record the end of run " + id + ": " + Database.firstLine(e), e);
    }
  }
}
