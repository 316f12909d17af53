package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;
import org.attache.event.EventDate;
import org.attache.event.EventStatus;
import org.attache.resolve.TimexDateResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Event dates in the seed articles (../shared/seeds) with real CoreNLP parses: for each event the
 * issue names, the trigger is picked by its word in the sentence that contains a given phrase, and
 * its date must be the one the article means. Annotations are cached under
 * target/seed-date-annotations. Skipped when the seeds are absent.
 */
class SeedDatesIT {

  private static final Map<String, Annotation> SEEDS = new TreeMap<>();
  private static final TimexDateResolver RESOLVER = new TimexDateResolver();

  /** One event: where its trigger is, its status, and the date expected. */
  record Case(
      String seed,
      String phrase,
      String trigger,
      EventStatus status,
      String start,
      String end,
      String precision,
      String basis) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "000",
              "arrive on two-day visit",
              "visit",
              EventStatus.PLANNED,
              "2023-05-30",
              "2023-05-31",
              "day",
              "relative"),
          new Case(
              "000",
              "two-day trip from Tuesday",
              "trip",
              EventStatus.PLANNED,
              "2023-05-30",
              "2023-05-31",
              "day",
              "relative"),
          new Case(
              "000",
              "New York last year",
              "met",
              EventStatus.OCCURRED,
              "2022-01-01",
              "2022-12-31",
              "year",
              "relative"),
          new Case(
              "000",
              "invaded Ukraine in February",
              "invaded",
              EventStatus.OCCURRED,
              "2022-02-01",
              "2022-02-28",
              "month",
              "relative"),
          new Case(
              "002",
              "returned home on Wednesday",
              "visit",
              EventStatus.OCCURRED,
              "2024-11-25",
              "2024-11-27",
              "day",
              "relative"),
          new Case(
              "002",
              "In April this year",
              "banned",
              EventStatus.OCCURRED,
              "2024-04-01",
              "2024-04-30",
              "month",
              "relative"),
          new Case(
              "002",
              "signed fifteen important agreements",
              "signed",
              EventStatus.OCCURRED,
              "2024-11-28",
              "2024-11-28",
              "day",
              "publication"),
          new Case(
              "003",
              "in Islamabad on 30 May",
              "talks",
              EventStatus.OCCURRED,
              "2023-05-30",
              "2023-05-30",
              "day",
              "relative"));

  @BeforeAll
  static void annotateSeeds() throws Exception {
    Path cache = Path.of("target", "seed-date-annotations");
    Files.createDirectories(cache);
    CoreNlpAnnotator annotator = null;
    for (AnnotationRequest request : SeedDocuments.requests()) {
      String id = request.documentId();
      String text = request.text();
      LocalDate published = request.published();
      Path cached = cache.resolve(id + ".json");
      Annotation annotation = Files.isRegularFile(cached) ? AnnotationCodec.read(cached) : null;
      if (annotation == null || !annotation.text().equals(text)) {
        annotator = annotator == null ? new CoreNlpAnnotator(NlpConfig.fast()) : annotator;
        annotation = annotator.annotate(new AnnotationRequest(id, text, published));
        AnnotationCodec.write(annotation, cached);
      }
      SEEDS.put(id.substring(0, 3), annotation);
    }
  }

  @Test
  void datesTheSeedEvents() {
    List<String> wrong = new ArrayList<>();
    for (Case expected : CASES) {
      Annotation annotation = SEEDS.get(expected.seed());
      Sentence sentence = sentence(annotation, expected.phrase());
      Token trigger =
          sentence.tokens().stream()
              .filter(token -> token.word().equals(expected.trigger()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no trigger " + expected));
      EventDate date =
          RESOLVER
              .date(annotation, sentence.index(), trigger.index(), expected.status())
              .orElseThrow();
      String got =
          date.start()
              + ".."
              + date.end()
              + " "
              + date.precision().label()
              + " "
              + date.basis().label();
      String want =
          expected.start()
              + ".."
              + expected.end()
              + " "
              + expected.precision()
              + " "
              + expected.basis();
      System.out.println(
          "seed date: " + expected.phrase() + " -> " + got + " (" + date.rule() + ")");
      if (!got.equals(want)) {
        wrong.add(expected.phrase() + ": want " + want + ", got " + got + " (" + date.rule() + ")");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Sentence sentence(Annotation annotation, String phrase) {
    for (Sentence sentence : annotation.sentences()) {
      if (sentence.text(annotation.text()).contains(phrase)) {
        return sentence;
      }
    }
    throw new AssertionError("no sentence with '" + phrase + "' in " + annotation.documentId());
  }
}
