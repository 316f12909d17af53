package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.attache.annotate.Annotation;
import org.attache.event.EventDate;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventDate.Precision;
import org.attache.event.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * Which time expression dates an event (its own clause's, never another's), ranges written across
 * two expressions or as a span of years, weekdays placed by status, and the fallbacks.
 */
class DateAttachmentTest {

  private final TimexDateResolver resolver = new TimexDateResolver();

  private EventDate date(Annotation annotation, int trigger, EventStatus status) {
    return resolver.date(annotation, 0, trigger, status).orElseThrow();
  }

  private static void assertRange(EventDate date, String start, String end, Precision precision) {
    assertThat(date.start()).isEqualTo(LocalDate.parse(start));
    assertThat(date.end()).isEqualTo(LocalDate.parse(end));
    assertThat(date.precision()).isEqualTo(precision);
  }

  @Test
  void fromThirtyMayToFirstJune() {
    Annotation annotation =
        new ParsedSentence(
                "The/DT talks/NNS will/MD run/VB from/IN 30/CD May/NNP to/IN 1/CD June/NNP")
            .root(3)
            .arc(3, "nsubj", 1)
            .arc(1, "det", 0)
            .arc(3, "aux", 2)
            .arc(3, "obl:from", 6)
            .arc(6, "case", 4)
            .arc(6, "nummod", 5)
            .arc(3, "obl:to", 9)
            .arc(9, "case", 7)
            .arc(9, "nummod", 8)
            .time(5, 6, "DATE", "2023-05-30")
            .time(8, 9, "DATE", "2023-06-01")
            .annotation("2023-05-29");
    EventDate date = date(annotation, 3, EventStatus.PLANNED);
    assertRange(date, "2023-05-30", "2023-06-01", Precision.DAY);
    assertThat(date.rule()).startsWith("from-to");
    assertThat(annotation.text().substring(date.span().start(), date.span().end()))
        .isEqualTo("30 May to 1 June");
  }

  @Test
  void periodOfYearsIsARangeNotADuration() {
    Annotation annotation =
        new ParsedSentence(
                "The/DT countries/NNS will/MD cooperate/VB for/IN the/DT period/NN"
                    + " 2025-2027/CD")
            .root(3)
            .arc(3, "nsubj", 1)
            .arc(1, "det", 0)
            .arc(3, "aux", 2)
            .arc(3, "obl:for", 6)
            .arc(6, "case", 4)
            .arc(6, "det", 5)
            .arc(6, "nummod", 7)
            .time(7, 7, "DURATION", "P2Y")
            .annotation("2024-11-28");
    EventDate date = date(annotation, 3, EventStatus.PLANNED);
    assertRange(date, "2025-01-01", "2027-12-31", Precision.YEAR);
    assertThat(date.basis()).isEqualTo(Basis.EXPLICIT);
    assertThat(date.rule()).startsWith("year-span");
  }

  @Test
  void aDateInsideTheObjectDatesTheObjectNotTheSigning() {
    Annotation annotation =
        new ParsedSentence("They/PRP signed/VBD/sign the/DT roadmap/NN for/IN 2025-2027/CD")
            .root(1)
            .arc(1, "nsubj", 0)
            .arc(1, "obj", 3)
            .arc(3, "det", 2)
            .arc(3, "nmod:for", 5)
            .arc(5, "case", 4)
            .annotation("2024-11-28");
    EventDate date = date(annotation, 1, EventStatus.OCCURRED);
    assertThat(date.basis()).isEqualTo(Basis.PUBLICATION);
    assertRange(date, "2024-11-28", "2024-11-28", Precision.DAY);
  }

  @Test
  void aprilAndThisYearSplitByTheTagger() {
    Annotation annotation =
        new ParsedSentence(
                "In/IN April/NNP this/DT year/NN ,/, the/DT US/NNP banned/VBD/ban a/DT"
                    + " company/NN")
            .root(7)
            .arc(7, "obl:in", 1)
            .arc(1, "case", 0)
            .arc(7, "obl:tmod", 3)
            .arc(3, "det", 2)
            .arc(7, "punct", 4)
            .arc(7, "nsubj", 6)
            .arc(6, "det", 5)
            .arc(7, "obj", 9)
            .arc(9, "det", 8)
            .time(1, 1, "DATE", "XXXX-04")
            .time(2, 3, "DATE", "2024")
            .annotation("2024-11-28");
    EventDate date = date(annotation, 7, EventStatus.OCCURRED);
    assertRange(date, "2024-04-01", "2024-04-30", Precision.MONTH);
    assertThat(date.rule()).startsWith("month-of-year");
  }

  /** "Lukashenko said on Tuesday that the ministers met last year", published Wednesday. */
  private static ParsedSentence saidThatMet(boolean lastYear) {
    String tail = lastYear ? " last/JJ year/NN" : "";
    ParsedSentence sentence =
        new ParsedSentence(
                "Lukashenko/NNP said/VBD/say on/IN Tuesday/NNP that/IN the/DT ministers/NNS"
                    + " met/VBD/meet"
                    + tail)
            .root(1)
            .arc(1, "nsubj", 0)
            .arc(1, "obl:on", 3)
            .arc(3, "case", 2)
            .arc(1, "ccomp", 7)
            .arc(7, "mark", 4)
            .arc(7, "nsubj", 6)
            .arc(6, "det", 5)
            .time(3, 3, "DATE", "2023-05-30");
    if (lastYear) {
      sentence.arc(7, "obl:tmod", 9).arc(9, "amod", 8).time(8, 9, "DATE", "2022");
    }
    return sentence;
  }

