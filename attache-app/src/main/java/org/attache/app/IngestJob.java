package org.attache.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.attache.ingest.ItemSink;
import org.attache.model.ErrorCode;
import org.attache.model.Origin;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.Outcome;
import org.attache.store.Database;
import org.attache.store.Disposition;
import org.attache.store.DocumentStore;
import org.attache.store.QuarantinedItems;
import org.attache.store.RunLog;
import org.attache.store.RunReport;

/**
 * One ingest run: read the inputs, turn each item into a document, store it or quarantine it, and
 * account for every item in the run report.
 *
 * <p>Threads: one reader thread walks the inputs in order; items are processed on a pool of {@code
 * threads} workers; the calling thread is the only writer and takes results strictly in input
 * order, so the database ends the same whatever the thread count. A bounded queue between reader
 * and writer keeps memory flat. Writes are committed every {@value #COMMIT_EVERY} items, so a
 * killed run loses at most that many, and running again completes the work.
 */
public final class IngestJob {
  static final int COMMIT_EVERY = 500;

  private final Database database;
  private final ItemReader reader;
  private final DocumentPipeline pipeline;
  private final int threads;
  private final Progress progress;

  public IngestJob(
      Database database,
      ItemReader reader,
      DocumentPipeline pipeline,
      int threads,
      Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.database = Objects.requireNonNull(database, "database");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.threads = threads;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Reads every input and returns the run's report. */
  public RunReport ingest(List<String> inputs) {
    return run("ingest", inputs, sink -> inputs.forEach(input -> readSafely(input, sink)));
  }

  /**
   * Processes the quarantine again: items rejected after reading are processed from their stored
   * bytes; inputs that failed while reading are read again (their good items come back as
   * unchanged).
   */
  public RunReport retryQuarantined() {
    List<QuarantinedItems.Entry> entries = QuarantinedItems.all(database);
    TreeSet<String> reread = new TreeSet<>();
    List<SourceItem> items = new ArrayList<>();
    for (QuarantinedItems.Entry entry : entries) {
      if (entry.item() != null) {
        items.add(entry.item());
      } else {
        reread.add(entry.input());
      }
    }
    return run(
        "ingest --retry-quarantined",
        List.copyOf(reread),
        sink -> {
          items.forEach(sink::accept);
          reread.forEach(input -> readSafely(input, sink));
        });
  }

  private void readSafely(String input, ItemSink sink) {
    try {
      reader.read(input, sink);
    } catch (RuntimeException e) {
      // A reader bug must not end the run: the input is quarantined so it can be retried.
      sink.reject(
          new Rejection(
              Origin.of(input),
              new byte[0],
              Stage.READ,
              ErrorCode.INTERNAL,
              Rejection.oneLine(
                  "internal error reading "
                      + input
                      + ": "
                      + e.getClass().getSimpleName()
                      + ": "
                      + e.getMessage())));
    }
  }

  private interface Feed {
    void into(ItemSink sink);
  }

  /** One result in input order: the item (null if rejected while reading) and its outcome. */
  private record Pending(SourceItem item, CompletableFuture<Outcome> outcome) {}

  private static final Pending END = new Pending(null, null);

  private RunReport run(String command, List<String> inputs, Feed feed) {
    RunLog runs = new RunLog(database);
    long runId = runs.start(command, inputs);
    RunReport report = new RunReport(runId);
    ExecutorService workers = Executors.newFixedThreadPool(threads, Threads.named("attache-work"));
    BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 64);
    AtomicReference<String> currentInput = new AtomicReference<>("");
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    Thread readerThread =
        Threads.named("attache-read")
            .newThread(
                () -> {
                  try {
                    feed.into(new QueueSink(queue, workers, pipeline, currentInput));
                  } catch (RuntimeException | Error e) {
                    readerFailure.set(e);
                  } finally {
                    put(queue, END);
                  }
                });
    try (DocumentStore store = new DocumentStore(database, runId)) {
      readerThread.start();
      int sinceCommit = 0;
      for (Pending pending = take(queue); pending != END; pending = take(queue)) {
        Outcome outcome = pending.outcome().join();
        Disposition disposition =
            outcome instanceof Outcome.Accepted accepted
                ? store.put(accepted.document())
                : store.quarantine(((Outcome.Rejected) outcome).rejection(), pending.item());
        report.add(disposition);
        if (++sinceCommit >= COMMIT_EVERY) {
          store.commit();
          sinceCommit = 0;
        }
        progress.update(report, currentInput.get());
      }
      if (readerFailure.get() != null) {
        throw new IllegalStateException("the reader thread failed", readerFailure.get());
      }
      inputs.forEach(store::resolveQuarantine);
      store.commit();
    } finally {
      workers.shutdownNow();
    }
    runs.finish(runId, report, "finished");
    progress.finish(report);
    if (!report.balances()) {
      throw new IllegalStateException("run report does not balance: " + report.summary());
    }
    return report;
  }

  /** Hands each item to the workers and queues its future, in input order. */
  private record QueueSink(
      BlockingQueue<Pending> queue,
      ExecutorService workers,
      DocumentPipeline pipeline,
      AtomicReference<String> currentInput)
      implements ItemSink {

    @Override
    public void accept(SourceItem item) {
      currentInput.set(item.origin().input());
      put(
          queue,
          new Pending(item, CompletableFuture.supplyAsync(() -> pipeline.process(item), workers)));
    }

    @Override
    public void reject(Rejection rejection) {
      currentInput.set(rejection.origin().input());
      put(
          queue,
          new Pending(null, CompletableFuture.completedFuture(new Outcome.Rejected(rejection))));
    }
  }

  private static void put(BlockingQueue<Pending> queue, Pending pending) {
    try {
      queue.put(pending);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing an item", e);
    }
  }

  private static Pending take(BlockingQueue<Pending> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an item", e);
    }
  }
}
