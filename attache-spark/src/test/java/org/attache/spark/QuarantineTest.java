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
  private static final String GERMAN =
      "Die Regierung in Berlin hat am Montag neue Gespräche mit den Ländern über die"
          + " Finanzierung der Schulen angekündigt. Der Minister sagte, man wolle bis zum Sommer"
          + " eine Einigung erzielen, die allen Seiten gerecht werde und die Lehrer entlaste.";

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
  void parquetRowsAreReadAsJsonLinesAre(@TempDir Path folder) {
    Path input = folder.resolve("articles.parquet");
    spark
        .sql(
            "SELECT * FROM VALUES ('de-2', 'https://zeitung.example/1', 'Zeitung',"
                + " DATE'2024-03-05', 'Schulen', '"
                + GERMAN
                + "', 7), ('leer', NULL, 'Zeitung', NULL, 'ohne Text', NULL, 8)"
                + " AS t(id, url, source, published, title, text, extra)")
        .coalesce(1)
        .write()
        .parquet(input.toString());
    Path output = folder.resolve("out");

    AttacheJob.Summary summary =
        AttacheJob.run(
            spark, JobOptions.parse("--input", input.toString(), "--output", output.toString()));

    assertThat(summary).isEqualTo(new AttacheJob.Summary(1, 1, 0, 0));
    Row document = spark.read().parquet(output.resolve("documents").toString()).first();
    assertThat(document.<String>getAs("id")).isEqualTo("de-2");
    assertThat(document.<String>getAs("url")).isEqualTo("https://zeitung.example/1");
    assertThat(document.<java.sql.Date>getAs("published")).hasToString("2024-03-05");
    assertThat(document.<String>getAs("origin")).endsWith("#row 1");
    Row quarantined = spark.read().parquet(output.resolve("quarantine").toString()).first();
    assertThat(quarantined.<String>getAs("code")).isEqualTo("no_text");
    assertThat(quarantined.<String>getAs("origin")).endsWith("#row 2");
  }

  @Test
  void badLinesAreQuarantinedAndTheJobSucceedsTwice(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("in.jsonl");
    String german = GERMAN;
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
