package org.attache.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.attache.app.IngestJob;
import org.attache.app.ItemReader;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.ingest.ItemSink;
import org.attache.ingest.ReadOptions;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.Outcome;
import org.attache.store.Database;
import org.attache.store.Disposition;
import org.attache.store.RunReport;

/**
 * One configuration of the ingest benchmark, run in its own JVM by {@code bench/ingest} so that its
 * peak RSS is its own. Not a test: timing does not belong in the unit tests.
 *
 * <p>Usage: {@code IngestBenchmark --mode M --threads N --corpus FILE --work DIR [--warmup W]
 * [--repeat R] [--db FILE] [--keep-db FILE]}. Modes:
 *
 * <ul>
 *   <li>{@code jackson}: read and parse every JSON line with Jackson and touch the text (the floor
 *       for any reader); also measures the corpus's text bytes, the MB in MB/s.
 *   <li>{@code duckdb}: DuckDB's own {@code read_json} bulk load into a fresh database file.
 *   <li>{@code pipeline}: Attaché's reader and document pipeline on {@code N} workers, threaded as
 *       {@link IngestJob} is, without the store.
 *   <li>{@code ingest}: {@link IngestJob} into a fresh database file.
 *   <li>{@code reingest}: {@link IngestJob} of the same corpus again into {@code --db} (which an
 *       earlier {@code ingest --keep-db} left), so every item is unchanged.
 *   <li>{@code stages}: reader and pipeline on the calling thread, each stage timed.
 * </ul>
 *
 * <p>Each configuration runs {@code W} warm-up times (default 1; JIT compilation, page cache), then
 * {@code R} measured times (default 3) in the same JVM, and prints the median measured wall time on
 * one {@code RESULT} line, with the peak RSS (VmHWM) read from {@code /proc/self/status} at the
 * end. Building the pipeline (loading the language profiles, about a second) happens once before
 * the timed runs and is not counted.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  private static String mode;
  private static int threads = 1;
  private static Path corpus;
  private static Path work;
  private static int repeat = 3;
  private static int warmup = 1;
  private static Path db;
  private static Path keepDb;
  private static final List<Double> walls = new ArrayList<>();
  private static final List<Double> warmups = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : usage("missing value for " + args[i]);
      switch (args[i]) {
        case "--mode" -> mode = value;
        case "--threads" -> threads = Integer.parseInt(value);
        case "--corpus" -> corpus = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--repeat" -> repeat = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--db" -> db = Path.of(value);
        case "--keep-db" -> keepDb = Path.of(value);
        default -> usage("unknown option " + args[i]);
      }
    }
    if (mode == null || corpus == null || work == null || threads < 1 || repeat < 1 || warmup < 0) {
      usage("--mode, --corpus and --work are required");
    }
    if (!Files.isRegularFile(corpus)) {
      usage("corpus not found: " + corpus);
    }
    Files.createDirectories(work);
    String extra = "";
    long items;
    switch (mode) {
      case "jackson" -> {
        long[] counts = null;
        for (int run = 0; run < warmup + repeat; run++) {
          long start = System.nanoTime();
          counts = jackson();
          record(run, seconds(start));
        }
        items = counts[0];
        extra = " text_bytes=" + counts[1];
      }
      case "duckdb" -> {
        long count = 0;
        for (int run = 0; run < warmup + repeat; run++) {
          Path file = freshDatabase("duckdb-load");
          long start = System.nanoTime();
          count = duckdbLoad(file);
          record(run, seconds(start));
          deleteDatabase(file);
        }
        items = count;
      }
      case "pipeline" -> {
        DocumentPipeline pipeline = buildPipeline();
        long[] counts = null;
        for (int run = 0; run < warmup + repeat; run++) {
          long start = System.nanoTime();
          counts = pipelineOnly(pipeline);
          record(run, seconds(start));
        }
        items = counts[0] + counts[1];
        extra = " accepted=" + counts[0] + " rejected=" + counts[1];
      }
      case "ingest" -> {
        DocumentPipeline pipeline = buildPipeline();
        RunReport report = null;
        for (int run = 0; run < warmup + repeat; run++) {
          Path file = freshDatabase("ingest-" + threads);
          long start = System.nanoTime();
          report = ingest(file, pipeline);
          record(run, seconds(start));
          if (run == warmup + repeat - 1 && keepDb != null) {
            deleteDatabase(keepDb);
            Files.move(file, keepDb, StandardCopyOption.REPLACE_EXISTING);
          }
          deleteDatabase(file);
        }
        items = report.read();
        extra = reportFields(report);
        System.err.println(report.summary());
      }
      case "reingest" -> {
        if (db == null || !Files.isRegularFile(db)) {
          usage("reingest needs --db with an ingested database: " + db);
        }
        DocumentPipeline pipeline = buildPipeline();
        RunReport report = null;
        for (int run = 0; run < warmup + repeat; run++) {
          long start = System.nanoTime();
          report = ingest(db, pipeline);
          record(run, seconds(start));
        }
        items = report.read();
        extra = reportFields(report);
        System.err.println(report.summary());
      }
      case "stages" -> {
        if (threads != 1) {
          usage("stages runs on one thread");
        }
        TimedPipeline timed = new TimedPipeline();
        long[] sum = new long[TimedPipeline.STAGES.length];
        List<Double> reads = new ArrayList<>();
        long[] counts = null;
        for (int run = 0; run < warmup + repeat; run++) {
          timed.reset();
          long start = System.nanoTime();
          counts = stages(timed);
          double wall = seconds(start);
          record(run, wall);
          if (run < warmup) {
            continue;
          }
          double staged = 0;
          for (int s = 0; s < sum.length; s++) {
            sum[s] += timed.nanos[s];
            staged += timed.nanos[s] / 1e9;
          }
          reads.add(wall - staged);
        }
        // Per-stage figures are means over the measured runs, so they add up to the mean wall time.
        StringBuilder stages = new StringBuilder();
        for (int s = 0; s < sum.length; s++) {
          stages.append(
              String.format(
                  Locale.ROOT, " %s=%.3f", TimedPipeline.STAGES[s], sum[s] / 1e9 / repeat));
        }
        stages.append(
            String.format(
                Locale.ROOT,
                " read=%.3f mean_wall=%.3f",
                reads.stream().mapToDouble(Double::doubleValue).sum() / repeat,
                walls.stream().mapToDouble(Double::doubleValue).sum() / repeat));
        items = counts[0] + counts[1];
        extra = " accepted=" + counts[0] + " rejected=" + counts[1] + stages;
        checkSameAsPipeline(counts);
      }
      default -> {
        usage("unknown mode " + mode);
        return;
      }
    }
    double[] sorted = walls.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    if (sorted.length % 2 == 0) {
      median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT mode=%s threads=%d items=%d wall=%.3f walls=%s warmups=%s rss_mb=%d%s%n",
        mode,
        threads,
        items,
        median,
        joined(walls),
        warmups.isEmpty() ? "none" : joined(warmups),
        peakRssKb() / 1024,
        extra);
    // DuckDB's and the pool's threads must not keep the JVM alive.
    System.exit(0);
  }

  /**
   * Baseline (a): the file streamed in 64 KiB blocks, every line parsed by Jackson into a tree, the
   * text touched. Returns {items, text bytes}.
   */
  private static long[] jackson() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long items = 0;
    long textBytes = 0;
    byte[] block = new byte[1 << 16];
    byte[] line = new byte[1 << 16];
    int lineLength = 0;
    try (InputStream in = Files.newInputStream(corpus)) {
      for (int n = in.read(block); ; n = in.read(block)) {
        int from = 0;
        for (int i = 0; i < Math.max(n, 0); i++) {
          if (block[i] == '\n') {
            line = append(line, lineLength, block, from, i - from);
            lineLength += i - from;
            if (lineLength > 0) {
              textBytes += touchText(mapper.readTree(line, 0, lineLength));
              items++;
            }
            lineLength = 0;
            from = i + 1;
          }
        }
        if (n < 0) {
          if (lineLength > 0) {
            textBytes += touchText(mapper.readTree(line, 0, lineLength));
            items++;
          }
          break;
        }
        line = append(line, lineLength, block, from, n - from);
        lineLength += n - from;
      }
    }
    return new long[] {items, textBytes};
  }

  private static byte[] append(byte[] line, int length, byte[] block, int from, int count) {
    byte[] target = line;
    if (length + count > target.length) {
      target = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(block, from, target, length, count);
    return target;
  }

  private static long touchText(JsonNode node) {
    return utf8Length(node.path("text").asText(""));
  }

  /** Bytes of {@code text} in UTF-8, computed by touching every character. */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Baseline (b): DuckDB's own newline-delimited JSON load. Returns the rows loaded. */
  private static long duckdbLoad(Path file) throws SQLException {
    Properties settings = new Properties();
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "false");
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), settings);
        Statement statement = connection.createStatement()) {
      String path = corpus.toAbsolutePath().toString().replace("'", "''");
      statement.execute(
          "CREATE TABLE t AS SELECT * FROM read_json('"
              + path
              + "', format = 'newline_delimited')");
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static DocumentPipeline buildPipeline() {
    long start = System.nanoTime();
    DocumentPipeline pipeline = StandardComponents.pipeline();
    System.err.printf(Locale.ROOT, "pipeline built in %.2f s (not counted)%n", seconds(start));
    return pipeline;
  }

  private static RunReport ingest(Path file, DocumentPipeline pipeline) {
    try (Database database = Database.open(file)) {
      return new IngestJob(
              database,
              StandardComponents.reader(ReadOptions.DEFAULTS, () -> System.in),
              pipeline,
              threads,
              Progress.NONE)
          .ingest(List.of(corpus.toString()));
    }
  }

  private static String reportFields(RunReport report) {
    return " stored="
        + report.stored()
        + " duplicates="
        + report.duplicates()
        + " quarantined="
        + report.count(Disposition.QUARANTINED)
        + " unchanged="
        + report.count(Disposition.UNCHANGED);
  }

  private record Pending(CompletableFuture<Outcome> outcome) {}

  private static final Pending END = new Pending(null);

  /**
   * Reader thread, {@code threads} workers and an in-order consumer on the calling thread, with the
   * same bounded queue as {@link IngestJob}, but nothing is stored. Returns {accepted, rejected}.
   */
  private static long[] pipelineOnly(DocumentPipeline pipeline) throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 64);
    ItemReader sources = StandardComponents.reader(ReadOptions.DEFAULTS, () -> System.in);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                sources.read(
                    corpus.toString(),
                    new ItemSink() {
                      @Override
                      public void accept(SourceItem item) {
                        put(
                            queue,
                            new Pending(
                                CompletableFuture.supplyAsync(
                                    () -> pipeline.process(item), workers)));
                      }

                      @Override
                      public void reject(Rejection rejection) {
                        put(
                            queue,
                            new Pending(
                                CompletableFuture.completedFuture(
                                    new Outcome.Rejected(rejection))));
                      }
                    });
              } catch (RuntimeException | Error e) {
                failure.set(e);
              } finally {
                put(queue, END);
              }
            },
            "bench-read");
    long accepted = 0;
    long rejected = 0;
    try {
      reader.start();
      for (Pending pending = queue.take(); pending != END; pending = queue.take()) {
        if (pending.outcome().join() instanceof Outcome.Accepted) {
          accepted++;
        } else {
          rejected++;
        }
      }
      reader.join();
    } finally {
      workers.shutdownNow();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("reader failed", failure.get());
    }
    return new long[] {accepted, rejected};
  }

  private static void put(BlockingQueue<Pending> queue, Pending pending) {
    try {
      queue.put(pending);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reader and timed pipeline on the calling thread. Returns {accepted, rejected}. */
  private static long[] stages(TimedPipeline timed) {
    long[] readRejected = {0};
    StandardComponents.reader(ReadOptions.DEFAULTS, () -> System.in)
        .read(
            corpus.toString(),
            new ItemSink() {
              @Override
              public void accept(SourceItem item) {
                timed.process(item);
              }

              @Override
              public void reject(Rejection rejection) {
                readRejected[0]++;
              }
            });
    return new long[] {timed.accepted, timed.rejected + readRejected[0]};
  }

  /** The timed copy of the pipeline must decide as the real one does. */
  private static void checkSameAsPipeline(long[] counts) throws InterruptedException {
    threads = 1;
    long[] real = pipelineOnly(StandardComponents.pipeline());
    if (!Arrays.equals(real, counts)) {
      throw new IllegalStateException(
          "timed pipeline accepted/rejected "
              + Arrays.toString(counts)
              + " but DocumentPipeline "
              + Arrays.toString(real)
              + ": a step timer must not change what the pipeline decides");
    }
  }

  private static Path freshDatabase(String name) throws IOException {
    Path file = work.resolve(name + ".duckdb");
    deleteDatabase(file);
    return file;
  }

  private static void deleteDatabase(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
  }

  /** Peak resident set size of this process in KiB, from {@code /proc/self/status}; -1 if none. */
  private static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | UncheckedIOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Keeps a run's wall time: the first {@code warmup} runs apart, as warm-up. */
  private static void record(int run, double wall) {
    (run < warmup ? warmups : walls).add(wall);
  }

  private static String joined(List<Double> values) {
    StringBuilder all = new StringBuilder();
    for (double value : values) {
      all.append(all.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", value));
    }
    return all.toString();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static <T> T usage(String message) {
    System.err.println("IngestBenchmark: " + message);
    System.exit(2);
    return null;
  }
}
