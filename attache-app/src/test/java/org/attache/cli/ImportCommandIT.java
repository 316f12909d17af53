package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.attache.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache import}: a store's tables written as the Spark job writes them (one Parquet folder
 * per table, without run ids and times) load into a new store that lists the same events, and a
 * second import changes nothing.
 */
class ImportCommandIT {
  /** Each table and the store-only columns the job's output leaves out. */
  private static final Map<String, String> TABLES =
      Map.of(
          "documents", " EXCLUDE (run_id, ingested_at, updated_at)",
          "duplicates", " EXCLUDE (run_id, seen_at)",
          "quarantine", " EXCLUDE (attempts, run_id, quarantined_at)",
          "annotations", " EXCLUDE (run_id)",
          "actor_mentions", "",
          "event_mentions", "",
          "events", "",
          "event_merges", "");

  @TempDir Path folder;

  @Test
  void importedOutputListsTheSameEventsAndReimportingChangesNothing() throws Exception {
    String source = RelationsFixture.store(folder).db;
    Path output = folder.resolve("spark-output");
    try (Database database = Database.open(Path.of(source));
        Statement statement = database.connection().createStatement()) {
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        Path part = output.resolve(table.getKey()).resolve("part-00000.parquet");
        Files.createDirectories(part.getParent());
        statement.execute(
            "COPY (SELECT *"
                + table.getValue()
                + " FROM "
                + table.getKey()
                + ") TO '"
                + part
                + "' (FORMAT parquet)");
      }
    }
    String target = folder.resolve("imported.duckdb").toString();

    CliRun first = CliRun.run("import", output.toString(), "--db", target);
    CliRun second = CliRun.run("import", output.toString(), "--db", target);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("1 documents", "5 events", "5 events in the store");
    assertThat(second.out()).isEqualTo(first.out());
    String expected = CliRun.run("events", "--db", source, "--format", "jsonl").out();
    assertThat(expected.lines()).hasSize(5);
    assertThat(CliRun.run("events", "--db", target, "--format", "jsonl").out()).isEqualTo(expected);
    assertThat(CliRun.run("explain", firstId(expected), "--db", target).exitCode()).isZero();
  }

  @Test
  void aFolderWithoutOutputIsAOneLineError() {
    CliRun run =
        CliRun.run("import", folder.toString(), "--db", folder.resolve("x.duckdb").toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip()).contains("documents/ is missing").doesNotContain("\n");
  }

  private static String firstId(String jsonLines) {
    String line = jsonLines.lines().findFirst().orElseThrow();
    int start = line.indexOf("\"id\":\"") + 6;
    return line.substring(start, line.indexOf('"', start));
  }
}
