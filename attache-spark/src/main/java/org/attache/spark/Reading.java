package org.attache.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads every unit into processed items: files and manifest folders one task each, Parquet files by
 * Spark with the article columns {@link #COLUMNS} (absent ones are null), each row numbered in file
 * order and read as a JSON line.
 */
final class Reading {
  /** The article columns a Parquet input may have, named as in JSON Lines inputs. */
  static final List<String> COLUMNS =
      List.of("id", "url", "source", "published", "title", "text", "html");

  private Reading() {}

  static JavaRDD<Processed> read(
      SparkSession spark, JavaSparkContext context, List<InputUnit> units, UnitReader reader) {
    List<InputUnit> files =
        units.stream().filter(unit -> unit.kind() != InputUnit.Kind.PARQUET).toList();
    JavaRDD<Processed> read =
        context
            .parallelize(files, Math.max(1, files.size()))
            .flatMap(unit -> reader.read(unit).iterator());
    for (InputUnit unit : units) {
      if (unit.kind() == InputUnit.Kind.PARQUET) {
        read = read.union(parquet(spark, unit));
      }
    }
    return read;
  }

  private static JavaRDD<Processed> parquet(SparkSession spark, InputUnit unit) {
    Dataset<Row> rows = spark.read().parquet(unit.path());
    List<String> present = List.of(rows.columns());
    Column[] columns =
        COLUMNS.stream()
            .map(
                name ->
                    present.contains(name)
                        ? functions.col(name).cast("string").as(name)
                        : functions.lit(null).cast("string").as(name))
            .toArray(Column[]::new);
    return rows.select(columns)
        .toJSON()
        .javaRDD()
        .zipWithIndex()
        .flatMap(row -> UnitReader.row(unit, row._2(), row._1()).iterator());
  }
}
