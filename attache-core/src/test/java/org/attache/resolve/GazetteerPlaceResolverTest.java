package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.attache.annotate.Annotation;
import org.attache.event.EventPlace;
import org.attache.event.PlaceResolver;
import org.attache.event.TextSpan;
import org.junit.jupiter.api.Test;

/** Which place an event gets, on hand-parsed sentences (enhanced UD arcs as CoreNLP gives them). */
class GazetteerPlaceResolverTest {
  private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.bundled();

  private static Optional<EventPlace> place(ParsedText text, int trigger, boolean destination) {
    Annotation annotation = text.annotation();
    int last = annotation.sentences().size() - 1;
    Optional<EventPlace> place = RESOLVER.place(annotation, last, trigger, destination);
    place.map(EventPlace::span).ifPresent(span -> assertInside(span, annotation.text()));
    // The per-document resolver keeps the document's context: the same place, first and again.
    PlaceResolver document = RESOLVER.forDocument(annotation);
    assertThat(document.place(annotation, last, trigger, destination)).isEqualTo(place);
    assertThat(document.place(annotation, last, trigger, destination)).isEqualTo(place);
    return place;
  }

  private static void assertInside(TextSpan span, String text) {
    assertThat(span.end()).isLessThanOrEqualTo(text.length());
  }

  private static String spanText(ParsedText text, EventPlace place) {
    return text.annotation().text().substring(place.span().start(), place.span().end());
  }

  @Test
  void aDocumentsResolverGivesAnotherDocumentItsOwnContext() {
    ParsedText minsk =
        ParsedText.of()
            .sentence(
                "Ministers/NNS met/VBD in/IN Minsk/NNP/LOCATION ~./.",
                "1>0:nsubj",
                "3>2:case",
                "1>3:obl:in");
    ParsedText york =
        ParsedText.of()
            .sentence(
                "Ministers/NNS met/VBD in/IN New/NNP/LOCATION York/NNP/LOCATION ~./.",
                "1>0:nsubj",
                "4>2:case",
                "4>3:compound",
                "1>4:obl:in");
    Annotation inMinsk = minsk.annotation();
    PlaceResolver forMinsk = RESOLVER.forDocument(inMinsk);
    assertThat(forMinsk.place(inMinsk, 0, 1, false).orElseThrow().country()).isEqualTo("BLR");
    assertThat(forMinsk.place(york.annotation(), 0, 1, false).orElseThrow().country())
        .isEqualTo("USA");
    assertThat(forMinsk.place(inMinsk, 0, 1, false).orElseThrow().country()).isEqualTo("BLR");
  }

