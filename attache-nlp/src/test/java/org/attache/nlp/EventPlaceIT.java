package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;
import org.attache.event.EventPlace;
import org.attache.resolve.GazetteerPlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The place resolver on real CoreNLP parses ({@code NlpConfig.fast()}) of sentences written for
 * this test, so that the relations the rules expect are the ones the parser gives.
 */
class EventPlaceIT {
  private static CoreNlpAnnotator annotator;
  private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.bundled();

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(NlpConfig.fast());
  }

  /** The place of the first token with this word in the text's last sentence. */
  private static Optional<EventPlace> place(String text, String trigger, boolean destination) {
    Annotation annotation =
        annotator.annotate(new AnnotationRequest("it", text, LocalDate.of(2024, 11, 26)));
    int last = annotation.sentences().size() - 1;
    Sentence sentence = annotation.sentences().get(last);
    int token =
        sentence.tokens().stream()
            .filter(t -> t.word().equals(trigger))
            .mapToInt(Token::index)
            .findFirst()
            .orElseThrow();
    return RESOLVER.place(annotation, last, token, destination);
  }

  private static String name(Optional<EventPlace> place) {
    return place.map(p -> p.name() + "/" + p.country() + "/" + p.rule()).orElse("-");
  }

  @Test
  void destinations() {
    assertThat(
            name(
                place(
                    "The foreign minister arrived in Minsk on Monday for talks.", "arrived", true)))
        .isEqualTo("Minsk/BLR/place-destination");
    assertThat(
            name(
                place(
                    "The president began a three-day official visit to Pakistan on Tuesday.",
                    "visit",
                    true)))
        .isEqualTo("Pakistan/PAK/place-destination");
    assertThat(name(place("The minister will visit Islamabad next week.", "visit", true)))
        .isEqualTo("Islamabad/PAK/place-destination");
  }

  @Test
  void locatedPlaces() {
    assertThat(
            name(
                place(
                    "The two ministers met at the UN headquarters in New York last September.",
                    "met",
                    false)))
        .isEqualTo("New York City/USA/place-located");
    assertThat(
            name(place("Party supporters protested in Islamabad on Sunday.", "protested", false)))
        .isEqualTo("Islamabad/PAK/place-located");
    assertThat(name(place("The two sides held talks in Tashkent.", "talks", false)))
        .isEqualTo("Tashkent/UZB/place-located");
  }

  @Test
  void placesMerelyNamed() {
    assertThat(
            name(
                place(
                    "Washington banned exports to a Minsk-based truck maker in April.",
                    "banned",
                    false)))
        .isEqualTo("-");
    assertThat(
            name(
                place(
                    "Pakistan's Foreign Office condemned the attack on Thursday.",
                    "condemned",
                    false)))
        .isEqualTo("-");
  }

  @Test
  void dateline() {
    assertThat(
            name(
                place(
                    "ISLAMABAD:\n\nPolice arrested dozens of protesters on Sunday.",
                    "arrested",
                    false)))
        .isEqualTo("Islamabad/PAK/place-dateline");
  }
}
