package org.attache.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.annotate.TimeExpression;
import org.attache.event.EventDate.Precision;

/**
 * Turns a TIMEX3 value into the range of days it stands for: "2023-05-30" (a day, a time of day
 * dropped), "2023-05", "2023", "199X" (a decade), "2023-W22", "2023-Q2", "2023-SU", "PRESENT_REF"
 * (the anchor day), and the underspecified values SUTime leaves when it cannot anchor them —
 * "XXXX-05-30", "XXXX-05", "XXXX-WXX-2" — placed before, after or nearest the anchor as the {@link
 * Direction} says. Durations ("P3D"), sets and vague references ("PAST_REF") are no range.
 * Stateless and thread-safe.
 */
public final class TimexNormalizer {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
  private static final Pattern UNDATED_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern UNDATED_MONTH = Pattern.compile("XXXX-(\\d{2})");
  private static final Pattern UNDATED_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(T.*)?");

  /**
   * The range {@code value} stands for; {@code anchor} (the publication date, may be null) places
   * underspecified values and PRESENT_REF. Empty for durations, sets, vague references, values that
   * need an anchor when there is none, and anything malformed.
   */
  public Optional<DateRange> range(String value, LocalDate anchor, Direction direction) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(value.strip(), anchor, direction));
    } catch (java.time.DateTimeException malformed) {
      // An impossible date such as 2023-02-30 is no range; the caller falls back.
      return Optional.empty();
    }
  }

  private static DateRange parse(String value, LocalDate anchor, Direction direction) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return DateRange.day(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
    }
    if ((m = MONTH.matcher(value)).matches()) {
      return DateRange.month(number(m, 1), number(m, 2));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return DateRange.years(number(m, 1), number(m, 1));
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return DateRange.years(number(m, 1) * 10, number(m, 1) * 10 + 9);
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday =
          LocalDate.of(number(m, 1), 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
              .with(DayOfWeek.MONDAY);
      LocalDate first = m.group(3) == null ? monday : monday.plusDays(5);
      return new DateRange(first, monday.plusDays(6), Precision.DAY);
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      return months(number(m, 1), number(m, 2) * 3 - 2, 3);
    }
    if ((m = HALF.matcher(value)).matches()) {
      return months(number(m, 1), number(m, 2) * 6 - 5, 6);
    }
    if ((m = SEASON.matcher(value)).matches()) {
      int year = number(m, 1);
      return switch (m.group(2)) {
        case "SP" -> months(year, 3, 3);
        case "SU" -> months(year, 6, 3);
        case "WI" -> months(year, 12, 3);
        default -> months(year, 9, 3);
      };
    }
    if (anchor == null) {
      return null;
    }
    if (value.equals("PRESENT_REF")) {
      return DateRange.day(anchor);
    }
    if ((m = UNDATED_DAY.matcher(value)).matches()) {
      return DateRange.day(place(MonthDay.of(number(m, 1), number(m, 2)), anchor, direction));
    }
    if ((m = UNDATED_MONTH.matcher(value)).matches()) {
      YearMonth month = place(number(m, 1), anchor, direction);
      return DateRange.month(month.getYear(), month.getMonthValue());
    }
    if ((m = UNDATED_WEEKDAY.matcher(value)).matches()) {
      return DateRange.day(weekday(DayOfWeek.of(number(m, 1)), anchor, direction));
    }
    return null;
  }

  /**
   * The value to keep for a time expression: this normaliser's reading of its text where SUTime
   * left the value empty or unanchored ("XXXX-WXX-2") or where the reading depends on the direction
   * SUTime cannot see (a bare weekday or month), SUTime's value otherwise.
   */
  public String value(TimeExpression time, LocalDate anchor, Direction direction) {
    return value(time, anchor, direction, false);
  }

  /**
   * As {@link #value(TimeExpression, LocalDate, Direction)}, for a report about quarterly figures
   * when {@code quarterly}: there "the quarter" is the last full quarter and "a year ago" that
   * quarter a year before ({@link Quarters}).
   */
  public String value(
      TimeExpression time, LocalDate anchor, Direction direction, boolean quarterly) {
    String sutime = time.value();
    if (!time.type().equals("DATE")) {
      return sutime;
    }
    if (quarterly && anchor != null) {
      Optional<String> quarter = Quarters.reported(time.text(), anchor);
      if (quarter.isPresent()) {
        return quarter.get();
      }
    }
    Optional<String> own = SpelledDates.value(time.text(), anchor, direction);
    if (own.isPresent()
        && (sutime == null || !anchored(sutime) || SpelledDates.directional(time.text()))) {
      return own.get();
    }
    if (sutime != null && sutime.startsWith("XXXX") && anchor != null) {
      Optional<DateRange> placed = range(sutime, anchor, direction);
      if (placed.isPresent()) {
        DateRange range = placed.get();
        return range.precision() == Precision.DAY
            ? range.start().toString()
            : YearMonth.from(range.start()).toString();
      }
    }
    return sutime;
  }

  /** Whether a value names a date without needing an anchor (or is a reference word). */
  static boolean anchored(String value) {
    return value.endsWith("_REF")
        || new TimexNormalizer().range(value, null, Direction.NEAREST).isPresent();
  }

  /** The given weekday on or before, on or after, or nearest (within three days of) the anchor. */
  public static LocalDate weekday(DayOfWeek day, LocalDate anchor, Direction direction) {
    LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
    if (direction.backward()) {
      return before;
    }
    if (direction.forward()) {
      return after;
    }
    return anchor.toEpochDay() - before.toEpochDay() <= 3 ? before : after;
  }

  /** The month of the given number on the given side of the anchor (its own year when nearest). */
  public static YearMonth place(int month, LocalDate anchor, Direction direction) {
    YearMonth same = YearMonth.of(anchor.getYear(), month);
    int slack = direction.slackDays();
    if (direction.backward() && same.atDay(1).isAfter(anchor.plusDays(slack))) {
      return same.minusYears(1);
    }
    if (direction.forward() && same.atEndOfMonth().isBefore(anchor.minusDays(slack))) {
      return same.plusYears(1);
    }
    return same;
  }

  private static LocalDate place(MonthDay day, LocalDate anchor, Direction direction) {
    LocalDate same = day.atYear(anchor.getYear());
    int slack = direction.slackDays();
    if (direction.backward()) {
      return same.isAfter(anchor.plusDays(slack)) ? day.atYear(anchor.getYear() - 1) : same;
    }
    if (direction.forward()) {
      return same.isBefore(anchor.minusDays(slack)) ? day.atYear(anchor.getYear() + 1) : same;
    }
    return nearest(day, anchor);
  }

  private static LocalDate nearest(MonthDay day, LocalDate anchor) {
    LocalDate best = day.atYear(anchor.getYear());
    for (int offset : new int[] {-1, 1}) {
      LocalDate other = day.atYear(anchor.getYear() + offset);
      if (Math.abs(other.toEpochDay() - anchor.toEpochDay())
          < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
        best = other;
      }
    }
    return best;
  }

  private static DateRange months(int year, int firstMonth, int count) {
    LocalDate first = LocalDate.of(year, firstMonth, 1);
    return new DateRange(first, first.plusMonths(count).minusDays(1), Precision.MONTH);
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
