package org.attache.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.attache.actor.ActorKnowledge;
import org.attache.app.AnalysisJob;
import org.attache.app.EventCoding;
import org.attache.app.IngestJob;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.coding.PredicateLexicon;
import org.attache.fusion.EventFuser;
import org.attache.ingest.ReadOptions;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.JitCheck;
import org.attache.nlp.NlpConfig;
import org.attache.store.Database;
import org.attache.store.EventFusionStore;
import org.attache.store.RunReport;

/**
 * End-to-end throughput (not a JUnit test; driven by {@code bench/end-to-end}, figures in
 * docs/benchmarks.md). Mode {@code attache} runs the production jobs exactly as the CLI does, on a
 * fresh database: {@link IngestJob} (read, clean, store) then {@link AnalysisJob} (CoreNLP {@code
 * NlpConfig.fast()}, actors, events with dates and places, store, fuse), after the same run on
 * warm-up documents that follow the sample in the corpus; mode {@code stock} does the same with
 * CoreNLP's own {@code depparse} in place of {@code EnhancedParseAnnotator}; mode {@code scale} is
 * {@code attache} under another name, for the scaling series; mode {@code interpreted} is {@code
 * attache} in a JVM without {@code -XX:-DontCompileHugeMethods} (it refuses to run with it), to
 * show what compiling CoreNLP's largest methods gains ({@link JitCheck}). Mode {@code baseline}
 * ingests the same sample and annotates the stored texts with CoreNLP's default English pipeline
 * (tokenize, ssplit, pos, lemma, ner, depparse, default options). Each mode prints one {@code
 * RESULT} line of key=value pairs, with the peak resident set (VmHWM) of the JVM, for the script to
 * tabulate.
 *
 * <p>Arguments: {@code MODE CORPUS WORK DOCUMENTS WARMUP THREADS COPIES}.
 */
