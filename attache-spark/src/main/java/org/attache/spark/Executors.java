package org.attache.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attache.actor.ActorKnowledge;
import org.attache.app.DocumentAnalysis;
import org.attache.app.StandardComponents;
import org.attache.coding.PredicateLexicon;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.JitCheck;
import org.attache.nlp.NlpConfig;
import org.attache.store.AnalysisStore;

/**
 * What each executor JVM builds once, lazily, from the job's serialisable options, and shares
 * between its tasks: the document analysis with the CoreNLP annotator, the actor tables and the
 * lexicon, run on a fixed pool of analysis threads ({@link JobOptions#analysisThreads}, default 2)
 * that tasks hand their documents to. CoreNLP keeps one pipeline per thread (pipelines must not be
 * shared), so the pool bounds the memory a JVM spends on models (2 to 3 GB each); each document
 * starts from the same SUTime state whatever ran before it (CoreNlpAnnotator), so the records do
 * not depend on the thread count. Nothing loads in a JVM that analyses nothing.
 */
final class Executors {
  /** The language models' configuration: the command line's. */
  static final NlpConfig NLP = NlpConfig.fast();

  private static final Map<List<Object>, Pool> POOLS = new ConcurrentHashMap<>();

  private Executors() {}

  /** The analysis threads and what they run, for one configuration. */
  private record Pool(ExecutorService threads, Future<DocumentAnalysis> analysis) {}

  /**
   * One document's analysis on this JVM's analysis threads: a task that notes when a thread starts
   * it, so a time limit counts the analysis, not the wait for a free thread (the executor's tasks
   * share its threads, so a document can wait for another task's).
   */
  static final class Running extends FutureTask<AnalysisStore.Result> {
    private final String id;
    private volatile long began;

    Running(Callable<AnalysisStore.Result> analysis, String id) {
      super(analysis);
      this.id = id;
    }

    @Override
    public void run() {
      began = System.nanoTime();
      super.run();
    }
  }

  /** Analyses one document on this JVM's analysis threads; errors come back as thrown. */
  static AnalysisStore.Result analyse(JobOptions options, AnalysisStore.Pending document) {
    return await(options, submit(options, document));
  }

  /**
   * Hands one document to this JVM's analysis threads (building them and the analysis the first
   * time) and returns at once; {@link #await} gives the result.
   */
  static Running submit(JobOptions options, AnalysisStore.Pending document) {
    Pool pool =
        POOLS.computeIfAbsent(
            List.of(options.knowledge(), options.lexicon(), options.analysisThreads()),
            key -> {
              ExecutorService threads = daemons(options.analysisThreads(), "attache-spark-analyse");
              // Built on an analysis thread, so the annotator's first pipeline is that thread's.
              return new Pool(threads, threads.submit(() -> build(options)));
            });
    DocumentAnalysis analysis;
    try {
      analysis = pool.analysis().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the analysis could not be built", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the analysis", e);
    }
    Running running = new Running(() -> analysis.analyse(document), document.id());
    pool.threads().execute(running);
    return running;
  }

  /**
   * Waits for a document's analysis and returns its result; its errors come back as thrown. With a
   * document timeout, an analysis that runs longer is interrupted (CoreNLP stops at the interrupt
   * where it checks for one) and reported as failed.
   */
  static AnalysisStore.Result await(JobOptions options, Running running) {
    try {
      if (options.documentTimeoutSeconds() == 0) {
        return running.get();
      }
      long limit = TimeUnit.SECONDS.toNanos(options.documentTimeoutSeconds());
      while (true) {
        long began = running.began;
        long left = began == 0 ? limit : began + limit - System.nanoTime();
        if (left <= 0) {
          running.cancel(true);
          throw new IllegalStateException(
              "analysis of "
                  + running.id
                  + " took over "
                  + options.documentTimeoutSeconds()
                  + " s");
        }
        try {
          return running.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // still waiting for a thread, or over its time: the loop decides which
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("analysis of " + running.id + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing " + running.id, e);
    }
  }

  /** A fixed pool of {@code count} daemon threads named {@code name}, which never hold a JVM up. */
  static ExecutorService daemons(int count, String name) {
    return java.util.concurrent.Executors.newFixedThreadPool(
        count,
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }

  private static DocumentAnalysis build(JobOptions options) {
    // The executor's log (its standard error) says when its JVM leaves CoreNLP's largest methods
    // interpreted; spark-submit takes the option in spark.executor.extraJavaOptions
    // (docs/spark.md).
    JitCheck.warning().ifPresent(System.err::println);
    ActorKnowledge knowledge =
        options.knowledge().isEmpty()
            ? ActorKnowledge.bundled()
            : ActorKnowledge.load(paths(options.knowledge()));
    PredicateLexicon lexicon =
        options.lexicon().isEmpty()
            ? PredicateLexicon.bundled()
            : PredicateLexicon.load(paths(options.lexicon()));
    return new DocumentAnalysis(
        new CoreNlpAnnotator(NLP), knowledge, StandardComponents.eventCoding(knowledge, lexicon));
  }

  private static List<Path> paths(List<String> files) {
    return files.stream().map(Path::of).toList();
  }
}
