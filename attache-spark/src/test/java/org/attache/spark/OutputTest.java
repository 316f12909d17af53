package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables written side by side: each gets its own rows and count, and a failure is reported. */
class OutputTest {
  private static SparkSession spark;
  private static JavaSparkContext context;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    context = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static JavaRDD<Row> duplicates(int count) {
    List<Row> rows =
        java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> RowFactory.create("in.jsonl#" + i, "d" + i, "o" + i, null, "wire"))
            .toList();
    return context.parallelize(rows, 2);
  }

  @Test
  void writesEveryTableWithItsOwnRows(@TempDir Path folder) {
    Map<String, Long> written =
        new Output(spark, folder.toString())
            .writeAll(
                List.of(
                    new Output.Table("first", Tables.DUPLICATE, duplicates(3)),
                    new Output.Table("second", Tables.DUPLICATE, duplicates(0)),
                    new Output.Table("third", Tables.DUPLICATE, duplicates(40))));

    assertThat(written)
        .containsExactly(Map.entry("first", 3L), Map.entry("second", 0L), Map.entry("third", 40L));
    assertThat(spark.read().parquet(folder.resolve("third").toString()).select("id").count())
        .isEqualTo(40);
    assertThat(
            spark
                .read()
                .parquet(folder.resolve("first").toString())
                .orderBy("id")
                .first()
                .<String>getAs("original_id"))
        .isEqualTo("o0");
  }

  @Test
  void aFailedTableFailsTheWriteAfterTheOthersAreWritten(@TempDir Path folder) {
    JavaRDD<Row> failing =
        duplicates(4)
            .map(
                row -> {
                  throw new IllegalStateException("row " + row.getString(1) + " cannot be made");
                });

    assertThatThrownBy(
            () ->
                new Output(spark, folder.toString())
                    .writeAll(
                        List.of(
                            new Output.Table("broken", Tables.DUPLICATE, failing),
                            new Output.Table("fine", Tables.DUPLICATE, duplicates(5)))))
        .hasStackTraceContaining("cannot be made");
    assertThat(spark.read().parquet(folder.resolve("fine").toString()).count()).isEqualTo(5);
  }
}
