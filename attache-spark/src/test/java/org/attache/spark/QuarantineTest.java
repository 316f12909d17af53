package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never fails the job: a malformed JSON line and a line without text are quarantined with
 * their reasons, a German article is kept unanalysed (so no language models load), and a second run
 * over the same output writes the same rows once.
 */
class QuarantineTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void badLinesAreQuarantinedAndTheJobSucceedsTwice(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("in.jsonl");
    String german =
        "Die Regierung in Berlin hat am Montag neue Gespräche mit den Ländern über die"
            + " Finanzierung der Schulen angekündigt. Der Minister sagte, man wolle bis zum Sommer"
            + " eine Einigung erzielen, die allen Seiten gerecht werde und die Lehrer entlaste.";
    Files.writeString(
        input,
        "{\"id\": \"de-1\", \"source\": \"Zeitung\", \"published\": \"2024-03-04\", \"text\": \""
            + german
            + "\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"empty\", \"title\": \"no body\"}\n",
        StandardCharsets.UTF_8);
    Path output = folder.resolve("out");
    JobOptions options =
        JobOptions.parse("--input", input.toString(), "--output", output.toString());

    AttacheJob.Summary first = AttacheJob.run(spark, options);
    AttacheJob.Summary second = AttacheJob.run(spark, options);

    assertThat(first).isEqualTo(new AttacheJob.Summary(1, 2, 0, 0)).isEqualTo(second);
    List<Row> quarantine =
        spark
            .read()
            .parquet(output.resolve("quarantine").toString())
            .orderBy("origin")
            .collectAsList();
    assertThat(quarantine)
        .extracting(
            row -> row.getAs("code") + " " + row.<String>getAs("origin").replaceAll("@\\d+$", ""))
        .containsExactly("malformed_json " + input + "#line 2", "no_text " + input + "#line 3");
    Row document = spark.read().parquet(output.resolve("documents").toString()).first();
    assertThat(document.<String>getAs("id")).isEqualTo("de-1");
    assertThat(document.<String>getAs("analysis")).isEqualTo("not_analysed");
  }
}
