package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command through picocli, as a user calls it: output, formats, errors and exit codes. */
class CommandLineIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private String db() {
    return folder.resolve("test.duckdb").toString();
  }

  private Path write(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A database with one document ingested, for commands that need an existing store. */
  private String ingestedDb() throws Exception {
    if (!Files.exists(Path.of(db()))) {
      Path article =
          write("one/article.txt", "Headline\n\nPakistan and Belarus signed agreements.\n");
      assertThat(CliRun.run("ingest", "--db", db(), article.toString()).exitCode()).isZero();
    }
    return db();
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void helpIsAvailableForEveryCommand() {
    for (String command :
        List.of(
            "ingest",
            "docs",
            "stats",
            "quarantine",
            "demo",
            "analyse",
            "actors",
            "events",
            "explain",
            "brief",
            "export",
            "import",
            "serve")) {
      CliRun run = CliRun.run(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: attache " + command);
    }
    assertThat(CliRun.run("--help").out())
        .contains(
            "ingest",
            "docs",
            "stats",
            "quarantine",
            "demo",
            "analyse",
            "actors",
            "events",
            "explain",
            "brief",
            "export",
            "import");
  }

  @Test
  void analysisCommandsHaveHelpAndOneLineUsageErrors() throws Exception {
    for (String command : List.of("analyse", "actors", "events", "explain")) {
      CliRun run = CliRun.run(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: attache " + command);
    }
    CliRun noDatabase = CliRun.run("analyse", "--db", folder.resolve("none.duckdb").toString());
    assertThat(noDatabase.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(noDatabase.err().strip())
        .startsWith("attache: no database at ")
        .doesNotContain("\n");
    CliRun badThreads = CliRun.run("analyse", "--threads", "0", "--db", db());
    assertThat(badThreads.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(badThreads.err().strip()).isEqualTo("attache: --threads must be at least 1: 0");
    CliRun noLexicon =
        CliRun.run("analyse", "--recode", "--lexicon", "missing.tsv", "--db", ingestedDb());
    assertThat(noLexicon.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(noLexicon.err().strip()).isEqualTo("attache: lexicon file not found: missing.tsv");
    Path bad = write("bad-lexicon.tsv", "# table: predicates\nvisit-again\tvisit\tverb\t999\n");
    CliRun badLexicon =
        CliRun.run("analyse", "--recode", "--lexicon", bad.toString(), "--db", ingestedDb());
    assertThat(badLexicon.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(badLexicon.err().strip()).startsWith("attache: " + bad).doesNotContain("\n");
    CliRun noDocument = CliRun.run("actors", "--db", db());
    assertThat(noDocument.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(noDocument.err()).startsWith("attache: Missing required parameter: 'DOC'");
  }

  @Test
  void ingestReportsBalancedCountsAndIsIdempotent() throws Exception {
    Path article =
        write(
            "news/visit.txt",
            "Minister visits capital\n\nThe foreign minister of Belarus arrived in Islamabad on"
                + " Tuesday for talks with his Pakistani counterpart on trade, education and"
                + " regional security, officials said. Both sides agreed to meet again next year"
                + " and to prepare a roadmap for cooperation in agriculture and industry.\n");
    CliRun first = CliRun.run("ingest", "--db", db(), article.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("read 1 = stored 1", "quarantined 0");
    String id =
        jsonLines(CliRun.run("docs", "--db", db(), "--format", "jsonl").out())
            .get(0)
            .get("id")
            .asText();
    JsonNode stored =
        jsonLines(CliRun.run("docs", id, "--db", db(), "--format", "jsonl").out()).get(0);

    CliRun again = CliRun.run("ingest", "--db", db(), article.toString());
    assertThat(again.out()).contains("read 1 = stored 0", "duplicates 1 (unchanged 1");

    Files.writeString(article, Files.readString(article) + "\nA later paragraph was added.\n");
    CliRun changed = CliRun.run("ingest", "--db", db(), article.toString());
    assertThat(changed.out()).contains("read 1 = stored 1", "updated 1");

    List<JsonNode> docs = jsonLines(CliRun.run("docs", "--db", db(), "--format", "jsonl").out());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).get("title").asText()).isEqualTo("Minister visits capital");
    assertThat(docs.get(0).get("language").asText()).isEqualTo("en");
    JsonNode updated =
        jsonLines(CliRun.run("docs", id, "--db", db(), "--format", "jsonl").out()).get(0);
    assertThat(updated.get("text").asText())
        .startsWith(stored.get("text").asText())
        .endsWith("A later paragraph was added.");
    assertThat(updated.get("content_hash")).isNotEqualTo(stored.get("content_hash"));
    assertThat(updated.get("ingested_at")).isEqualTo(stored.get("ingested_at"));
    assertThat(updated.get("updated_at").asText()).isGreaterThan(stored.get("updated_at").asText());
    assertThat(updated.get("analysis").asText()).isEqualTo("pending");
    assertThat(updated.get("date_basis")).isEqualTo(stored.get("date_basis"));
  }

  @Test
  void missingInputIsAOneLineUsageError() {
    CliRun run = CliRun.run("ingest", "--db", db(), folder.resolve("nope.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).startsWith("attache: input not found: ").doesNotContain("\n");
    assertThat(CliRun.run("ingest", "--db", db()).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    CliRun badOption = CliRun.run("ingest", "--threads", "zero", db());
    assertThat(badOption.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(badOption.err()).contains("attache: ", "--threads");
  }

  @Test
  void badItemsAreQuarantinedAndStrictSaysSo() throws Exception {
    Path good =
        write("in/good.txt", "Talks held\n\nThe two ministers held talks in Minsk on trade.\n");
    write("in/empty.txt", "");
    write("in/binary.txt", "\u0000\u0001\u0002binary\u0000\u0000\u0000\u0000\u0000\u0000");
    write(
        "in/broken.jsonl",
        "{\"id\": \"a\", \"text\": \"Talks were held in Minsk on trade.\"}\n{not json\n");
    CliRun run = CliRun.run("ingest", "--strict", "--db", db(), folder.resolve("in").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.QUARANTINED);
    assertThat(run.out()).contains("read 5 = stored 2", "quarantined 3");

    List<JsonNode> quarantined =
        jsonLines(CliRun.run("quarantine", "--db", db(), "--format", "jsonl").out());
    assertThat(quarantined).hasSize(3);
    for (JsonNode entry : quarantined) {
      assertThat(entry.get("reason").asText()).doesNotContain("\n").isNotBlank();
      assertThat(entry.get("stage").asText()).isNotBlank();
    }
    assertThat(quarantined)
        .anySatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("malformed_json"));
    assertThat(quarantined).anySatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("empty"));
    assertThat(quarantined).anySatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("binary"));

    // Without --strict the same run succeeds; the quarantine is not doubled.
    CliRun again = CliRun.run("ingest", "--db", db(), folder.resolve("in").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(jsonLines(CliRun.run("quarantine", "--db", db(), "--format", "jsonl").out()))
        .hasSize(3);
    assertThat(good).exists();
  }

  @Test
  void retryQuarantinedStoresWhatWasFixed() throws Exception {
    Path manifestFolder = folder.resolve("batch");
    write(
        "batch/manifest.jsonl",
        "{\"id\": \"one\", \"path\": \"one.txt\", \"published\": \"2023-05-30\"}\n");
    CliRun first = CliRun.run("ingest", "--db", db(), manifestFolder.toString());
    assertThat(first.out()).contains("quarantined 1");
    write("batch/one.txt", "Ministers meet\n\nThe ministers met in Islamabad on Tuesday.\n");
    CliRun retry = CliRun.run("ingest", "--retry-quarantined", "--db", db());
    assertThat(retry.exitCode()).as(retry.err()).isZero();
    assertThat(retry.out()).contains("stored 1");
    assertThat(jsonLines(CliRun.run("quarantine", "--db", db(), "--format", "jsonl").out()))
        .isEmpty();
    List<JsonNode> docs = jsonLines(CliRun.run("docs", "--db", db(), "--format", "jsonl").out());
    assertThat(docs)
        .singleElement()
        .satisfies(d -> assertThat(d.get("published").asText()).isEqualTo("2023-05-30"));
  }

  @Test
  void standardInputIsAnInput() throws Exception {
    CliRun run =
        CliRun.runWithStdin(
            "{\"id\": \"s1\", \"source\": \"wire\", \"published\": \"2024-11-26\", \"title\": \"Visit\","
                + " \"text\": \"The president arrived in Islamabad for a three-day visit.\"}\n",
            "ingest",
            "--db",
            db(),
            "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("read 1 = stored 1");
  }

  @Test
  void docsShowsOneDocumentAndRejectsUnknownIds() throws Exception {
    Path article =
        write("a.jsonl", "{\"id\": \"x1\", \"title\": \"T\", \"text\": \"Body text here.\"}\n");
    CliRun.run("ingest", "--db", db(), article.toString());
    CliRun shown = CliRun.run("docs", "--db", db(), "x1", "--format", "table");
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).contains("id", "x1", "Body text here.");
    CliRun unknown = CliRun.run("docs", "--db", db(), "nope");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknown.err()).startsWith("attache: no document with id nope");
    CliRun noDatabase = CliRun.run("docs", "--db", folder.resolve("missing.duckdb").toString());
    assertThat(noDatabase.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(noDatabase.err()).startsWith("attache: no database at ");
  }

  @Test
  void listingsComeInEveryFormatAndTablesEscapeControlCharacters() throws Exception {
    Path article =
        write(
            "evil.jsonl",
            "{\"id\": \"e1\", \"title\": \"Red \\u001b[31malert\\u001b[0m, \\u202Eevil\", \"text\":"
                + " \"The text of the article, with a comma.\"}\n");
    CliRun.run("ingest", "--db", db(), article.toString());
    String table = CliRun.run("docs", "--db", db(), "--format", "table").out();
    assertThat(table)
        .doesNotContain("\u001b")
        .doesNotContain("\u202e")
        .contains("\\u001b[31malert");
    String csv = CliRun.run("docs", "--db", db(), "--format", "csv").out();
    assertThat(csv.lines().findFirst()).hasValue(String.join(",", DocsCommand.LIST_COLUMNS));
    JsonNode row = jsonLines(CliRun.run("docs", "--db", db(), "--format", "jsonl").out()).get(0);
    assertThat(row.get("title").asText()).contains("\u001b[31malert");
    CliRun stats = CliRun.run("stats", "--db", db(), "--format", "jsonl");
    assertThat(jsonLines(stats.out()))
        .anySatisfy(
            node -> {
              assertThat(node.get("section").asText()).isEqualTo("documents");
              assertThat(node.get("key").asText()).isEqualTo("total");
              assertThat(node.get("value").asLong()).isEqualTo(1);
            });
  }

  @Test
  void stacktraceOptionShowsTheTrace() throws Exception {
    Path notADatabase = write("bad.duckdb", "this is not a database file");
    CliRun run = CliRun.run("stats", "--db", notADatabase.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(run.err().strip())
        .startsWith("attache: cannot open database")
        .doesNotContain("\n\tat ");
    CliRun traced = CliRun.run("stats", "--stacktrace", "--db", notADatabase.toString());
    assertThat(traced.err()).contains("\tat ");
  }
}
