package org.attache.app;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.attache.actor.ActorKnowledge;
import org.attache.annotate.Annotator;
import org.attache.fusion.EventFuser;
import org.attache.store.AnalysisStore;
import org.attache.store.Database;
import org.attache.store.EventFusionStore;
import org.attache.store.RunLog;
import org.attache.store.RunReport;
import org.attache.store.StoreException;

/**
 * Language analysis of the stored documents awaiting it: annotate (CoreNLP behind {@link
 * Annotator}), find the story country from the dateline, resolve actors, store the results.
 *
 * <p>Threads: documents are read in id order in chunks of {@value #CHUNK}; each chunk is analysed
 * on {@code threads} workers sharing one annotator, and the calling thread writes the results in id
 * order and commits per chunk. The next chunk is read and handed to the workers before the calling
 * thread writes the current one, so the workers never wait for the store's writes and commits. So
 * the stored results do not depend on the thread count, and a killed run loses at most the chunk
 * being written (and the analysis of the next), which the next run analyses again. A document whose
 * analysis throws is marked {@code failed} (it stays stored) and the run goes on.
 */
public final class AnalysisJob {
  static final int CHUNK = 64;

  /**
   * What one run did: documents analysed and failed, their sentences, actor and event mentions, and
   * the number of events in the store after fusion (0 in the running totals, which precede it).
   */
  public record Report(
      long analysed, long failed, long sentences, long actors, long events, long fused) {}

  /** Which documents a run takes, and from what. */
  public enum Mode {
    /** Documents not analysed yet: the full analysis, language models included. */
    PENDING,
    /**
     * Documents analysed already: actors and events coded again from the stored annotations,
     * without the language models (after a change of tables or lexicon).
     */
    RECODE
  }

  private final Database database;
  private final String configName;
  private final DocumentAnalysis analysis;
  private final int threads;
  private final int chunkSize;

  public AnalysisJob(
      Database database,
      Annotator annotator,
      String configName,
      ActorKnowledge knowledge,
      EventCoding coding,
      int threads) {
    this(database, annotator, configName, knowledge, coding, threads, CHUNK);
  }

  /** As above, with chunks of {@code chunkSize} documents (tests make them small). */
  AnalysisJob(
      Database database,
      Annotator annotator,
      String configName,
      ActorKnowledge knowledge,
      EventCoding coding,
      int threads,
      int chunkSize) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1: chunkSize=" + chunkSize);
    }
    this.database = Objects.requireNonNull(database, "database");
    this.configName = Objects.requireNonNull(configName, "configName");
    this.analysis = new DocumentAnalysis(annotator, knowledge, coding);
    this.threads = threads;
    this.chunkSize = chunkSize;
  }

  /** Analyses every pending document; {@code progress} hears the running totals per chunk. */
  public Report run(Consumer<Report> progress) {
    return run(Mode.PENDING, progress);
  }

  /** Analyses the documents {@code mode} selects; {@code progress} hears totals per chunk. */
  public Report run(Mode mode, Consumer<Report> progress) {
    try {
      // One transaction per chunk: a document's results are replaced as a whole or not at all.
      database.connection().setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot start a transaction: " + e.getMessage(), e);
    }
    RunLog runs = new RunLog(database);
    long runId = runs.start(mode == Mode.PENDING ? "analyse" : "recode", List.of());
    AnalysisStore store = new AnalysisStore(database, runId);
    ExecutorService workers =
        Executors.newFixedThreadPool(threads, Threads.named("attache-analyse"));
    long analysed = 0;
    long failed = 0;
    long sentences = 0;
    long actors = 0;
    long events = 0;
    try {
      List<AnalysisStore.Pending> chunk = next(store, mode, null);
      List<CompletableFuture<AnalysisStore.Result>> results = submit(chunk, workers);
      while (!chunk.isEmpty()) {
        // The ids after this chunk's are not written by it: read and start the next chunk first.
        List<AnalysisStore.Pending> following = next(store, mode, chunk.get(chunk.size() - 1).id());
        List<CompletableFuture<AnalysisStore.Result>> followingResults = submit(following, workers);
        List<AnalysisStore.Result> done = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
          AnalysisStore.Result result;
          try {
            result = results.get(i).join();
          } catch (RuntimeException e) {
            // One document must not stop the run: it stays stored, marked failed.
            store.fail(chunk.get(i).id());
            failed++;
            continue;
          }
          done.add(result);
          analysed++;
          sentences += result.annotation().sentences().size();
          actors += result.actors().size();
          events += result.events().size();
        }
        // The chunk's results are written together: one statement per table, not per document.
        store.saveAll(done, configName);
        commit();
        progress.accept(new Report(analysed, failed, sentences, actors, events, 0));
        chunk = following;
        results = followingResults;
      }
    } finally {
      workers.shutdownNow();
    }
    // Reports of one event from several sentences and outlets become one event; fusing the whole
    // store again after each run keeps the result independent of the order documents came in.
    EventFusionStore.Report fusion = new EventFusionStore(database).fuse(new EventFuser());
    commit();
    runs.finish(runId, new RunReport(runId), "finished");
    return new Report(analysed, failed, sentences, actors, events, fusion.events());
  }

  private List<AnalysisStore.Pending> next(AnalysisStore store, Mode mode, String after) {
    return mode == Mode.PENDING
        ? store.pending(after, chunkSize)
        : store.analysed(after, chunkSize);
  }

  /** Hands the documents to the workers, in order; the futures are in the same order. */
  private List<CompletableFuture<AnalysisStore.Result>> submit(
      List<AnalysisStore.Pending> documents, ExecutorService workers) {
    List<CompletableFuture<AnalysisStore.Result>> results = new ArrayList<>();
    for (AnalysisStore.Pending document : documents) {
      results.add(CompletableFuture.supplyAsync(() -> analyse(document), workers));
    }
    return results;
  }

  private AnalysisStore.Result analyse(AnalysisStore.Pending document) {
    return analysis.analyse(document);
  }

  private void commit() {
    try {
      if (!database.connection().getAutoCommit()) {
        database.connection().commit();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot commit the analysis: " + e.getMessage(), e);
    }
  }
}
