package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of a store with {@value #DOCUMENTS}×{@value #PER_DOCUMENT} hand-built mentions ({@link
 * BulkStore}): every row comes out once, in the same order on every run. That memory stays flat as
 * the store grows is measured by {@code bench/export}, not here.
 */
class BulkExportIT {
  static final int DOCUMENTS = 50;
  static final int PER_DOCUMENT = 1_000;

  @TempDir Path folder;

  @Test
  void exportsEveryRowOnceInStableOrder() throws Exception {
    Path db = folder.resolve("bulk.duckdb");
    long began = System.nanoTime();
    BulkStore.build(db, DOCUMENTS, PER_DOCUMENT);
    long stored = System.nanoTime();
    long total = (long) DOCUMENTS * PER_DOCUMENT;
    Path csv = folder.resolve("events.csv");
    Path mentions = folder.resolve("mentions.jsonl");
    Path gdelt = folder.resolve("events.tsv");
    run("--format", "csv", "--db", db.toString(), "--output", csv.toString());
    run("--format", "jsonl", "--mentions", "--db", db.toString(), "--output", mentions.toString());
    run("--format", "gdelt", "--db", db.toString(), "--output", gdelt.toString());
    long exported = System.nanoTime();
    System.out.printf(
        "BulkExportIT: stored %d mentions in %d ms; exported csv, jsonl mentions, gdelt in %d ms%n",
        total, (stored - began) / 1_000_000, (exported - stored) / 1_000_000);
    assertThat(lines(csv)).isEqualTo(total + 1);
    assertThat(lines(mentions)).isEqualTo(total);
    assertThat(lines(gdelt)).isEqualTo(total);
    byte[] first = Files.readAllBytes(csv);
    run("--format", "csv", "--db", db.toString(), "--output", csv.toString());
    assertThat(Files.readAllBytes(csv)).isEqualTo(first);
  }

  private static void run(String... args) {
    List<String> all = new ArrayList<>(List.of("export"));
    all.addAll(List.of(args));
    CliRun run = CliRun.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static long lines(Path file) throws Exception {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.lines().count();
    }
  }
}
