package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.attache.store.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle leaves a usable database, and running again completes the
 * work without duplicates. The ingest runs in a child JVM, killed once it has committed.
 */
class KillIT {
  private static final int DOCUMENTS = 48_000;
  private static final String[] WORDS = {
    "minister",
    "talks",
    "agreement",
    "border",
    "trade",
    "visit",
    "summit",
    "security",
    "embassy",
    "sanctions",
    "aid",
    "floods",
    "president",
    "parliament",
    "election",
    "protest",
    "capital",
    "cooperation",
    "statement",
    "delegation",
    "treaty",
    "ceasefire",
    "army",
    "police",
    "economy"
  };

  @TempDir Path folder;

  @Test
  void killedRunLeavesAUsableDatabaseAndTheNextRunCompletesIt() throws Exception {
    Path corpus = folder.resolve("corpus.jsonl");
    Random random = new Random(7);
    try (Writer out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (int i = 0; i < DOCUMENTS; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 80; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        out.write(
            "{\"id\": \"k"
                + i
                + "\", \"published\": \"2020-01-0"
                + (1 + i % 9)
                + "\", \"text\": \""
                + text
                + "number "
                + i
                + ".\"}\n");
      }
    }
    Path db = folder.resolve("killed.duckdb");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.attache.cli.Main",
                "ingest",
                "--db",
                db.toString(),
                corpus.toString())
            .redirectErrorStream(true)
            .start();
    // The first progress line comes after five seconds of ingest, several commits in.
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.startsWith("ingest: ")) {
        // skip anything before the first progress line
      }
      assertThat(line).as("child ended before reporting progress").isNotNull();
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isNotZero();

    List<String> afterKill = IngestJobIT.rows(db, "SELECT count(*) FROM documents");
    long stored = Long.parseLong(afterKill.get(0).replace("\u0001", ""));
    assertThat(stored).isBetween(1L, DOCUMENTS - 1L);
    assertThat(IngestJobIT.rows(db, "SELECT status FROM runs")).containsExactly("running\u0001");

    RunReport rerun = IngestJobIT.ingest(db, 2, List.of(corpus.toString()));
    assertThat(rerun.read()).isEqualTo(DOCUMENTS);
    assertThat(rerun.stored() + rerun.duplicates()).isEqualTo(DOCUMENTS);
    assertThat(IngestJobIT.rows(db, "SELECT count(*), count(DISTINCT id) FROM documents"))
        .containsExactly(DOCUMENTS + "\u0001" + DOCUMENTS + "\u0001");
  }
}
