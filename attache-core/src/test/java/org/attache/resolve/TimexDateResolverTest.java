package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.annotate.Annotation;
import org.attache.event.EventDate;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventDate.Precision;
import org.attache.event.EventStatus;
import org.junit.jupiter.api.Test;

/** Event dates from hand-parsed sentences shaped like the seed articles' phrasings. */
class TimexDateResolverTest {

  private final TimexDateResolver resolver = new TimexDateResolver();

  private EventDate date(Annotation annotation, int trigger, EventStatus status) {
    return resolver.date(annotation, 0, trigger, status).orElseThrow();
  }

  private static void assertRange(EventDate date, String start, String end, Precision precision) {
    assertThat(date.start()).isEqualTo(LocalDate.parse(start));
    assertThat(date.end()).isEqualTo(LocalDate.parse(end));
    assertThat(date.precision()).isEqualTo(precision);
  }

  private static String spanText(Annotation annotation, EventDate date) {
    return annotation.text().substring(date.span().start(), date.span().end());
  }

  @Test
  void arrivesTomorrow() {
    Annotation annotation =
        new ParsedSentence("Belarus/NNP FM/NNP to/TO arrive/VB in/IN Islamabad/NNP tomorrow/NN")
            .root(3)
            .arc(3, "nsubj", 1)
            .arc(1, "compound", 0)
            .arc(3, "mark", 2)
            .arc(3, "obl:in", 5)
            .arc(5, "case", 4)
            .arc(3, "obl:tmod", 6)
            .time(6, 6, "DATE", "2023-05-30")
            .annotation("2023-05-29");
    EventDate date = date(annotation, 3, EventStatus.PLANNED);
    assertRange(date, "2023-05-30", "2023-05-30", Precision.DAY);
    assertThat(date.basis()).isEqualTo(Basis.RELATIVE);
    assertThat(spanText(annotation, date)).isEqualTo("tomorrow");
    assertThat(date.rule()).contains("obl:tmod");
  }

  @Test
  void twoDayTripFromTuesdayStartsOnTuesdayEvenWhenSutimeLooksBack() {
    Annotation annotation =
        new ParsedSentence(
                "The/DT minister/NN will/MD kick/VB off/RP his/PRP$ two-day/JJ trip/NN from/IN"
                    + " Tuesday/NNP")
            .root(3)
            .arc(3, "nsubj", 1)
            .arc(1, "det", 0)
            .arc(3, "aux", 2)
            .arc(3, "compound:prt", 4)
            .arc(3, "obj", 7)
            .arc(7, "nmod:poss", 5)
            .arc(7, "amod", 6)
            .arc(3, "obl:from", 9)
            .arc(9, "case", 8)
            .time(6, 6, "DURATION", "P2D")
            .time(9, 9, "DATE", "2023-05-23")
            .annotation("2023-05-29");
    EventDate fromTrip = date(annotation, 7, EventStatus.PLANNED);
    assertRange(fromTrip, "2023-05-30", "2023-05-31", Precision.DAY);
    assertThat(fromTrip.rule()).contains("duration-from");
    assertThat(date(annotation, 3, EventStatus.PLANNED)).isEqualTo(fromTrip);
  }

  @Test
  void threeDayVisitBeforeReturningOnWednesdayEndsThatWednesday() {
    Annotation annotation =
        new ParsedSentence(
                "Lukashenko/NNP returned/VBD/return home/RB on/IN Wednesday/NNP after/IN a/DT"
                    + " three-day/JJ official/JJ visit/NN to/IN Pakistan/NNP")
            .root(1)
            .arc(1, "nsubj", 0)
            .arc(1, "advmod", 2)
            .arc(1, "obl:on", 4)
            .arc(4, "case", 3)
            .arc(1, "obl:after", 9)
            .arc(9, "case", 5)
            .arc(9, "det", 6)
            .arc(9, "amod", 7)
            .arc(9, "amod", 8)
            .arc(9, "nmod:to", 11)
            .arc(11, "case", 10)
            .time(4, 4, "DATE", "2024-11-27")
            .time(7, 7, "DURATION", "P3D")
            .annotation("2024-11-28");
    EventDate visit = date(annotation, 9, EventStatus.OCCURRED);
    assertRange(visit, "2024-11-25", "2024-11-27", Precision.DAY);
    assertThat(visit.rule()).contains("duration-ending");
    EventDate returned = date(annotation, 1, EventStatus.OCCURRED);
    assertRange(returned, "2024-11-27", "2024-11-27", Precision.DAY);
  }

