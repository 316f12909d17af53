package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.annotate.TimeExpression;
import org.junit.jupiter.api.Test;

/** Quarter readings, against a report published 1989-11-02 (the last full quarter is Q3). */
class QuartersTest {

  private static final LocalDate PUBLISHED = LocalDate.parse("1989-11-02");

  @Test
  void readsQuarterlyReports() {
    assertThat(Quarters.reported("the quarter", PUBLISHED)).contains("1989-Q3");
    assertThat(Quarters.reported("The latest quarter", PUBLISHED)).contains("1989-Q3");
    assertThat(Quarters.reported("a year ago", PUBLISHED)).contains("1988-Q3");
    assertThat(Quarters.reported("the year-earlier period", PUBLISHED)).contains("1988-Q3");
    assertThat(Quarters.reported("last year", PUBLISHED)).isEmpty();
    assertThat(Quarters.ordinal("the fiscal first quarter", PUBLISHED)).contains("1989-Q1");
    assertThat(Quarters.ordinal("second-quarter", PUBLISHED)).contains("1989-Q2");
    assertThat(Quarters.ordinal("quarterly", PUBLISHED)).isEmpty();
  }

  @Test
  void onlyAQuarterlyReportReadsAYearAgoAsAQuarter() {
    TimeExpression yearAgo = new TimeExpression(0, 10, "DATE", "1988-11-02", "a year ago");
    TimexNormalizer normalizer = new TimexNormalizer();
    assertThat(normalizer.value(yearAgo, PUBLISHED, Direction.NEAREST, true)).isEqualTo("1988-Q3");
    assertThat(normalizer.value(yearAgo, PUBLISHED, Direction.NEAREST, false)).isEqualTo("1988");
  }
}
