package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.annotate.TimeExpression;
import org.attache.event.EventDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TIMEX3 values to ranges, and which value is kept for a time expression. */
class TimexNormalizerTest {

  private static final LocalDate MONDAY = LocalDate.parse("2023-05-29");
  private final TimexNormalizer normalizer = new TimexNormalizer();

  @ParameterizedTest
  @CsvSource({
    "2023-05-30, BACKWARD, 2023-05-30, 2023-05-30, DAY",
    "2023-05-30T10:00, BACKWARD, 2023-05-30, 2023-05-30, DAY",
    "2023-05-30TNI, BACKWARD, 2023-05-30, 2023-05-30, DAY",
    "2023-05, BACKWARD, 2023-05-01, 2023-05-31, MONTH",
    "2024-02, BACKWARD, 2024-02-01, 2024-02-29, MONTH",
    "2023, BACKWARD, 2023-01-01, 2023-12-31, YEAR",
    "199X, BACKWARD, 1990-01-01, 1999-12-31, YEAR",
    "2023-W22, BACKWARD, 2023-05-29, 2023-06-04, DAY",
    "2023-W22-WE, BACKWARD, 2023-06-03, 2023-06-04, DAY",
    "2023-Q2, BACKWARD, 2023-04-01, 2023-06-30, MONTH",
    "2023-H2, BACKWARD, 2023-07-01, 2023-12-31, MONTH",
    "2023-SU, BACKWARD, 2023-06-01, 2023-08-31, MONTH",
    "PRESENT_REF, BACKWARD, 2023-05-29, 2023-05-29, DAY",
    "XXXX-05-30, BACKWARD, 2022-05-30, 2022-05-30, DAY",
    "XXXX-05-30, FORWARD, 2023-05-30, 2023-05-30, DAY",
    "XXXX-05-30, NEAREST, 2023-05-30, 2023-05-30, DAY",
    "XXXX-06, LEANING_BACKWARD, 2023-06-01, 2023-06-30, MONTH",
    "XXXX-11, LEANING_BACKWARD, 2022-11-01, 2022-11-30, MONTH",
    "XXXX-01, LEANING_FORWARD, 2024-01-01, 2024-01-31, MONTH",
    "XXXX-08, LEANING_BACKWARD, 2023-08-01, 2023-08-31, MONTH",
    "XXXX-WXX-2, BACKWARD, 2023-05-23, 2023-05-23, DAY",
    "XXXX-WXX-2, FORWARD, 2023-05-30, 2023-05-30, DAY",
    "XXXX-WXX-1, FORWARD, 2023-05-29, 2023-05-29, DAY",
  })
  void readsValues(
      String value, Direction direction, String start, String end, Precision precision) {
    DateRange range = normalizer.range(value, MONDAY, direction).orElseThrow();
    assertThat(range)
        .isEqualTo(new DateRange(LocalDate.parse(start), LocalDate.parse(end), precision));
  }

  @ParameterizedTest
  @CsvSource({"P3D", "PXY", "PAST_REF", "FUTURE_REF", "2023-02-30", "XXXX-WXX", "'  '", "next"})
  void noRangeForDurationsVagueOrMalformedValues(String value) {
    assertThat(normalizer.range(value, MONDAY, Direction.NEAREST)).isEmpty();
  }

  @Test
  void underspecifiedValuesNeedAnAnchor() {
    assertThat(normalizer.range("XXXX-05-30", null, Direction.NEAREST)).isEmpty();
    assertThat(normalizer.range("PRESENT_REF", null, Direction.NEAREST)).isEmpty();
    assertThat(normalizer.range(null, MONDAY, Direction.NEAREST)).isEmpty();
    assertThat(normalizer.range("2023-05", null, Direction.NEAREST)).isPresent();
  }

  @Test
  void placesABareWeekdayByDirectionWhateverSutimeSaid() {
    TimeExpression tuesday = new TimeExpression(10, 17, "DATE", "2023-05-23", "Tuesday");
    assertThat(normalizer.value(tuesday, MONDAY, Direction.FORWARD)).isEqualTo("2023-05-30");
    assertThat(normalizer.value(tuesday, MONDAY, Direction.BACKWARD)).isEqualTo("2023-05-23");
  }

  @Test
  void keepsSutimeWhereItIsSoundAndFillsWhereItIsNot() {
    TimeExpression anchored = new TimeExpression(0, 11, "DATE", "2023-05-30", "30 May 2023");
    assertThat(normalizer.value(anchored, MONDAY, Direction.BACKWARD)).isEqualTo("2023-05-30");
    TimeExpression empty = new TimeExpression(0, 18, "DATE", null, "February last year");
    assertThat(normalizer.value(empty, MONDAY, Direction.BACKWARD)).isEqualTo("2022-02");
    TimeExpression unanchored = new TimeExpression(0, 6, "DATE", "XXXX-10", "autumn");
    assertThat(normalizer.value(unanchored, MONDAY, Direction.BACKWARD)).isEqualTo("2022-10");
    TimeExpression duration = new TimeExpression(0, 9, "DURATION", "P3D", "three days");
    assertThat(normalizer.value(duration, MONDAY, Direction.BACKWARD)).isEqualTo("P3D");
    TimeExpression yearsAgo = new TimeExpression(0, 15, "DATE", "2019-05-29", "four years ago");
    assertThat(normalizer.value(yearsAgo, MONDAY, Direction.BACKWARD)).isEqualTo("2019");
  }
}