  @Test
  void aPlaceTheTriggerIsLocatedIn() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "Ministers/NNS met/VBD in/IN New/NNP/LOCATION York/NNP/LOCATION ~./.",
                "1>0:nsubj",
                "4>2:case",
                "4>3:compound",
                "1>4:obl:in");
    EventPlace place = place(text, 1, false).orElseThrow();
    assertThat(place.name()).isEqualTo("New York City");
    assertThat(place.country()).isEqualTo("USA");
    assertThat(place.precision()).isEqualTo(EventPlace.Precision.CITY);
    assertThat(place.lat()).isBetween(40.0, 41.0);
    assertThat(place.rule()).isEqualTo(GazetteerPlaceResolver.LOCATED);
    assertThat(spanText(text, place)).isEqualTo("New York");
  }

  @Test
  void aPlaceTheParserHungFromThePartnerOrTheOccasion() {
    ParsedText talks =
        ParsedText.of()
            .sentence(
                "after/IN the/DT talks/NNS with/IN his/PRP$ counterpart/NN in/IN"
                    + " Islamabad/NNP/LOCATION",
                "2>0:case",
                "2>1:det",
                "5>3:case",
                "5>4:nmod:poss",
                "2>5:nmod:with",
                "7>6:case",
                "5>7:nmod:in");
    EventPlace place = place(talks, 2, false).orElseThrow();
    assertThat(place.name()).isEqualTo("Islamabad");
    assertThat(place.rule()).isEqualTo(GazetteerPlaceResolver.LOCATED_ARGUMENT);
    ParsedText sidelines =
        ParsedText.of()
            .sentence(
                "He/PRP met/VBD her/PRP on/IN the/DT sidelines/NNS of/IN the/DT Assembly/NNP in/IN"
                    + " New/NNP/LOCATION York/NNP/LOCATION",
                "1>0:nsubj",
                "1>2:obj",
                "5>3:case",
                "5>4:det",
                "2>5:nmod:on",
                "8>6:case",
                "8>7:det",
                "5>8:nmod:of",
                "11>9:case",
                "11>10:compound",
                "8>11:nmod:in");
    assertThat(place(sidelines, 1, false).orElseThrow().name()).isEqualTo("New York City");
    ParsedText tooDeep =
        ParsedText.of()
            .sentence(
                "He/PRP met/VBD her/PRP on/IN the/DT sidelines/NNS of/IN a/DT session/NN of/IN"
                    + " a/DT body/NN in/IN Paris/NNP/LOCATION",
                "1>0:nsubj",
                "1>2:obj",
                "5>3:case",
                "2>5:nmod:on",
                "8>6:case",
                "5>8:nmod:of",
                "11>9:case",
                "8>11:nmod:of",
                "13>12:case",
                "11>13:nmod:in");
    assertThat(place(tooDeep, 1, false)).isEmpty();
  }

  @Test
  void aPlaceThroughTheVenueItIsIn() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "The/DT ministers/NNS met/VBD at/IN the/DT UN/NNP/ORGANIZATION headquarters/NN"
                    + " in/IN New/NNP/LOCATION York/NNP/LOCATION",
                "2>1:nsubj",
                "2>6:obl:at",
                "6>5:compound",
                "6>9:nmod:in",
                "9>8:compound");
    assertThat(spanText(text, place(text, 2, false).orElseThrow())).isEqualTo("New York");
  }

  @Test
  void aLandmarkTaggedAsAnOrganisationIsPlacedInItsCity() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "Putin/NNP/PERSON received/VBD him/PRP at/IN the/DT Kremlin/NNP/ORGANIZATION",
                "1>0:nsubj",
                "1>2:obj",
                "1>5:obl:at");
    EventPlace kremlin = place(text, 1, false).orElseThrow();
    assertThat(kremlin.name()).isEqualTo("Kremlin");
    assertThat(kremlin.country()).isEqualTo("RUS");
    assertThat(kremlin.precision()).isEqualTo(EventPlace.Precision.CITY);
    ParsedText company =
        ParsedText.of()
            .sentence("They/PRP met/VBD at/IN Acme/NNP/ORGANIZATION", "1>0:nsubj", "1>3:obl:at");
    assertThat(place(company, 1, false)).isEmpty();
  }

  @Test
  void theDestinationOfAVisitOrAnArrival() {
    ParsedText visit =
        ParsedText.of()
            .sentence(
                "Lukashenko/NNP/PERSON ~'s/POS official/JJ visit/NN to/TO Islamabad/NNP/LOCATION"
                    + " began/VBD",
                "3>0:nmod:poss",
                "3>2:amod",
                "3>5:nmod:to",
                "6>3:nsubj");
    EventPlace islamabad = place(visit, 3, true).orElseThrow();
    assertThat(islamabad.name()).isEqualTo("Islamabad");
    assertThat(islamabad.rule()).isEqualTo(GazetteerPlaceResolver.DESTINATION);

    ParsedText country =
        ParsedText.of()
            .sentence("He/PRP will/MD visit/VB Pakistan/NNP/LOCATION", "2>0:nsubj", "2>3:obj");
    EventPlace pakistan = place(country, 2, true).orElseThrow();
    assertThat(pakistan.precision()).isEqualTo(EventPlace.Precision.COUNTRY);
    assertThat(pakistan.country()).isEqualTo("PAK");

    ParsedText arrival =
        ParsedText.of()
            .sentence(
                "The/DT minister/NN arrived/VBD in/IN Minsk/NNP/LOCATION on/IN Monday/NNP/DATE",
                "2>1:nsubj",
                "2>4:obl:in",
                "2>6:obl:on");
    assertThat(place(arrival, 2, true).orElseThrow().country()).isEqualTo("BLR");
  }

  @Test
  void aPlaceOfTheVerbTheTriggerHangsFrom() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "They/PRP held/VBD talks/NNS in/IN Islamabad/NNP/LOCATION",
                "1>0:nsubj",
                "1>2:obj",
                "1>4:obl:in");
    assertThat(place(text, 2, false).orElseThrow().name()).isEqualTo("Islamabad");
  }

  @Test
  void theSpeakersPlaceIsNotTheReportedEventsPlace() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "He/PRP said/VBD in/IN Minsk/NNP/LOCATION that/IN Pakistan/NNP/LOCATION"
                    + " would/MD invest/VB",
                "1>0:nsubj",
                "1>3:obl:in",
                "1>7:ccomp",
                "7>5:nsubj",
                "7>6:aux");
    assertThat(place(text, 7, false)).isEmpty();
    assertThat(place(text, 1, false).orElseThrow().name()).isEqualTo("Minsk");
  }

  @Test
  void aPurposeClauseTakesThePlaceOfTheMovement() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "She/PRP arrived/VBD in/IN Tashkent/NNP/LOCATION to/TO attend/VB talks/NNS",
                "1>0:nsubj",
                "1>3:obl:in",
                "1>5:advcl:to",
                "5>6:obj");
    assertThat(place(text, 5, false).orElseThrow().name()).isEqualTo("Tashkent");
  }

  @Test
  void placesMerelyNamedAreNotTheEventsPlace() {
    ParsedText based =
        ParsedText.of()
            .sentence(
                "The/DT US/NNP/LOCATION banned/VBD a/DT Minsk-based/JJ company/NN",
                "2>1:nsubj",
                "2>5:obj",
                "5>4:amod");
    assertThat(place(based, 2, false)).isEmpty();
    ParsedText office =
        ParsedText.of()
            .sentence(
                "Pakistan/NNP/LOCATION ~'s/POS Foreign/NNP Office/NNP condemned/VBD the/DT"
                    + " attack/NN",
                "3>0:nmod:poss",
                "3>2:compound",
                "4>3:nsubj",
                "4>6:obj");
    assertThat(place(office, 4, false)).isEmpty();
  }

  @Test
  void anUntaggedProperNounCountsOnlyByAMainName() {
    ParsedText english =
        ParsedText.of().sentence("He/PRP spoke/VBD in/IN English/NNP", "1>0:nsubj", "1>3:obl:in");
    assertThat(place(english, 1, false)).isEmpty();
    ParsedText lahore =
        ParsedText.of().sentence("He/PRP spoke/VBD in/IN Lahore/NNP", "1>0:nsubj", "1>3:obl:in");
    assertThat(place(lahore, 1, false).orElseThrow().country()).isEqualTo("PAK");
  }

  @Test
  void theDatelineCityForALocalEvent() {
    ParsedText text =
        ParsedText.of()
            .raw("ISLAMABAD:\n\n")
            .sentence("Police/NNS arrested/VBD protesters/NNS", "1>0:nsubj", "1>2:obj");
    EventPlace place = place(text, 1, false).orElseThrow();
    assertThat(place.name()).isEqualTo("Islamabad");
    assertThat(place.rule()).isEqualTo(GazetteerPlaceResolver.DATELINE);
    assertThat(place.span()).isNull();
  }

  @Test
  void aDatelineInTheTriggersSentenceGivesItsSpan() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "MINSK/NNP/LOCATION ~,/, 31/CD/DATE May/NNP/DATE (/-LRB- ~BelTA/NNP ~)/-RRB- -/:"
                    + " The/DT president/NN signed/VBD the/DT decree/NN",
                "10>9:nsubj",
                "10>12:obj");
    EventPlace place = place(text, 10, false).orElseThrow();
    assertThat(spanText(text, place)).isEqualTo("MINSK");
    assertThat(place.name()).isEqualTo("Minsk");
  }

  @Test
  void noDatelineWhenTheSentenceNamesAnotherCountry() {
    ParsedText text =
        ParsedText.of()
            .raw("ISLAMABAD:\n\n")
            .sentence(
                "The/DT United/NNP/LOCATION States/NNP/LOCATION imposed/VBD sanctions/NNS",
                "4>2:nsubj",
                "2>1:compound",
                "4>5:obj");
    assertThat(place(text, 4, false)).isEmpty();
  }

  @Test
  void theDocumentsOtherPlacesDisambiguate() {
    ParsedText text =
        ParsedText.of()
            .sentence("Pakistan/NNP/LOCATION ~'s/POS government/NN responded/VBD", "3>2:nsubj")
            .sentence(
                "Protesters/NNS gathered/VBD in/IN Hyderabad/NNP/LOCATION",
                "1>0:nsubj",
                "1>3:obl:in");
    assertThat(place(text, 1, false).orElseThrow().country()).isEqualTo("PAK");
    ParsedText alone =
        ParsedText.of()
            .sentence(
                "Protesters/NNS gathered/VBD in/IN Hyderabad/NNP/LOCATION",
                "1>0:nsubj",
                "1>3:obl:in");
    assertThat(place(alone, 1, false).orElseThrow().country()).isEqualTo("IND");
  }

  @Test
  void indexesOutsideTheDocumentAreRefused() {
    Annotation annotation = ParsedText.of().sentence("They/PRP met/VBD", "1>0:nsubj").annotation();
    assertThatThrownBy(() -> RESOLVER.place(annotation, 1, 0, false))
        .hasMessage("no sentence 1 in document test");
    assertThatThrownBy(() -> RESOLVER.place(annotation, 0, 2, false))
        .hasMessage("no token 2 in sentence 0 of test");
  }
}