  @Test
  void threeDayVisitThatEndedWednesdayWithoutSutimeHelp() {
    Annotation annotation =
        new ParsedSentence(
                "The/DT president/NN made/VBD/make a/DT three-day/JJ visit/NN that/WDT"
                    + " ended/VBD/end Wednesday/NNP")
            .root(2)
            .arc(2, "nsubj", 1)
            .arc(1, "det", 0)
            .arc(2, "obj", 5)
            .arc(5, "det", 3)
            .arc(5, "amod", 4)
            .arc(5, "acl:relcl", 7)
            .arc(7, "nsubj", 5)
            .arc(5, "ref", 6)
            .arc(7, "obl:tmod", 8)
            .time(8, 8, "DATE", null)
            .annotation("2024-11-28");
    EventDate date = date(annotation, 5, EventStatus.OCCURRED);
    assertRange(date, "2024-11-25", "2024-11-27", Precision.DAY);
    assertThat(date.basis()).isEqualTo(Basis.RELATIVE);
  }

  @Test
  void visitOnThirtyMayTakesThePublicationYear() {
    Annotation annotation =
        new ParsedSentence("Kuleshov/NNP will/MD visit/VB Islamabad/NNP on/IN 30/CD May/NNP")
            .root(2)
            .arc(2, "nsubj", 0)
            .arc(2, "aux", 1)
            .arc(2, "obj", 3)
            .arc(2, "obl:on", 6)
            .arc(6, "case", 4)
            .arc(6, "nummod", 5)
            .time(5, 6, "DATE", "2023-05-30")
            .annotation("2023-05-29");
    EventDate date = date(annotation, 2, EventStatus.PLANNED);
    assertRange(date, "2023-05-30", "2023-05-30", Precision.DAY);
    assertThat(date.basis()).isEqualTo(Basis.RELATIVE);
    assertThat(spanText(annotation, date)).isEqualTo("30 May");
  }

  @Test
  void metLastYear() {
    Annotation annotation = metInNewYork("last/JJ year/NN", "2022");
    EventDate date = date(annotation, 2, EventStatus.OCCURRED);
    assertRange(date, "2022-01-01", "2022-12-31", Precision.YEAR);
    assertThat(date.basis()).isEqualTo(Basis.RELATIVE);
  }

  @Test
  void inAprilTwentyTwentyFourIsAnExplicitMonth() {
    Annotation annotation = metInNewYork("in/IN April/NNP 2024/CD", "2024-04");
    EventDate date = date(annotation, 2, EventStatus.OCCURRED);
    assertRange(date, "2024-04-01", "2024-04-30", Precision.MONTH);
    assertThat(date.basis()).isEqualTo(Basis.EXPLICIT);
  }

  @Test
  void inTwentyTwentyTwoIsAnExplicitYear() {
    Annotation annotation = metInNewYork("in/IN 2022/CD", "2022");
    EventDate date = date(annotation, 2, EventStatus.OCCURRED);
    assertRange(date, "2022-01-01", "2022-12-31", Precision.YEAR);
    assertThat(date.basis()).isEqualTo(Basis.EXPLICIT);
  }

  @Test
  void inFebruaryLastYearWithoutASutimeValue() {
    Annotation annotation = metInNewYork("in/IN February/NNP last/JJ year/NN", null);
    EventDate date = date(annotation, 2, EventStatus.OCCURRED);
    assertRange(date, "2023-02-01", "2023-02-28", Precision.MONTH);
    assertThat(date.basis()).isEqualTo(Basis.RELATIVE);
  }

  /**
   * "The ministers met in New York" followed by a time phrase whose last token heads it and is
   * attached to "met" (published 2024-11-28); the phrase is one time expression.
   */
  private static Annotation metInNewYork(String phrase, String value) {
    ParsedSentence sentence =
        new ParsedSentence("The/DT ministers/NNS met/VBD/meet in/IN New/NNP York/NNP " + phrase);
    int first = 6;
    int last = first + phrase.split(" ").length - 1;
    int timeFirst = phrase.startsWith("in/") ? first + 1 : first;
    sentence.root(2).arc(2, "nsubj", 1).arc(1, "det", 0).arc(2, "obl:in", 5);
    sentence.arc(5, "case", 3).arc(5, "compound", 4).arc(2, "obl:tmod", last);
    for (int token = first; token < last; token++) {
      sentence.arc(last, phrase.startsWith("in/") && token == first ? "case" : "amod", token);
    }
    return sentence.time(timeFirst, last, "DATE", value).annotation("2024-11-28");
  }
}
