package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** Durations from TIMEX3 values and from modifiers such as "three-day". */
class DurationsTest {

  @Test
  void readsValues() {
    assertThat(Durations.ofValue("P3D")).contains(Period.ofDays(3));
    assertThat(Durations.ofValue("P2W")).contains(Period.ofWeeks(2));
    assertThat(Durations.ofValue("P1Y")).contains(Period.ofYears(1));
    assertThat(Durations.ofValue("PXD")).isEmpty();
    assertThat(Durations.ofValue("PT4H")).isEmpty();
    assertThat(Durations.ofValue(null)).isEmpty();
  }

  @Test
  void readsText() {
    assertThat(Durations.ofText("three-day")).contains(Period.ofDays(3));
    assertThat(Durations.ofText("2-day")).contains(Period.ofDays(2));
    assertThat(Durations.ofText("two weeks")).contains(Period.ofWeeks(2));
    assertThat(Durations.ofText("a week-long")).contains(Period.ofWeeks(1));
    assertThat(Durations.ofText("day-to-day")).isEmpty();
    assertThat(Durations.ofText("0-day")).isEmpty();
    assertThat(Durations.ofText("99999999999-day")).isEmpty();
    assertThat(Durations.ofValue("P99999999999D")).isEmpty();
  }
}
