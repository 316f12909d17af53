package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.attache.ingest.ReadOptions;
import org.attache.store.Database;
import org.attache.store.Disposition;
import org.attache.store.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest job against a real DuckDB file: determinism, duplicates, and balanced reports. */
class IngestJobIT {
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @TempDir Path folder;

  static RunReport ingest(Path db, int threads, List<String> inputs) {
    try (Database database = Database.open(db)) {
      return new IngestJob(
              database,
              StandardComponents.reader(
                  ReadOptions.DEFAULTS, () -> new ByteArrayInputStream(new byte[0])),
              StandardComponents.pipeline(),
              threads,
              Progress.NONE)
          .ingest(inputs);
    }
  }

  static List<String> rows(Path db, String sql) throws SQLException {
    try (Database database = Database.open(db);
        Statement statement = database.connection().createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData columns = result.getMetaData();
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns.getColumnCount(); c++) {
          row.append(result.getString(c)).append('\u0001');
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  private List<String> inputs() {
    List<String> inputs = new ArrayList<>(List.of(EXAMPLES.toString()));
    Path newswire =
        Path.of(System.getProperty("attache.shared", "../../shared"))
            .resolve("corpora/newswire-afp-xinhua.jsonl");
    if (newswire.toFile().isFile()) {
      inputs.add(newswire.toString());
    }
    return inputs;
  }

  @Test
  void sameRecordsWhateverTheThreadCount() throws Exception {
    Path one = folder.resolve("one.duckdb");
    Path four = folder.resolve("four.duckdb");
    RunReport single = ingest(one, 1, inputs());
    RunReport parallel = ingest(four, 4, inputs());
    assertThat(parallel.summary()).isEqualTo(single.summary());
    assertThat(single.balances()).isTrue();
    String sql =
        "SELECT id, url, source, title, published, published_basis, language, analysis, origin,"
            + " text, content_hash, fingerprint, near_duplicate_of, warnings FROM documents"
            + " ORDER BY id";
    assertThat(rows(four, sql)).isEqualTo(rows(one, sql));
    assertThat(rows(four, "SELECT * EXCLUDE (run_id, seen_at) FROM duplicates ORDER BY origin"))
        .isEqualTo(rows(one, "SELECT * EXCLUDE (run_id, seen_at) FROM duplicates ORDER BY origin"));
  }

  @Test
  void sameContentElsewhereIsADuplicateAndARepublishedStoryANearDuplicate() throws Exception {
    Path db = folder.resolve("dup.duckdb");
    ingest(db, 2, List.of(EXAMPLES.resolve("articles").toString()));
    // One wire story reached twice under two identities: stored once, the second recorded.
    Path wire = folder.resolve("wire.jsonl");
    String text =
        "The foreign ministers of the two countries met in Minsk on Tuesday and agreed to"
            + " expand trade, education and transport links over the next three years.";
    java.nio.file.Files.writeString(
        wire,
        "{\"id\": \"wire-1\", \"text\": \""
            + text
            + "\"}\n"
            + "{\"id\": \"mirror-7\", \"text\": \""
            + text
            + "\"}\n");
    RunReport report = ingest(db, 2, List.of(wire.toString()));
    assertThat(report.count(Disposition.STORED)).isEqualTo(1);
    assertThat(report.count(Disposition.DUPLICATE)).isEqualTo(1);
    assertThat(rows(db, "SELECT id, original_id FROM duplicates"))
        .containsExactly("mirror-7\u0001wire-1\u0001");
    assertThat(
            rows(
                db,
                "SELECT id, near_duplicate_of FROM documents WHERE near_duplicate_of IS NOT NULL"))
        .containsExactly("ex-art-03\u0001ex-art-02\u0001");
  }

  @Test
  void pagesAreIdentifiedByTheirCanonicalUrlWhereverTheyLie() throws Exception {
    Path db = folder.resolve("url.duckdb");
    Path copy = folder.resolve("saved-elsewhere.html");
    java.nio.file.Files.copy(EXAMPLES.resolve("html/modi-kyiv.html"), copy);
    ingest(db, 1, List.of(EXAMPLES.resolve("html/modi-kyiv.html").toString()));
    RunReport again = ingest(db, 1, List.of(copy.toString()));
    assertThat(again.count(Disposition.UNCHANGED)).isEqualTo(1);
    assertThat(rows(db, "SELECT id FROM documents")).singleElement().asString().startsWith("url-");
  }
}