public final class EndToEndBenchmark {
  private EndToEndBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    if (arguments.length != 7) {
      throw new IllegalArgumentException(
          "usage: MODE CORPUS WORK DOCUMENTS WARMUP THREADS COPIES; got " + List.of(arguments));
    }
    String mode = arguments[0];
    Path corpus = Path.of(arguments[1]);
    Path work = Files.createDirectories(Path.of(arguments[2]));
    int documents = Integer.parseInt(arguments[3]);
    int warmUp = Integer.parseInt(arguments[4]);
    int threads = Integer.parseInt(arguments[5]);
    int copies = Integer.parseInt(arguments[6]);
    Path sample = work.resolve(String.format(Locale.ROOT, "sample-%dx%d.jsonl", documents, copies));
    BenchSample.write(BenchSample.read(corpus, 0, documents), copies, sample);
    Path warm = work.resolve("warm-" + warmUp + ".jsonl");
    BenchSample.write(BenchSample.read(corpus, documents, warmUp), 1, warm);
    String tag = String.format(Locale.ROOT, "%s-t%d-x%d", mode, threads, copies);
    String result =
        switch (mode) {
          case "attache", "scale" ->
              attache(NlpConfig.fast(), sample, warm, work.resolve(tag), threads);
          case "interpreted" -> {
            if (JitCheck.warning().isEmpty()) {
              throw new IllegalArgumentException(
                  "mode interpreted needs a JVM without -XX:-DontCompileHugeMethods");
            }
            yield attache(NlpConfig.fast(), sample, warm, work.resolve(tag), threads);
          }
          case "stock" -> attache(stockParser(), sample, warm, work.resolve(tag), threads);
          case "baseline" -> Baseline.run(sample, warm, work.resolve(tag), threads);
          default -> throw new IllegalArgumentException("unknown mode: " + mode);
        };
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=%s threads=%d copies=%d %s rss_mb=%d%n",
        mode,
        threads,
        copies,
        result,
        Memory.peakResidentKb() / 1024);
  }

  /**
   * {@code NlpConfig.fast()} as CoreNLP runs it unchanged: its own {@code pos} and {@code lemma},
   * its own {@code depparse} (all five graphs, its own network) and SUTime with the numeric
   * classifiers on every sentence.
   */
  private static NlpConfig stockParser() {
    NlpConfig fast = NlpConfig.fast().withOption(NlpConfig.SUTIME_CUES, "false");
    List<String> annotators = new ArrayList<>(fast.annotators());
    annotators.set(annotators.indexOf(NlpConfig.ENHANCED_PARSE), "depparse");
    annotators.set(annotators.indexOf(NlpConfig.TAGGER), "pos");
    annotators.set(annotators.indexOf(NlpConfig.LEMMATIZER), "lemma");
    return fast.withAnnotators("fast-stock-depparse", annotators);
  }

  private static String attache(NlpConfig config, Path sample, Path warm, Path folder, int threads)
      throws Exception {
    Files.createDirectories(folder);
    long loadStart = System.nanoTime();
    PredicateLexicon lexicon = PredicateLexicon.bundled();
    StageClock clock = new StageClock(lexicon);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config);
    ActorKnowledge knowledge = ActorKnowledge.bundled();
    var coding = clock.time(StandardComponents.eventCoding(knowledge, lexicon));
    double load = (System.nanoTime() - loadStart) / 1e9;
    AnalysisJob.Report warmed;
    try (Database database = Database.open(fresh(folder.resolve("warm.duckdb")))) {
      ingest(database, warm, threads, false);
      warmed =
          analysis(database, clock, annotator, config, knowledge, coding, threads).run(r -> {});
    }
    clock.reset();
    try (Database database = Database.open(fresh(folder.resolve("run.duckdb")))) {
      long start = System.nanoTime();
      long cpuStart = processCpu();
      ThreadCpu threadsStart = ThreadCpu.now();
      RunReport ingested = ingest(database, sample, threads, true);
      long ingestEnd = System.nanoTime();
      long cpuIngest = processCpu();
      AnalysisJob.Report report =
          analysis(database, clock, annotator, config, knowledge, coding, threads).run(r -> {});
      long end = System.nanoTime();
      long cpuEnd = processCpu();
      String threadCpu = ThreadCpu.now().since(threadsStart);
      // Fusing again gives the same events (fusion is over the whole store); it is timed alone.
      long fuseStart = System.nanoTime();
      new EventFusionStore(database).fuse(new EventFuser());
      double fuse = (System.nanoTime() - fuseStart) / 1e9;
      return String.format(
          Locale.ROOT,
          "load=%.1f warm_docs=%d documents=%d stored=%d sentences=%d tokens=%d actors=%d"
              + " events=%d fused=%d failed=%d wall=%.3f ingest=%.3f analysis=%.3f annotate=%.3f"
              + " actors_s=%.3f events_s=%.3f fuse=%.3f annotate_cpu=%.3f actors_cpu=%.3f"
              + " events_cpu=%.3f cpu=%.3f ingest_cpu=%.3f trigger_sentences=%d trigger_tokens=%d %s",
          load,
          warmed.analysed(),
          report.analysed(),
          ingested.stored(),
          report.sentences(),
          clock.tokens(),
          report.actors(),
          report.events(),
          report.fused(),
          report.failed(),
          (end - start) / 1e9,
          (ingestEnd - start) / 1e9,
          (end - ingestEnd) / 1e9,
          clock.annotate.wallSeconds(),
          clock.actors.wallSeconds(),
          clock.events.wallSeconds(),
          fuse,
          clock.annotate.cpuSeconds(),
          clock.actors.cpuSeconds(),
          clock.events.cpuSeconds(),
          (cpuEnd - cpuStart) / 1e9,
          (cpuIngest - cpuStart) / 1e9,
          clock.triggerSentences(),
          clock.triggerTokens(),
          threadCpu);
    }
  }

  private static AnalysisJob analysis(
      Database database,
      StageClock clock,
      CoreNlpAnnotator annotator,
      NlpConfig config,
      ActorKnowledge knowledge,
      EventCoding coding,
      int threads) {
    return new AnalysisJob(
        database, clock.time(annotator), config.name(), knowledge, coding, threads);
  }

  /**
   * Ingests a file with the CLI's reader and pipeline; for the sample ({@code whole}), fails unless
   * every item was stored (a duplicate would leave documents out of the measured work).
   */
  static RunReport ingest(Database database, Path file, int threads, boolean whole) {
    RunReport report =
        new IngestJob(
                database,
                StandardComponents.reader(ReadOptions.DEFAULTS, () -> System.in),
                StandardComponents.pipeline(),
                threads,
                Progress.NONE)
            .ingest(List.of(file.toString()));
    if (whole && report.stored() != report.read()) {
      throw new IllegalStateException(
          "ingest stored " + report.stored() + " of " + report.read() + " items: " + file);
    }
    return report;
  }

  /** The database file, removed with its write-ahead log if an earlier run left them. */
  static Path fresh(Path file) throws java.io.IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    return file;
  }

  /** The stored documents' ids, texts and publication dates, by id. */
  static List<String[]> storedTexts(Database database) throws SQLException {
    List<String[]> texts = new ArrayList<>();
    try (Statement statement = database.connection().createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT id, text, published FROM documents ORDER BY id")) {
      while (rows.next()) {
        texts.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
      }
    }
    return texts;
  }

  /** CPU time of the whole process (all threads, JIT and collector included), in nanoseconds. */
  static long processCpu() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean bean
        ? bean.getProcessCpuTime()
        : -1;
  }

  /** CoreNLP's default English properties with the annotators the issue names. */
  static Properties defaultEnglish() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    return properties;
  }
}
