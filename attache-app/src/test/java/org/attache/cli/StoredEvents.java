package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * A store holding hand-coded event mentions, for CLI tests of the commands that read events (the
 * coder is tested elsewhere): ingests one article through the CLI, then builds mentions at the
 * offsets of its sentences and stores them through {@link EventStore#replace}.
 */
final class StoredEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String db;
  final String documentId;
  final String text;
  private final List<Evidence> evidence = new ArrayList<>();

  private StoredEvents(String db, String documentId, String text) {
    this.db = db;
    this.documentId = documentId;
    this.text = text;
  }

  /** Ingests an article of these paragraphs into a new store in {@code folder}. */
  static StoredEvents ingest(Path folder, String title, String... paragraphs) throws Exception {
    String db = folder.resolve("events.duckdb").toString();
    Path article = folder.resolve("news/article.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(
        article, title + "\n\n" + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
    CliRun ingest = CliRun.run("ingest", "--db", db, article.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    String id =
        JSON.readTree(CliRun.run("docs", "--db", db, "--format", "jsonl").out()).get("id").asText();
    String text =
        JSON.readTree(CliRun.run("docs", id, "--db", db, "--format", "jsonl").out())
            .get("text")
            .asText();
    return new StoredEvents(db, id, text);
  }

  /** Where {@code sentence} starts in the clean text; fails when it is not there. */
  int at(String sentence) {
    int at = text.indexOf(sentence);
    assertThat(at).as("sentence in the stored text: %s", sentence).isNotNegative();
    return at;
  }

  /** The span of {@code word} within {@code sentence}. */
  TextSpan span(String sentence, String word) {
    int start = at(sentence) + sentence.indexOf(word);
    return new TextSpan(start, start + word.length());
  }

  ActorMention actor(String sentence, String words, Actor actor) {
    return actor(span(sentence, words).start(), words, actor);
  }

  static ActorMention actor(int start, String text, Actor actor) {
    return new ActorMention(start, start + text.length(), 0, text, actor, "test fixture");
  }

  static EventType type(String code, String name, double goldstein, int quad, String plover) {
    return new EventType(
        code, code.substring(0, 2), name, goldstein, quad, plover, null, List.of());
  }

  static EventDate day(LocalDate day, EventDate.Basis basis, TextSpan span) {
    return new EventDate(day, day, EventDate.Precision.DAY, basis, span, "test fixture");
  }

  static EventPlace place(String name, String country, TextSpan span) {
    return new EventPlace(name, country, 1.5, 2.5, EventPlace.Precision.CITY, span, "test fixture");
  }

  /** Adds a mention coded in {@code sentence} (the n-th sentence of the document). */
  StoredEvents add(
      String sentence,
      int index,
      String trigger,
      EventType type,
      List<ActorMention> actors,
      List<ActorMention> recipients,
      EventStatus status,
      EventDate date,
      EventPlace place) {
    EventMention mention =
        new EventMention(
            documentId,
            index,
            1,
            span(sentence, trigger),
            type,
            actors,
            recipients,
            status,
            date,
            place,
            "test:verb",
            List.of("test fixture"));
    evidence.add(new Evidence(mention, null, null, null, sentence, at(sentence)));
    return this;
  }

  /** Stores the added mentions as the document's events (each an event of its own). */
  StoredEvents store() {
    try (Database database = Database.open(Path.of(db))) {
      new EventStore(database).replace(documentId, evidence);
    }
    return this;
  }
}
