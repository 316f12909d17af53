package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's own normaliser of date phrases, against Wednesday 2023-05-31. */
class SpelledDatesTest {

  private static final LocalDate WEDNESDAY = LocalDate.parse("2023-05-31");

  @ParameterizedTest
  @CsvSource({
    "today, NEAREST, 2023-05-31",
    "yesterday, NEAREST, 2023-05-30",
    "tomorrow, NEAREST, 2023-06-01",
    "on Tuesday, BACKWARD, 2023-05-30",
    "Tuesday, FORWARD, 2023-06-06",
    "Wednesday, FORWARD, 2023-05-31",
    "Thursday, NEAREST, 2023-06-01",
    "last Tuesday, FORWARD, 2023-05-30",
    "next Tuesday, BACKWARD, 2023-06-06",
    "Friday night, BACKWARD, 2023-05-26TNI",
    "last week, NEAREST, 2023-W21",
    "this week, NEAREST, 2023-W22",
    "next month, NEAREST, 2023-06",
    "last year, NEAREST, 2022",
    "this year, NEAREST, 2023",
    "in April this year, NEAREST, 2023-04",
    "February last year, NEAREST, 2022-02",
    "April next year, NEAREST, 2024-04",
    "in April 2024, NEAREST, 2024-04",
    "Sept. 2021, NEAREST, 2021-09",
    "30 May 2023, FORWARD, 2023-05-30",
    "May 30 2023, FORWARD, 2023-05-30",
    "on 30 May, BACKWARD, 2023-05-30",
    "1 June, BACKWARD, 2022-06-01",
    "1st of June, FORWARD, 2023-06-01",
    "April, FORWARD, 2024-04",
    "November, BACKWARD, 2022-11",
    "last April, FORWARD, 2023-04",
    "in 2022, NEAREST, 2022",
    "four years ago, NEAREST, 2019",
    "three days ago, NEAREST, 2023-05-28",
    "two months ago, NEAREST, 2023-03",
  })
  void normalises(String text, Direction direction, String value) {
    assertThat(SpelledDates.value(text, WEDNESDAY, direction)).contains(value);
  }

  @Test
  void leavesWhatItDoesNotKnow() {
    assertThat(SpelledDates.value("the latest quarter", WEDNESDAY, Direction.NEAREST)).isEmpty();
    assertThat(SpelledDates.value("may", WEDNESDAY, Direction.NEAREST)).isEmpty();
    assertThat(SpelledDates.value("31 February", WEDNESDAY, Direction.NEAREST)).isEmpty();
    assertThat(SpelledDates.value("Tuesday", null, Direction.NEAREST)).isEmpty();
    assertThat(SpelledDates.value("99999999999 years ago", WEDNESDAY, Direction.NEAREST)).isEmpty();
    assertThat(SpelledDates.value("30 May 2023", null, Direction.NEAREST)).contains("2023-05-30");
  }

  @Test
  void knowsWhichPhrasesDependOnDirection() {
    assertThat(SpelledDates.directional("on Tuesday")).isTrue();
    assertThat(SpelledDates.directional("Oct. 23")).isTrue();
    assertThat(SpelledDates.directional("Oct. 23, 1998")).isFalse();
    assertThat(SpelledDates.directional("last year")).isFalse();
  }
}
