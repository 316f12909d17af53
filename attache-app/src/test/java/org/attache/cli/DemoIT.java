package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Quick start's first command: the bundled example corpus ingested, analysed (CoreNLP, actors,
 * events) and shown.
 */
class DemoIT {
  @TempDir Path folder;

  @Test
  void demoIngestsTheExampleCorpusAndShowsIt() {
    String db = folder.resolve("demo.duckdb").toString();
    CliRun run = CliRun.run("demo", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("read 16 = stored 15", "near-duplicates 1", "unchanged 1", "quarantined 0")
        .contains("ex-art-04", "Lukashenko")
        .contains("ex-art-06", "fr")
        .contains("analysed 14 documents", "0 failed")
        .contains("Events between Belarus and Pakistan:", "Make a visit", "BLR GOV Sergei Aleinik")
        .contains("Sign formal agreement", "./attache explain");
    CliRun again = CliRun.run("demo", "--db", db);
    assertThat(again.out())
        .contains("read 16 = stored 0", "unchanged 16", "analysed 0 documents")
        .contains("Make a visit");
  }

  @Test
  void withoutAnalysisTheDemoOnlyIngests() {
    String db = folder.resolve("ingest-only.duckdb").toString();
    CliRun run = CliRun.run("demo", "--db", db, "--no-analysis");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("read 16 = stored 15")
        .doesNotContain("Analysing", "Events between Belarus and Pakistan");
  }
}
