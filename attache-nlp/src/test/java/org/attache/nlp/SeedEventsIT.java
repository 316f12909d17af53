package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.coding.CameoCodes;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.event.EventMention;
import org.attache.model.DecodedItem;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the event coder on the three seed articles ({@code ../shared/seeds}), end to end:
 * decoded and cleaned as in production, annotated with {@code NlpConfig.fast()} (cached under
 * target/annotation-cache), actors resolved with the story country from the dateline, events coded
 * with the bundled lexicon and empty date and place resolvers (the real ones come later). Prints
 * every coded event and asserts the key acts with their direction, and that no event runs from
 * Pakistan to Belarus where the articles only have Belarus acting on Pakistan. Skipped without the
 * seeds.
 */
class SeedEventsIT {
  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();
  private static final EventCoder CODER =
      new EventCoder(
          PredicateLexicon.bundled(),
          CameoCodes.bundled(),
          (annotation, sentence, token, status) -> Optional.empty(),
          (annotation, sentence, token, destination) -> Optional.empty());
  private static final Map<String, List<EventMention>> EVENTS = new LinkedHashMap<>();
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  @BeforeAll
  static void codeSeeds() throws Exception {
    Path folder = ActorEvalSupport.shared().resolve("seeds");
    Assumptions.assumeTrue(
        Files.isRegularFile(folder.resolve("manifest.jsonl")), "no seeds at " + folder);
    ObjectMapper mapper = new ObjectMapper();
    List<AnnotationRequest> requests = new ArrayList<>();
    for (String line :
        Files.readAllLines(folder.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode entry = mapper.readTree(line);
      String id = entry.get("id").asText();
      Path file = folder.resolve(entry.get("path").asText());
      LocalDate published = LocalDate.parse(entry.get("published").asText());
      SourceItem item =
          new SourceItem(
              Origin.of(file.toString()),
              new Metadata(id, null, entry.get("source").asText(), null, published, "en"),
              MediaType.TEXT,
              Files.readAllBytes(file),
              null,
              null);
      DecodedItem decoded = new TextDecoder().decode(item);
      requests.add(
          new AnnotationRequest(id, new ScrapedTextExtractor().extract(decoded).text(), published));
    }
    List<Annotation> annotations = AnnotationCache.annotate("seeds", requests, 1);
    ActorResolver resolver = new ActorResolver(KNOWLEDGE);
    DatelineCountry datelines = new DatelineCountry(KNOWLEDGE);
    for (Annotation annotation : annotations) {
      String story = datelines.find(annotation.text()).orElse(null);
      List<ActorMention> actors = resolver.resolve(annotation, story);
      List<EventMention> events = CODER.code(annotation, actors);
      String seed = annotation.documentId().substring(0, 3);
      EVENTS.put(seed, events);
      TEXTS.put(seed, annotation.text());
      System.out.println("== " + annotation.documentId() + ": " + events.size() + " events");
      for (EventMention event : events) {
        System.out.println(
            "  "
                + CameoEval.describe(event)
                + " '"
                + annotation.text().substring(event.trigger().start(), event.trigger().end())
                + "' rules="
                + event.rules());
      }
    }
    assertThat(EVENTS).containsOnlyKeys("000", "002", "003");
  }

  private static Predicate<EventMention> from(String country) {
    return e -> e.actors().stream().anyMatch(m -> m.actor().country().equals(country));
  }

  private static Predicate<EventMention> to(String country) {
    return e -> e.recipients().stream().anyMatch(m -> m.actor().country().equals(country));
  }

  private static Predicate<EventMention> root(String... roots) {
    return e -> Set.of(roots).contains(e.type().root());
  }

  private static List<EventMention> all() {
    return EVENTS.values().stream().flatMap(List::stream).toList();
  }

  @Test
  void theForeignMinistersVisitRunsFromBelarusToPakistan() {
    assertThat(EVENTS.get("000"))
        .anyMatch(
            root("04").and(from("BLR")).and(to("PAK")).and(e -> e.type().code().equals("042")));
  }

  @Test
  void agreementsAreSignedBetweenBelarusAndPakistan() {
    assertThat(EVENTS.get("002"))
        .anyMatch(
            root("05", "06", "03")
                .and(
                    e ->
                        e.type().code().equals("057")
                            || e.type().root().equals("06")
                            || e.type().code().startsWith("03"))
                .and(from("BLR").or(to("BLR")))
                .and(from("PAK").or(to("PAK"))));
  }

  @Test
  void theUnitedStatesSanctionsTheMinskCompany() {
    assertThat(EVENTS.get("002"))
        .anyMatch(
            root("16")
                .and(from("USA"))
                .and(
                    e ->
                        e.recipients().stream()
                            .anyMatch(
                                m ->
                                    m.actor().country().equals("BLR")
                                        && "BUS".equals(m.actor().sector()))));
  }

  @Test
  void belarusSendsAidToPakistan() {
    assertThat(EVENTS.get("003")).anyMatch(root("07").and(from("BLR")).and(to("PAK")));
  }

  /**
   * Known gap, asserted to still fail so that the day it holds the test moves up: CoreNLP parses
   * "since Russian invaded Ukraine" as a noun phrase (the participle-modifier rule then needs
   * "Russian" as an actor mention, which the resolver does not give), and "the Ukraine invasion"
   * names no invader. Only the recipient side (UKR) is coded.
   */
  @Test
  void knownGapRussiaInvadesUkraine() {
    assertThat(all()).noneMatch(root("19", "20").and(from("RUS")).and(to("UKR")));
    assertThat(all()).anyMatch(root("19").and(to("UKR")));
  }

  @Test
  void noEventRunsTheWrongWay() {
    assertThat(all())
        .noneMatch(
            root("04", "07")
                .and(from("PAK"))
                .and(to("BLR"))
                .and(e -> !e.type().code().equals("043")))
        .noneMatch(root("19", "20").and(from("UKR")).and(to("RUS")))
        .noneMatch(root("16").and(from("BLR")).and(to("USA")))
        .noneMatch(e -> e.actors().stream().anyMatch(e.recipients()::contains));
  }
}
