package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventStatus;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;
import org.attache.store.Database;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of a store with {@value #DOCUMENTS}×{@value #PER_DOCUMENT} hand-built mentions: every row
 * comes out once, in the same order on every run. (That memory stays bounded is a property of the
 * streaming code, not something this test can measure.)
 */
class BulkExportIT {
  static final int DOCUMENTS = 50;
  static final int PER_DOCUMENT = 1_000;
  private static final String SENTENCE = "Belarus and Pakistan held talks in Minsk today.";

  @TempDir Path folder;

  @Test
  void exportsEveryRowOnceInStableOrder() throws Exception {
    Path db = folder.resolve("bulk.duckdb");
    long began = System.nanoTime();
    try (Database database = Database.open(db)) {
      EventStore store = new EventStore(database);
      for (int d = 0; d < DOCUMENTS; d++) {
        String document = String.format("bulk-%03d", d);
        List<Evidence> evidence = new ArrayList<>();
        for (int m = 0; m < PER_DOCUMENT; m++) {
          int at = m * 100;
          EventMention mention =
              new EventMention(
                  document,
                  m,
                  1,
                  new TextSpan(at + 21, at + 25),
                  StoredEvents.type("040", "Consult", 1.0, 1, "CONSULT"),
                  List.of(StoredEvents.actor(at, "Belarus", Actor.of("BLR", null, null, null))),
                  List.of(
                      StoredEvents.actor(at + 12, "Pakistan", Actor.of("PAK", null, null, null))),
                  EventStatus.OCCURRED,
                  StoredEvents.day(
                      LocalDate.of(2023, 1, 1).plusDays(m % 365),
                      EventDate.Basis.PUBLICATION,
                      null),
                  null,
                  "test:verb",
                  List.of());
          evidence.add(new Evidence(mention, "outlet-" + d % 7, null, null, SENTENCE, at));
        }
        database.connection().setAutoCommit(false);
        store.replace(document, evidence);
        database.connection().commit();
        database.connection().setAutoCommit(true);
      }
    }
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
