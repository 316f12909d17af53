package org.attache.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the job's tables as Parquet, each in its own folder under the output folder, replacing
 * what a previous run wrote there. Spark's commit protocol publishes a task's files only when the
 * task succeeds, so retried tasks leave no duplicate rows.
 */
final class Output {
  /** One table to write: its folder's name, its columns and its rows. */
  record Table(String name, StructType schema, JavaRDD<Row> rows) {}

  private final SparkSession spark;
  private final String folder;

  Output(SparkSession spark, String folder) {
    this.spark = spark;
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  /**
   * Writes the tables side by side, each from a driver thread of its own, and returns the rows
   * written by table name, in the order given. A table is a few short Spark jobs (the write, two
   * commit steps, the count read back), each planned on the driver; side by side, one table's
   * planning overlaps another's jobs (on 600 documents on local[2], 4.0-5.5 s of writing against
   * 5.6-6.5 s one after another; docs/benchmarks.md). If a write fails, the others still finish and
   * the first failure is thrown, with the later ones suppressed.
   */
  Map<String, Long> writeAll(List<Table> tables) {
    ExecutorService threads = Executors.daemons(Math.max(1, tables.size()), "attache-output");
    try {
      List<Future<Long>> writes = new ArrayList<>();
      for (Table table : tables) {
        writes.add(threads.submit(() -> write(table)));
      }
      Map<String, Long> written = new LinkedHashMap<>();
      RuntimeException failure = null;
      for (int i = 0; i < tables.size(); i++) {
        try {
          written.put(tables.get(i).name(), writes.get(i).get());
        } catch (ExecutionException e) {
          RuntimeException cause =
              e.getCause() instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException(
                      "writing table " + tables.get(i).name() + " failed", e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          writes.forEach(write -> write.cancel(true));
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return written;
    } finally {
      threads.shutdown();
    }
  }

  /** Writes one table; returns the number of rows written, read back from the written files. */
  private long write(Table table) {
    Dataset<Row> rows = spark.createDataFrame(table.rows(), table.schema());
    rows.write().mode(SaveMode.Overwrite).parquet(folder + table.name());
    return spark.read().parquet(folder + table.name()).count();
  }
}
