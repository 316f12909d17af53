package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventStatus;
import org.attache.event.EventType;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;
import org.attache.fusion.EventFuser;
import org.attache.store.Database;
import org.attache.store.EventFusionStore;
import org.attache.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fusion in the store: the foreign minister's visit announced by one outlet and reported as held by
 * another is one event with both reports, shown fused by {@code attache events}, unfused by {@code
 * --unmerged}, and with its merge by {@code attache explain}. Mentions are hand-coded (the coder
 * and the fuser are tested elsewhere).
 */
class FusedEventsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANNOUNCED =
      "Belarus Foreign Minister Sergei Aleinik will visit Islamabad on Tuesday.";
  private static final String HELD =
      "Belarus Foreign Minister Sergei Aleinik visited Islamabad on 30 May.";
  private static final Actor ALEINIK = Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister");
  private static final Actor PAKISTAN = Actor.of("PAK", "GOV", null, null);
  private static final EventType VISIT =
      new EventType("042", "04", "Make a visit", 1.9, 1, "CONSULT", "visit", List.of());

  @TempDir Path folder;

  private String store(String name, String sentence, String published, String source)
      throws Exception {
    Path file = folder.resolve(name + "/manifest.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file.resolveSibling(name + ".txt"), sentence + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        file,
        "{\"id\": \""
            + name
            + "\", \"path\": \""
            + name
            + ".txt\", \"source\": \""
            + source
            + "\", \"published\": \""
            + published
            + "\"}\n",
        StandardCharsets.UTF_8);
    assertThat(CliRun.run("ingest", "--db", db(), file.getParent().toString()).exitCode()).isZero();
    return name;
  }

  private String db() {
    return folder.resolve("fused.duckdb").toString();
  }

  private static Evidence report(
      String document, String sentence, EventStatus status, String date, String published) {
    ActorMention actor =
        new ActorMention(
            0, 38, 0, sentence.substring(0, 38), ALEINIK, "title + country in one phrase");
    int at = sentence.indexOf("Islamabad");
    ActorMention recipient =
        new ActorMention(at, at + 9, 0, "Islamabad", PAKISTAN, "capital for its government");
    int trigger = sentence.indexOf("visit");
    EventMention mention =
        new EventMention(
            document,
            0,
            6,
            new TextSpan(trigger, trigger + 5),
            VISIT,
            List.of(actor),
            List.of(recipient),
            status,
            new EventDate(
                LocalDate.parse(date),
                LocalDate.parse(date),
                EventDate.Precision.DAY,
                EventDate.Basis.RELATIVE,
                new TextSpan(sentence.length() - 8, sentence.length() - 1),
                "time expression of the trigger"),
            null,
            "visit",
            List.of("actor:nsubj", "recipient:obj"));
    return new Evidence(mention, null, null, LocalDate.parse(published), sentence, 0);
  }

  @Test
  void twoOutletsReportingOneVisitMakeOneEventWithBothReports() throws Exception {
    String announced = store("herald-29-may", ANNOUNCED, "2023-05-29", "herald.example");
    String held = store("wire-31-may", HELD, "2023-05-31", "wire.example");
    try (Database database = Database.open(Path.of(db()))) {
      EventStore events = new EventStore(database);
      events.replace(
          announced,
          List.of(report(announced, ANNOUNCED, EventStatus.PLANNED, "2023-05-30", "2023-05-29")));
      events.replace(
          held, List.of(report(held, HELD, EventStatus.OCCURRED, "2023-05-30", "2023-05-31")));
      EventFusionStore.Report fusion = new EventFusionStore(database).fuse(new EventFuser());
      assertThat(fusion.mentions()).isEqualTo(2);
      assertThat(fusion.events()).isEqualTo(1);
      assertThat(fusion.merges()).isEqualTo(1);
    }

    CliRun listed = CliRun.run("events", "--db", db(), "--format", "jsonl", "--dyad", "BLR,PAK");
    List<String> lines = listed.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode event = JSON.readTree(lines.get(0));
    assertThat(event.get("status").asText()).isEqualTo("occurred");
    assertThat(event.get("sources").asInt()).isEqualTo(2);
    assertThat(event.get("mentions")).hasSize(2);
    assertThat(event.at("/mentions/0/status").asText()).isEqualTo("planned");
    assertThat(event.at("/mentions/1/status").asText()).isEqualTo("occurred");
    assertThat(event.at("/date/start").asText()).isEqualTo("2023-05-30");

    CliRun unmerged =
        CliRun.run("events", "--db", db(), "--format", "csv", "--unmerged", "--dyad", "BLR,PAK");
    assertThat(unmerged.out().lines().toList())
        .hasSize(3)
        .allMatch(line -> line.startsWith("id,") || line.contains(event.get("id").asText()));

    CliRun explained =
        CliRun.run("explain", event.get("id").asText(), "--db", db(), "--format", "table");
    assertThat(explained.out()).contains("merged", "across documents", "herald-29-may");
    CliRun json =
        CliRun.run("explain", event.get("id").asText(), "--db", db(), "--format", "jsonl");
    assertThat(json.out().lines().toList()).hasSize(4).last().asString().contains("\"score\"");
  }

  @Test
  void fusingAgainGivesTheSameEvents() throws Exception {
    String announced = store("herald-29-may", ANNOUNCED, "2023-05-29", "herald.example");
    String held = store("wire-31-may", HELD, "2023-05-31", "wire.example");
    String first;
    try (Database database = Database.open(Path.of(db()))) {
      EventStore events = new EventStore(database);
      events.replace(
          held, List.of(report(held, HELD, EventStatus.OCCURRED, "2023-05-30", "2023-05-31")));
      events.replace(
          announced,
          List.of(report(announced, ANNOUNCED, EventStatus.PLANNED, "2023-05-30", "2023-05-29")));
      new EventFusionStore(database).fuse(new EventFuser());
    }
    first = CliRun.run("events", "--db", db(), "--format", "jsonl").out();
    try (Database database = Database.open(Path.of(db()))) {
      new EventFusionStore(database).fuse(new EventFuser());
    }
    assertThat(CliRun.run("events", "--db", db(), "--format", "jsonl").out()).isEqualTo(first);
  }
}
