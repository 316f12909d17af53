package org.attache.resolve;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of an event from a duration: a TIMEX3 value ("P3D", "P2W", "P1M") or the text of a
 * modifier or phrase ("three-day", "2-day", "three days", "a week"). Only whole days, weeks, months
 * and years, which is what the length of a visit or a talk needs. Stateless.
 */
public final class Durations {

  private static final Pattern VALUE = Pattern.compile("P(\\d{1,3})([DWMY])");
  private static final Pattern TEXT =
      Pattern.compile(
          "(?:(\\d{1,3})|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
              + "[- ](day|week|month|year)s?(?:[- ]long)?");

  private Durations() {}

  /** The period of a TIMEX3 duration value, or empty when it is not whole units or not one. */
  public static Optional<Period> ofValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return period(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
  }

  /** The period a text such as "three-day" or "two weeks" states, or empty. */
  public static Optional<Period> ofText(String text) {
    Matcher m = TEXT.matcher(text.toLowerCase(Locale.ROOT).strip());
    if (!m.find()) {
      return Optional.empty();
    }
    int count =
        m.group(1) != null ? Integer.parseInt(m.group(1)) : SpelledDates.NUMBERS.get(m.group(2));
    return period(count, m.group(3).substring(0, 1));
  }

  private static Optional<Period> period(int count, String unit) {
    if (count <= 0 || count > 400) {
      return Optional.empty();
    }
    return Optional.of(
        switch (unit) {
          case "d" -> Period.ofDays(count);
          case "w" -> Period.ofWeeks(count);
          case "m" -> Period.ofMonths(count);
          default -> Period.ofYears(count);
        });
  }
}
