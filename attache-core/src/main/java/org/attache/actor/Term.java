package org.attache.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The span in which someone held an office: first and last day, both inclusive, the last empty
 * while still in office. The tables give days as {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code
 * YYYY} where the day is not known; such a start is taken as the first day of the month or year and
 * such an end as its last day, and the term records that the bound is not exact.
 */
public record Term(LocalDate start, LocalDate end, boolean exactStart, boolean exactEnd) {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public Term {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("term ends before it starts: " + start + " > " + end);
    }
  }

  /**
   * Parses a term from the table's start and end texts (end blank: still in office).
   *
   * @throws IllegalArgumentException naming the text that is not a date of an accepted form
   */
  public static Term parse(String startText, String endText) {
    LocalDate start = parseBound(startText, true);
    boolean open = endText == null || endText.isBlank();
    LocalDate end = open ? null : parseBound(endText, false);
    return new Term(
        start, end, DAY.matcher(startText).matches(), open || DAY.matcher(endText).matches());
  }

  private static LocalDate parseBound(String text, boolean first) {
    String value = text == null ? "" : text.strip();
    try {
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value);
      }
      if (MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a valid date: " + value, e);
    }
    throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
  }

  /** The last day in office, empty while still in office. */
  public Optional<LocalDate> last() {
    return Optional.ofNullable(end);
  }

  /** Whether the office was held on that day (both ends inclusive). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /** Whether the two terms share at least one day. */
  public boolean overlaps(Term other) {
    boolean thisEndsBefore = end != null && end.isBefore(other.start);
    boolean otherEndsBefore = other.end != null && other.end.isBefore(start);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Override
  public String toString() {
    return start + ".." + (end == null ? "" : end.toString());
  }
}
