package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that touches the store shares. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "DuckDB database file (default: ${DEFAULT-VALUE} in the working directory).",
      defaultValue = "attache.duckdb")
  Path path;

  /** Opens the database for writing, creating it if needed. */
  Database open() {
    return Database.open(path);
  }

  /**
   * Opens an existing database for writing; a missing file is the user's error, not an empty
   * result.
   */
  Database openExisting() {
    requireExisting();
    return Database.open(path);
  }

  /**
   * Opens an existing database for reading only, so that other readers (a server among them) may
   * use it at the same time.
   */
  Database openReading() {
    requireExisting();
    return Database.openReadOnly(path);
  }

  /** Opens an existing database for bulk reading ({@link Database#openBulkReading}). */
  Database openBulkReading() {
    requireExisting();
    return Database.openBulkReading(path);
  }

  private void requireExisting() {
    if (!Files.isRegularFile(path)) {
      throw new UserException(
          ErrorCode.NOT_FOUND,
          "no database at "
              + path.toAbsolutePath()
              + ": run `attache ingest PATH...` first or pass --db");
    }
  }
}
