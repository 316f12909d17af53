package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.nlp.JitCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache actors DOC} on the example corpus, with real CoreNLP models. */
class ActorsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private List<JsonNode> actors(String db, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("actors", "--db", db, "--format", "jsonl"));
    args.addAll(List.of(extra));
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  @Test
  void actorsOfAnExampleArticleComeWithCountrySectorAndReason() throws Exception {
    String db = folder.resolve("actors.duckdb").toString();
    CliRun.run("ingest", "--db", db, CliRun.HOME.resolve("examples/articles").toString());
    List<JsonNode> rows = actors(db, "ex-art-01");

    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.get("text").asText())
                  .isEqualTo("Belarusian Foreign Minister Sergei Aleinik");
              assertThat(row.get("country").asText()).isEqualTo("BLR");
              assertThat(row.get("sector").asText()).isEqualTo("GOV");
              assertThat(row.get("name").asText()).isEqualTo("Sergei Aleinik");
            });
    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.get("text").asText())
                  .isEqualTo("Foreign Minister Bilawal Bhutto Zardari");
              assertThat(row.get("country").asText()).isEqualTo("PAK");
            });
    // "the Foreign Office" in a story datelined Islamabad is Pakistan's.
    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.get("text").asText()).isEqualTo("Foreign Office");
              assertThat(row.get("country").asText()).isEqualTo("PAK");
            });
    for (JsonNode row : rows) {
      assertThat(row.get("reason").asText()).isNotBlank();
      assertThat(row.get("end").asInt()).isGreaterThan(row.get("start").asInt());
    }

    // A user's table overrides the bundled one: here Aleinik is recorded under another name.
    Path mine = folder.resolve("leaders.tsv");
    Files.writeString(
        mine,
        "# table: leaders\n"
            + "name\taliases\tcountry\ttitle\tsector\tstart\tend\n"
            + "Sergei Aleinik\tAleinik|Siarhei Aleinik\tBLR\tForeign Minister\tGOV\t2022-12-13\t\n");
    assertThat(actors(db, "ex-art-01", "--knowledge", mine.toString())).isNotEmpty();
  }

  @Test
  void nonEnglishAndUnknownDocumentsAreOneLineErrors() {
    String db = folder.resolve("fr.duckdb").toString();
    CliRun.run("ingest", "--db", db, CliRun.HOME.resolve("examples/articles").toString());
    CliRun french = CliRun.run("actors", "--db", db, "ex-art-06");
    assertThat(french.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(french.err())
        .startsWith("attache: document ex-art-06 is not analysed: its language is fr");
    CliRun missing = CliRun.run("actors", "--db", db, "ex-art-01", "--knowledge", "nope.tsv");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).startsWith("attache: knowledge file not found: nope.tsv");
  }

  @Test
  void analyseStoresWhatActorsShowsAndTheStoredRowsEqualAFreshResolution() throws Exception {
    String db = folder.resolve("analysed.duckdb").toString();
    CliRun.run("ingest", "--db", db, CliRun.HOME.resolve("examples/articles").toString());
    List<JsonNode> fresh = actors(db, "ex-art-02");

    CliRun analyse = CliRun.run("analyse", "--db", db, "--threads", "2");
    assertThat(analyse.exitCode()).as(analyse.err()).isZero();
    assertThat(analyse.out()).contains("analysed 5 documents", "0 failed");
    // The test JVM's own compiler setting decides whether analyse warns about it.
    assertThat(analyse.err().contains("-XX:-DontCompileHugeMethods"))
        .as(analyse.err())
        .isEqualTo(JitCheck.warning().isPresent());
    List<JsonNode> stored = actors(db, "ex-art-02");
    assertThat(stored).isNotEmpty().isEqualTo(fresh);
    CliRun docs = CliRun.run("docs", "--db", db, "--format", "jsonl");
    assertThat(docs.out())
        .contains("\"analysis\":\"analysed\"")
        .contains("\"analysis\":\"not_analysed\"");
  }
}
