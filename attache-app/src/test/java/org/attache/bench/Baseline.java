package org.attache.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.attache.store.Database;

/**
 * The end-to-end benchmark's baseline: CoreNLP's default English pipeline (tokenize, ssplit, pos,
 * lemma, ner, depparse, no options) on the texts the store holds after ingesting the sample, so
 * that both sides annotate the same text. Each thread gets a pipeline of its own, built before the
 * clock starts; the warm-up documents are annotated first, untimed.
 */
final class Baseline {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds the annotating threads spent in CoreNLP. */
  private static final AtomicLong ANNOTATING = new AtomicLong();

  private Baseline() {}

  static String run(Path sample, Path warm, Path folder, int threads) throws Exception {
    Files.createDirectories(folder);
    List<String[]> warmTexts;
    try (Database database =
        Database.open(EndToEndBenchmark.fresh(folder.resolve("warm.duckdb")))) {
      EndToEndBenchmark.ingest(database, warm, 1, false);
      warmTexts = EndToEndBenchmark.storedTexts(database);
    }
    List<String[]> texts;
    try (Database database = Database.open(EndToEndBenchmark.fresh(folder.resolve("run.duckdb")))) {
      EndToEndBenchmark.ingest(database, sample, 1, true);
      texts = EndToEndBenchmark.storedTexts(database);
    }
    long loadStart = System.nanoTime();
    ThreadLocal<StanfordCoreNLP> pipelines =
        ThreadLocal.withInitial(
            () -> {
              synchronized (Baseline.class) {
                StanfordCoreNLP.clearAnnotatorPool();
                return new StanfordCoreNLP(EndToEndBenchmark.defaultEnglish());
              }
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> built = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        built.add(pool.submit(() -> pipelines.get()));
      }
      for (Future<?> future : built) {
        future.get();
      }
      double load = (System.nanoTime() - loadStart) / 1e9;
      annotate(pool, pipelines, warmTexts);
      ANNOTATING.set(0);
      long start = System.nanoTime();
      long cpuStart = EndToEndBenchmark.processCpu();
      ThreadCpu threadsStart = ThreadCpu.now();
      long sentences = annotate(pool, pipelines, texts);
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (EndToEndBenchmark.processCpu() - cpuStart) / 1e9;
      String threadCpu = ThreadCpu.now().since(threadsStart);
      return String.format(
          Locale.ROOT,
          "load=%.1f warm_docs=%d documents=%d corenlp_sentences=%d wall=%.3f cpu=%.3f"
              + " thread_cpu=%.3f %s",
          load,
          warmTexts.size(),
          texts.size(),
          sentences,
          wall,
          cpu,
          ANNOTATING.get() / 1e9,
          threadCpu);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Annotates every text on the pool; returns CoreNLP's sentence count. */
  private static long annotate(
      ExecutorService pool, ThreadLocal<StanfordCoreNLP> pipelines, List<String[]> texts)
      throws Exception {
    List<Future<Integer>> futures = new ArrayList<>();
    for (String[] text : texts) {
      futures.add(
          pool.submit(
              () -> {
                Annotation document = new Annotation(text[1]);
                if (text[2] != null) {
                  document.set(CoreAnnotations.DocDateAnnotation.class, text[2]);
                }
                long cpu = CPU.getCurrentThreadCpuTime();
                pipelines.get().annotate(document);
                ANNOTATING.addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
                return document.get(CoreAnnotations.SentencesAnnotation.class).size();
              }));
    }
    long sentences = 0;
    for (Future<Integer> future : futures) {
      sentences += future.get();
    }
    return sentences;
  }
}
