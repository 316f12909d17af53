package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.SoftAssertions;
import org.attache.actor.ActorKnowledge;
import org.attache.app.AnalysisJob;
import org.attache.app.IngestJob;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.coding.PredicateLexicon;
import org.attache.ingest.ReadOptions;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.store.Database;
import org.attache.store.EventExport;
import org.attache.store.EventFilter;
import org.attache.store.ParquetImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the command line give the same store on the same input: ../shared/seeds and a
 * sample of the AFP/Xinhua newswire, with an exact duplicate and a malformed line added. The job
 * runs on local[2]; its output is imported (twice: the second import changes nothing) and every
 * table is compared row by row. Also reads the command line's Parquet export with Spark.
 */
class SparkEqualityIT {
  private static final int SAMPLE = 20;

  /** Each query's rows, as text, must be equal in both stores. */
  private static final List<String> QUERIES =
      List.of(
          "SELECT id, analysis, near_duplicate_of, near_duplicate_distance, content_hash, origin,"
              + " published, language FROM documents ORDER BY id",
          "SELECT origin, id, original_id FROM duplicates ORDER BY origin",
          "SELECT origin, stage, code, reason FROM quarantine ORDER BY origin",
          "SELECT document_id, config, md5(annotation) FROM annotations ORDER BY document_id",
          "SELECT * FROM actor_mentions ORDER BY document_id, ordinal",
          "SELECT * FROM event_mentions ORDER BY id",
          "SELECT * FROM events ORDER BY id",
          "SELECT * FROM event_merges ORDER BY event_id, mention_id");

  @Test
  void sparkAndCommandLineStoreTheSameEvents(@TempDir Path folder) throws Exception {
    List<String> inputs = inputs(folder);
    Path cliStore = folder.resolve("cli.duckdb");
    try (Database db = Database.open(cliStore)) {
      new IngestJob(
              db,
              StandardComponents.reader(ReadOptions.DEFAULTS, InputStream::nullInputStream),
              StandardComponents.pipeline(),
              1,
              Progress.NONE)
          .ingest(inputs);
      ActorKnowledge knowledge = ActorKnowledge.bundled();
      new AnalysisJob(
              db,
              new CoreNlpAnnotator(Executors.NLP),
              Executors.NLP.name(),
              knowledge,
              StandardComponents.eventCoding(knowledge, PredicateLexicon.bundled()),
              1)
          .run(report -> {});
    }
    Path output = folder.resolve("spark");
    SparkSession spark = LocalSpark.start();
    try {
      List<String> args = new ArrayList<>(List.of("--input"));
      args.addAll(inputs);
      args.addAll(List.of("--output", output.toString()));
      AttacheJob.run(spark, JobOptions.parse(args.toArray(String[]::new)));
      Path sparkStore = folder.resolve("spark.duckdb");
      try (Database cli = Database.open(cliStore);
          Database imported = Database.open(sparkStore)) {
        new ParquetImport(imported).load(output);
        List<List<String>> once = tables(imported);
        new ParquetImport(imported).load(output);
        assertThat(tables(imported)).isEqualTo(once);
        List<List<String>> expected = tables(cli);
        assertThat(expected.get(0)).hasSizeGreaterThan(SAMPLE);
        assertThat(expected.get(1)).as("duplicates").hasSize(1);
        assertThat(expected.get(6)).as("events").isNotEmpty();
        dumpDifferentAnnotations(cli, imported);
        SoftAssertions tablesEqual = new SoftAssertions();
        for (int i = 0; i < QUERIES.size(); i++) {
          tablesEqual.assertThat(once.get(i)).as(QUERIES.get(i)).isEqualTo(expected.get(i));
        }
        tablesEqual.assertAll();
        Path export = folder.resolve("events.parquet");
        long rows = new EventExport(cli).parquet(EventFilter.all(), false, export);
        Dataset<Row> read = spark.read().parquet(export.toString());
        assertThat(read.count()).isEqualTo(rows).isEqualTo(expected.get(6).size());
        assertThat(read.columns()).contains("event_id", "cameo_code", "date_start");
        assertThat(read.select("event_id").orderBy("event_id").collectAsList())
            .extracting(row -> row.getString(0))
            .containsExactlyElementsOf(
                expected.get(6).stream().map(row -> row.substring(1, row.indexOf(','))).toList());
      }
    } finally {
      spark.stop();
    }
  }

  /** ../shared/seeds and a sample file: every 120th newswire line, a duplicate, a bad line. */
  private static List<String> inputs(Path folder) throws Exception {
    Path shared = Path.of(System.getProperty("attache.shared", "../../shared"));
    Path seeds = shared.resolve("seeds");
    Path newswire = shared.resolve("corpora/newswire-afp-xinhua.jsonl");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(newswire), "../shared is absent");
    List<String> lines = Files.readAllLines(newswire, StandardCharsets.UTF_8);
    List<String> sample = new ArrayList<>();
    for (int i = 0; sample.size() < SAMPLE && i < lines.size(); i += 120) {
      sample.add(lines.get(i));
    }
    sample.add(sample.get(0).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"copy-of-first\""));
    sample.add("{\"id\": \"broken\", \"text\": ");
    Path file = folder.resolve("sample.jsonl");
    Files.write(file, sample, StandardCharsets.UTF_8);
    return List.of(seeds.toAbsolutePath().normalize().toString(), file.toString());
  }

  /** Writes annotations that differ to target/spark-it/, to see where the analyses part. */
  private static void dumpDifferentAnnotations(Database cli, Database imported) throws Exception {
    Path dump = Path.of("target/spark-it");
    if (Files.isDirectory(dump)) {
      try (var old = Files.list(dump)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dump);
    String query = "SELECT document_id, annotation FROM annotations ORDER BY document_id";
    List<String> left = column(cli, query);
    List<String> right = column(imported, query);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      if (!left.get(i).equals(right.get(i))) {
        Files.writeString(dump.resolve(i + "-cli.json"), left.get(i));
        Files.writeString(dump.resolve(i + "-spark.json"), right.get(i));
      }
    }
  }

  private static List<String> column(Database database, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = database.connection().createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getString(1) + "\n" + result.getString(2));
      }
    }
    return values;
  }

  private static List<List<String>> tables(Database database) throws SQLException {
    List<List<String>> tables = new ArrayList<>();
    for (String query : QUERIES) {
      List<String> rows = new ArrayList<>();
      try (Statement statement = database.connection().createStatement();
          ResultSet result = statement.executeQuery(query)) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder("[");
          for (int column = 1; column <= columns; column++) {
            row.append(column > 1 ? "," : "").append(result.getString(column));
          }
          rows.add(row.append(']').toString());
        }
      }
      tables.add(rows);
    }
    return tables;
  }
}
