package org.attache.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.attache.actor.ActorKnowledge;
import org.attache.app.AnalysisJob;
import org.attache.app.IngestJob;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.coding.PredicateLexicon;
import org.attache.ingest.ReadOptions;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;
import org.attache.store.Database;
import org.attache.store.RunReport;

/**
 * A store for the browser tests, ingested and analysed through the application's jobs: the seeds in
 * ../shared when present, else the project's example corpus. Analysing loads CoreNLP, so the
 * analysed store is kept under target/web-store/ and each test run works on a copy of it.
 */
final class AnalysedStore {
  private static final Path CACHE = Path.of("target/web-store");
  private static final Path SEEDS =
      Path.of(System.getProperty("attache.shared", "../../shared"), "seeds");
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  private AnalysedStore() {}

  /** Which corpus the store holds: the seeds when ../shared has them, else examples/. */
  static Path corpus() {
    return Files.isDirectory(SEEDS) ? SEEDS.toAbsolutePath().normalize() : EXAMPLES;
  }

  /** A copy of the analysed store at {@code target}, building the cached one first if needed. */
  static Path copyTo(Path target) throws IOException {
    Path corpus = corpus();
    Path cached = CACHE.resolve(corpus.getFileName() + ".duckdb");
    Path done = CACHE.resolve(corpus.getFileName() + ".done");
    if (!Files.exists(done)) {
      Files.createDirectories(CACHE);
      Files.deleteIfExists(cached);
      Files.deleteIfExists(cached.resolveSibling(cached.getFileName() + ".wal"));
      build(cached, corpus);
      Files.writeString(done, corpus + "\n");
    }
    Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Ingests {@code inputs} (files or folders) into the store at {@code db}. */
  static RunReport ingest(Path db, List<String> inputs) {
    try (Database database = Database.open(db)) {
      return new IngestJob(
              database,
              StandardComponents.reader(
                  ReadOptions.DEFAULTS, () -> new ByteArrayInputStream(new byte[0])),
              StandardComponents.pipeline(),
              1,
              Progress.NONE)
          .ingest(inputs);
    }
  }

  private static void build(Path db, Path corpus) {
    ingest(db, List.of(corpus.toString()));
    try (Database database = Database.open(db)) {
      new AnalysisJob(
              database,
              new CoreNlpAnnotator(NlpConfig.fast()),
              "fast",
              ActorKnowledge.bundled(),
              StandardComponents.eventCoding(ActorKnowledge.bundled(), PredicateLexicon.bundled()),
              2)
          .run(report -> {});
    }
  }
}
