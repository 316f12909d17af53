package org.attache.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark row of {@code bench/end-to-end}: the job on {@code local[2]} in this JVM, first on the
 * warm-up documents (models load, code compiles), then timed on the sample. Prints one {@code
 * RESULT} line: wall seconds, process CPU seconds (Spark's own work included: the job's analysis
 * cannot be timed apart from it), and peak RSS. Not a test.
 *
 * <pre>SparkBenchmark SAMPLE.jsonl WARM.jsonl WORK_DIR ANALYSIS_THREADS</pre>
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path sample = Path.of(args[0]);
    Path warm = Path.of(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]));
    String threads = args[3];
    SparkSession spark = LocalSpark.start();
    try {
      run(spark, warm, work.resolve("spark-warm"), threads);
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      long began = System.nanoTime();
      AttacheJob.Summary summary = run(spark, sample, work.resolve("spark-sample"), threads);
      double wall = (System.nanoTime() - began) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "RESULT mode=spark threads=2 copies=1 documents=%d wall=%.3f cpu=%.3f annotate_cpu=%.3f"
              + " actors_cpu=0 events_cpu=0 mentions=%d fused=%d rss_mb=%d%n",
          summary.documents(),
          wall,
          cpuSeconds,
          cpuSeconds,
          summary.mentions(),
          summary.events(),
          peakResidentKb() / 1024);
    } finally {
      spark.stop();
    }
  }

  private static AttacheJob.Summary run(
      SparkSession spark, Path input, Path output, String threads) {
    return AttacheJob.run(
        spark,
        JobOptions.parse(
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--analysis-threads",
            threads));
  }

  private static long peakResidentKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
