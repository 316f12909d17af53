package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventStatus;
import org.attache.event.EventType;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;
import org.attache.store.Database;
import org.attache.store.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache events} and {@code attache explain} on a store holding hand-coded mentions (the
 * coder is tested elsewhere): filters, formats, the EVENTS.md record, marked evidence, and one-line
 * errors.
 */
class EventsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VISIT =
      "Belarus Foreign Minister Sergei Aleinik will visit Islamabad tomorrow for talks.";
  private static final String BAN =
      "Last year the United States imposed sanctions on a Minsk-based \u202ecompany.";

  @TempDir Path folder;

  private String db;
  private String documentId;

  @BeforeEach
  void storeTwoEvents() throws Exception {
    StoredEvents stored = StoredEvents.ingest(folder, "Minister to visit", VISIT, BAN);
    db = stored.db;
    documentId = stored.documentId;
    int visit = stored.at(VISIT);
    int ban = stored.at(BAN);
    try (Database database = Database.open(Path.of(db))) {
      new EventStore(database)
          .replace(
              documentId,
              List.of(
                  new Evidence(visit(visit), "tribune.com.pk", null, null, VISIT, visit),
                  new Evidence(sanction(ban), "tribune.com.pk", null, null, BAN, ban)));
    }
  }

  private EventMention visit(int at) {
    ActorMention aleinik =
        actor(
            at,
            "Belarus Foreign Minister Sergei Aleinik",
            Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister"));
    ActorMention islamabad =
        actor(at + VISIT.indexOf("Islamabad"), "Islamabad", Actor.of("PAK", "GOV", null, null));
    int trigger = at + VISIT.indexOf("visit");
    int tomorrow = at + VISIT.indexOf("tomorrow");
    return new EventMention(
        documentId,
        1,
        6,
        new TextSpan(trigger, trigger + 5),
        new EventType("042", "04", "Make a visit", 1.9, 1, "CONSULT", "visit", List.of()),
        List.of(aleinik),
        List.of(islamabad),
        EventStatus.PLANNED,
        new EventDate(
            LocalDate.of(2023, 5, 30),
            LocalDate.of(2023, 5, 30),
            EventDate.Precision.DAY,
            EventDate.Basis.RELATIVE,
            new TextSpan(tomorrow, tomorrow + 8),
            "time expression of the trigger"),
        new EventPlace(
            "Islamabad",
            "PAK",
            33.69,
            73.06,
            EventPlace.Precision.CITY,
            new TextSpan(islamabad.start(), islamabad.end()),
            "destination of a movement"),
        "visit:verb",
        List.of("subject → actor", "object → recipient"));
  }

  private EventMention sanction(int at) {
    ActorMention usa =
        actor(
            at + BAN.indexOf("the United States"),
            "the United States",
            Actor.of("USA", "GOV", null, null));
    ActorMention company =
        actor(
            at + BAN.indexOf("a Minsk-based"), "a Minsk-based", Actor.of("BLR", "BUS", null, null));
    int trigger = at + BAN.indexOf("imposed");
    return new EventMention(
        documentId,
        2,
        4,
        new TextSpan(trigger, trigger + 7),
        new EventType(
            "163",
            "16",
            "Impose embargo, boycott, or sanctions",
            -8.0,
            4,
            "SANCTION",
            "",
            List.of("economic")),
        List.of(usa),
        List.of(company),
        EventStatus.OCCURRED,
        new EventDate(
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2022, 12, 31),
            EventDate.Precision.YEAR,
            EventDate.Basis.RELATIVE,
            new TextSpan(at, at + 9),
            "time expression of the clause"),
        null,
        "impose+sanction:verb",
        List.of("subject → actor", "on → recipient"));
  }

  private static ActorMention actor(int start, String text, Actor actor) {
    return StoredEvents.actor(start, text, actor);
  }

  private List<JsonNode> events(String... filter) throws Exception {
    List<String> args = new ArrayList<>(List.of("events", "--db", db, "--format", "jsonl"));
    args.addAll(List.of(filter));
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  @Test
  void writesEventsMdRecords() throws Exception {
    List<JsonNode> records = events();

    assertThat(records).hasSize(2);
    JsonNode ban = records.get(0);
    assertThat(ban.at("/cameo/code").asText()).isEqualTo("163");
    assertThat(ban.at("/date/precision").asText()).isEqualTo("year");
    assertThat(ban.at("/place").isNull()).isTrue();
    JsonNode visit = records.get(1);
    assertThat(visit.get("id").asText()).matches("ev-[0-9a-f]{16}");
    assertThat(visit.at("/plover/type").asText()).isEqualTo("CONSULT");
    assertThat(visit.at("/actor/0/country").asText()).isEqualTo("BLR");
    assertThat(visit.at("/recipient/0/country").asText()).isEqualTo("PAK");
    assertThat(visit.at("/status").asText()).isEqualTo("planned");
    assertThat(visit.at("/mentions/0/doc").asText()).isEqualTo(documentId);
    assertThat(visit.at("/mentions/0/sentence").asText()).isEqualTo(VISIT);
    assertThat(visit.at("/sources").asInt()).isEqualTo(1);
  }

  @Test
  void filtersAsDocumented() throws Exception {
    assertThat(events("--dyad", "BLR,PAK")).hasSize(1);
    assertThat(events("--dyad", "pak,blr")).hasSize(1);
    assertThat(events("--dyad", "USA,PAK")).isEmpty();
    assertThat(events("--actor", "USA")).hasSize(1);
    assertThat(events("--recipient", "BLR")).hasSize(1);
    assertThat(events("--code", "04")).hasSize(1);
    assertThat(events("--code", "16")).hasSize(1);
    assertThat(events("--code", "1")).hasSize(1);
    assertThat(events("--type", "sanction")).hasSize(1);
    assertThat(events("--from", "2023-01-01")).hasSize(1);
    assertThat(events("--to", "2022-06-30")).hasSize(1);
    assertThat(events("--from", "2022-06-01", "--to", "2022-06-30")).hasSize(1);
    assertThat(events("--status", "PLANNED")).hasSize(1);
    assertThat(events("--doc", documentId)).hasSize(2);
    assertThat(events("--doc", "other")).isEmpty();
    assertThat(events("--limit", "1")).hasSize(1);
  }

  @Test
  void tableAndCsvSummarise() {
    CliRun table = CliRun.run("events", "--db", db, "--format", "table");
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("ACTOR");
    assertThat(table.out()).contains("BLR GOV Sergei Aleinik", "Make a visit", "planned");
    CliRun csv = CliRun.run("events", "--db", db, "--format", "csv");
    assertThat(csv.out()).startsWith("id,start,end,code,act,plover,actor,recipient,status");
  }

  @Test
  void explainMarksTheEvidenceAndEscapesTheText() throws Exception {
    List<JsonNode> records = events();
    CliRun visit =
        CliRun.run("explain", records.get(1).get("id").asText(), "--db", db, "--format", "table");
    assertThat(visit.exitCode()).isZero();
    assertThat(visit.out())
        .contains(
            "[Belarus Foreign Minister Sergei Aleinik]{actor} will [visit]{trigger}"
                + " [Islamabad]{recipient,place} [tomorrow]{date} for talks.")
        .contains("042 Make a visit", "lexicon entry visit:verb", "subject → actor")
        .contains("2023-05-30 (day, relative)", "Islamabad, PAK (33.69, 73.06) city");
    CliRun ban =
        CliRun.run("explain", records.get(0).get("id").asText(), "--db", db, "--format", "table");
    assertThat(ban.out()).doesNotContain("\u202e").contains("\\u202ecompany");
    CliRun json =
        CliRun.run("explain", records.get(0).get("id").asText(), "--db", db, "--format", "jsonl");
    assertThat(json.out().lines().count()).isEqualTo(2);
    assertThat(
            JSON.readTree(json.out().lines().skip(1).findFirst().orElseThrow())
                .get("lexiconEntry")
                .asText())
        .isEqualTo("impose+sanction:verb");
  }

  @Test
  void badParametersGiveOneLineErrors() {
    assertOneLine(
        CliRun.run("events", "--db", db, "--dyad", "BLR"), "attache: --dyad needs two codes");
    assertOneLine(
        CliRun.run("events", "--db", db, "--code", "x4"), "attache: --code needs a CAMEO code");
    assertOneLine(
        CliRun.run("events", "--db", db, "--status", "maybe"), "attache: --status must be");
    assertOneLine(
        CliRun.run("events", "--db", db, "--from", "2024-02-01", "--to", "2024-01-01"),
        "attache: --to must not precede --from");
    CliRun badDate = CliRun.run("events", "--db", db, "--from", "yesterday");
    assertThat(badDate.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(badDate.err().lines().toList())
        .containsExactly(
            "attache: Invalid value for option '--from': 'yesterday' is not a date as YYYY-MM-DD",
            "Try `attache events --help`.");
    assertOneLine(
        CliRun.run("explain", "ev-none", "--db", db), "attache: no event with id ev-none");
    assertThat(CliRun.run("explain", "--db", db).err())
        .startsWith("attache: Missing required parameter: 'EVENT-ID'");
    assertThat(CliRun.run("events", "--help").out()).contains("Usage: attache events", "--dyad");
    assertThat(CliRun.run("explain", "--help").out()).contains("Usage: attache explain");
  }

  private static void assertOneLine(CliRun run, String prefix) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).startsWith(prefix).doesNotContain("\n");
  }
}