  @Test
  void eachClauseKeepsItsOwnDate() {
    Annotation annotation = saidThatMet(true).annotation("2023-05-31");
    assertRange(
        date(annotation, 7, EventStatus.OCCURRED), "2022-01-01", "2022-12-31", Precision.YEAR);
    assertRange(
        date(annotation, 1, EventStatus.OCCURRED), "2023-05-30", "2023-05-30", Precision.DAY);
  }

  @Test
  void anotherClausesDateIsNeverBorrowed() {
    Annotation annotation = saidThatMet(false).annotation("2023-05-31");
    EventDate date = date(annotation, 7, EventStatus.OCCURRED);
    assertThat(date.basis()).isEqualTo(Basis.PUBLICATION);
    assertThat(date.span()).isNull();
    assertThat(date.rule()).isEqualTo("publication-date");
  }

  /** "The minister visits Minsk on Tuesday", published Wednesday 2023-05-31; SUTime says ahead. */
  private static Annotation onTuesday(String verb) {
    return new ParsedSentence("The/DT minister/NN " + verb + " Minsk/NNP on/IN Tuesday/NNP")
        .root(2)
        .arc(2, "nsubj", 1)
        .arc(1, "det", 0)
        .arc(2, "obj", 3)
        .arc(2, "obl:on", 5)
        .arc(5, "case", 4)
        .time(5, 5, "DATE", "2023-06-06")
        .annotation("2023-05-31");
  }

  @Test
  void aBareWeekdayLiesBehindWhenOccurredAndAheadWhenPlanned() {
    assertRange(
        date(onTuesday("visited/VBD/visit"), 2, EventStatus.OCCURRED),
        "2023-05-30",
        "2023-05-30",
        Precision.DAY);
    assertRange(
        date(onTuesday("visits/VBZ/visit"), 2, EventStatus.PLANNED),
        "2023-06-06",
        "2023-06-06",
        Precision.DAY);
  }

  @Test
  void negatedReportsFollowTheirTense() {
    Annotation annotation =
        new ParsedSentence("He/PRP will/MD not/RB visit/VB Minsk/NNP on/IN Tuesday/NNP")
            .root(3)
            .arc(3, "nsubj", 0)
            .arc(3, "aux", 1)
            .arc(3, "advmod", 2)
            .arc(3, "obj", 4)
            .arc(3, "obl:on", 6)
            .arc(6, "case", 5)
            .time(6, 6, "DATE", "2023-05-30")
            .annotation("2023-05-31");
    assertRange(
        date(annotation, 3, EventStatus.NEGATED), "2023-06-06", "2023-06-06", Precision.DAY);
  }

  /** CoreNLP's parse of "… tread carefully since Russian invaded Ukraine in February last year". */
  @Test
  void aVerbTaggedAsAnAdjectiveStillReachesItsDate() {
    Annotation annotation =
        new ParsedSentence(
                "tread/VB since/IN Russian/JJ invaded/JJ Ukraine/NNP in/IN February/NNP last/JJ"
                    + " year/NN")
            .root(0)
            .arc(4, "case", 1)
            .arc(4, "amod", 2)
            .arc(4, "amod", 3)
            .arc(0, "obl:since", 4)
            .arc(6, "case", 5)
            .arc(0, "obl:in", 6)
            .arc(8, "amod", 7)
            .arc(6, "obl:tmod", 8)
            .time(6, 8, "DATE", "2022-02")
            .annotation("2023-05-29");
    assertRange(
        date(annotation, 3, EventStatus.OCCURRED), "2022-02-01", "2022-02-28", Precision.MONTH);
  }

  @Test
  void withoutAnyDateThereIsNoDate() {
    Annotation annotation = saidThatMet(false).annotation(null);
    assertThat(resolver.date(annotation, 0, 7, EventStatus.OCCURRED)).isEmpty();
  }

  @Test
  void anExplicitDateNeedsNoPublicationDate() {
    Annotation annotation =
        new ParsedSentence("They/PRP met/VBD/meet in/IN 1994/CD")
            .root(1)
            .arc(1, "nsubj", 0)
            .arc(1, "obl:in", 3)
            .arc(3, "case", 2)
            .time(3, 3, "DATE", "1994")
            .annotation(null);
    EventDate date = date(annotation, 1, EventStatus.OCCURRED);
    assertRange(date, "1994-01-01", "1994-12-31", Precision.YEAR);
    assertThat(date.basis()).isEqualTo(Basis.EXPLICIT);
  }

  @Test
  void rejectsATriggerOutsideTheSentence() {
    Annotation annotation = saidThatMet(false).annotation("2023-05-31");
    assertThatThrownBy(() -> resolver.date(annotation, 0, 99, EventStatus.OCCURRED))
        .hasMessageContaining("triggerToken=99");
    assertThatThrownBy(() -> resolver.date(annotation, 3, 0, EventStatus.OCCURRED))
        .hasMessageContaining("sentence=3");
  }
}
