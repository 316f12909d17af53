package org.attache.spark;

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
  private final SparkSession spark;
  private final String folder;

  Output(SparkSession spark, String folder) {
    this.spark = spark;
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  /** Writes {@code rows} as table {@code name}; returns the number of rows written. */
  long write(String name, StructType schema, JavaRDD<Row> rows) {
    Dataset<Row> table = spark.createDataFrame(rows, schema);
    table.write().mode(SaveMode.Overwrite).parquet(folder + name);
    return spark.read().parquet(folder + name).count();
  }
}
