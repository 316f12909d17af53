package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache export} in every format on hand-coded events ({@link RelationsFixture}): the same
 * events as {@code attache events}, stable order, flat columns, Parquet read back by DuckDB, the
 * 61-field GDELT layout, mentions, filters and one-line errors; and the quality counters of {@code
 * attache stats}.
 */
class ExportCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private String db;

  @BeforeEach
  void store() throws Exception {
    db = RelationsFixture.store(folder).db;
  }

  private List<String> export(String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--db", db));
    all.addAll(List.of(args));
    CliRun run = CliRun.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  @Test
  void jsonlHoldsTheEventRecordsInIdOrder() throws Exception {
    List<String> lines = export("--format", "jsonl");
    assertThat(lines).hasSize(5);
    Set<String> listed =
        new HashSet<>(CliRun.run("events", "--db", db, "--format", "jsonl").out().lines().toList());
    assertThat(new HashSet<>(lines)).isEqualTo(listed);
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertThat(ids).isSorted();
    assertThat(export("--format", "jsonl")).isEqualTo(lines);
    assertThat(export("--format", "jsonl", "--dyad", "PAK,BLR")).hasSize(4);
    assertThat(export("--format", "jsonl", "--actor", "USA", "--from", "2022-01-01")).hasSize(1);
  }

  @Test
  void jsonlMentionsCarryTheirEvent() throws Exception {
    List<String> lines = export("--format", "jsonl", "--mentions", "--type", "consult");
    assertThat(lines).hasSize(2);
    JsonNode mention = JSON.readTree(lines.get(0));
    assertThat(mention.get("id").asText()).startsWith("mn-");
    assertThat(mention.get("event_id").asText()).startsWith("ev-");
    assertThat(mention.at("/mention/type/code").asText()).startsWith("04");
    assertThat(mention.get("doc").asText()).isNotBlank();
  }

  @Test
  void csvHasFlatColumnsAndQuotesValues() {
    List<String> lines = export("--format", "csv", "--dyad", "BLR,PAK");
    assertThat(lines.get(0))
        .startsWith("event_id,date_start,date_end,date_precision,date_basis,cameo_code")
        .endsWith("mentions,sources,first_document");
    String text = String.join("\n", lines);
    assertThat(text).contains(",042,04,Make a visit,1,1.9,CONSULT,").contains("\"PAK GOV *Bad*");
    assertThat(text).contains(",PAK;BLR,,PAK; BLR,,occurred,");
  }

  @Test
  void csvMentionsHaveSpans() {
    List<String> lines = export("--format", "csv", "--mentions", "--code", "042");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("mention_id,event_id,document_id,source,url,published,sentence,")
        .contains("actor_countries,actor_spans,recipient_countries,recipient_spans");
    assertThat(lines.get(1)).matches(".*,BLR,\\d+-\\d+,PAK,\\d+-\\d+,2023-05-30,2023-05-30,.*");
    assertThat(export("--format", "csv", "--actor", "XYZ")).hasSize(1);
  }

  @Test
  void parquetOpensInDuckDbWithPlainTypes() throws Exception {
    Path events = folder.resolve("events.parquet");
    Path mentions = folder.resolve("mentions.parquet");
    export("--format", "parquet", "--output", events.toString());
    export("--format", "parquet", "--mentions", "--actor", "USA", "--output", mentions.toString());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      ResultSet count =
          sql.executeQuery("SELECT count(*), min(cameo_code) FROM read_parquet('" + events + "')");
      count.next();
      assertThat(count.getLong(1)).isEqualTo(5);
      assertThat(count.getString(2)).isEqualTo("042");
      for (Path file : List.of(events, mentions)) {
        ResultSet types = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')");
        while (types.next()) {
          assertThat(types.getString("column_type"))
              .as(types.getString("column_name"))
              .isIn("VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "DATE");
        }
      }
      ResultSet usa =
          sql.executeQuery(
              "SELECT actor_countries, date_start FROM read_parquet('" + mentions + "')");
      assertThat(usa.next()).isTrue();
      assertThat(usa.getString(1)).isEqualTo("USA");
      assertThat(usa.getString(2)).isEqualTo("2022-06-01");
      assertThat(usa.next()).isFalse();
    }
  }

  /**
   * pandas reads Parquet through pyarrow (or fastparquet); where a python3 has both pandas and one
   * of them, the export must open there too. Skipped elsewhere: Debian 12 packages pandas but
   * neither engine, and the build machine reaches no PyPI.
   */
  @Test
  void parquetOpensInPandasWhereItIsInstalled() throws Exception {
    Assumptions.assumeTrue(
        python(
                    "import pandas, importlib.util as u; import sys;"
                        + " sys.exit(0 if u.find_spec('pyarrow') or u.find_spec('fastparquet') else 1)")
                .exitValue()
            == 0,
        "python3 with pandas and pyarrow or fastparquet not found");
    Path events = folder.resolve("pandas.parquet");
    export("--format", "parquet", "--output", events.toString());
    Process read =
        python(
            "import pandas, sys; frame = pandas.read_parquet(sys.argv[1]);"
                + " print(len(frame), frame['cameo_code'].min(), frame['date_start'].notna().sum())",
            events.toString());
    String out = new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(read.exitValue()).as(out).isZero();
    assertThat(out).startsWith("5 042 ");
  }

  private static Process python(String script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", "-c", script));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("python3 not found: " + e.getMessage());
      throw e;
    }
    process.waitFor();
    return process;
  }

  @Test
  void gdeltLinesHave61Fields() {
    List<String> lines = export("--format", "gdelt");
    assertThat(lines).hasSize(5);
    String[] visit = null;
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      assertThat(fields).hasSize(61);
      assertThat(fields[0]).matches("\\d+");
      if (fields[26].equals("042")) {
        visit = fields;
      }
    }
    assertThat(visit).isNotNull();
    assertThat(visit[1]).isEqualTo("20230530");
    assertThat(visit[2]).isEqualTo("202305");
    assertThat(visit[5]).isEqualTo("BLRGOV");
    assertThat(visit[6]).isEqualTo("Sergei Aleinik");
    assertThat(visit[7]).isEqualTo("BLR");
    assertThat(visit[12]).isEqualTo("GOV");
    assertThat(visit[15]).isEqualTo("PAKGOV");
    assertThat(visit[27]).isEqualTo("042");
    assertThat(visit[28]).isEqualTo("04");
    assertThat(visit[29]).isEqualTo("1");
    assertThat(visit[30]).isEqualTo("1.9");
    assertThat(visit[31]).isEqualTo("1");
    assertThat(visit[51]).isEqualTo("4");
    assertThat(visit[52]).isEqualTo("Islamabad, Pakistan");
    assertThat(visit[53]).isEqualTo("PAK");
    assertThat(visit[56]).isEqualTo("1.5");
    assertThat(visit[57]).isEqualTo("2.5");
    assertThat(String.join("\n", lines)).doesNotContain("\u202e").doesNotContain("\u0007");
  }

  @Test
  void badArgumentsGiveOneLineErrors() {
    assertOneLine(
        CliRun.run("export", "--db", db, "--format", "gdelt", "--mentions"),
        "attache: --mentions has no GDELT layout");
    assertOneLine(
        CliRun.run("export", "--db", db, "--format", "parquet"),
        "attache: --format parquet needs --output");
    assertOneLine(
        CliRun.run("export", "--db", db, "--format", "csv", "--dyad", "BLR"),
        "attache: --dyad needs two codes");
    CliRun unknown = CliRun.run("export", "--db", db, "--format", "xml");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknown.err()).startsWith("attache: Invalid value for option '--format'");
    assertThat(CliRun.run("export", "--db", db).err())
        .startsWith("attache: Missing required option: '--format=FORMAT'");
  }

  @Test
  void statsCountEventsMentionsSentencesAndDates() throws Exception {
    CliRun stats = CliRun.run("stats", "--db", db, "--format", "jsonl");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    List<String> rows = new ArrayList<>();
    for (String line : stats.out().lines().toList()) {
      JsonNode row = JSON.readTree(line);
      rows.add(
          row.get("section").asText() + "/" + row.get("key").asText() + "=" + row.get("value"));
    }
    assertThat(rows)
        .contains(
            "documents/total=1",
            "events/total=5",
            "events/mentions=5",
            "events/mentions per event=1.0",
            "events/duplicate share=0.0",
            "events/one-sentence share=0.4",
            "event date basis/explicit=0.4",
            "event date basis/relative=0.2",
            "event date basis/publication=0.2",
            "event date basis/none=0.2",
            "source mentions/unknown=5",
            "source events/unknown=5");
  }

  private static void assertOneLine(CliRun run, String prefix) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).startsWith(prefix).doesNotContain("\n");
  }
}
