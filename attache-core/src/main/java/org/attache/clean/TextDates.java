package org.attache.clean;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in English news pages: ISO dates ({@code 2024-11-28}), day-month
 * ({@code 31 May 2023}, {@code 31st of May, 2023}) and month-day ({@code November 28, 2024}, {@code
 * Nov. 28 2024}) orders, with full or abbreviated month names. Only dates with a four-digit year
 * between 1900 and 2100 that exist in the calendar are returned; nothing is guessed.
 *
 * <p>Every pattern is a fixed sequence of bounded pieces, so matching is linear in the input.
 */
final class TextDates {

  /** A date found in a text, with the span of characters that wrote it. */
  record DateMatch(int start, int end, LocalDate date) {}

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})(?!\\d)";

  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])" + DAY + "\\s{1,3}(?:of\\s{1,3})?" + MONTH + ",?\\s{1,3}" + YEAR,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])" + MONTH + "\\s{0,3}" + DAY + "\\b,?\\s{1,3}" + YEAR,
          Pattern.CASE_INSENSITIVE);

  private TextDates() {}

  /** The first complete date in {@code text}, or empty. */
  static Optional<LocalDate> firstDate(CharSequence text) {
    return firstMatch(text).map(DateMatch::date);
  }

  /** The first complete date in {@code text} with its span, or empty. */
  static Optional<DateMatch> firstMatch(CharSequence text) {
    DateMatch best = null;
    best = earliest(best, text, ISO, 1, 2, 3, false);
    best = earliest(best, text, DAY_MONTH_YEAR, 3, 2, 1, true);
    best = earliest(best, text, MONTH_DAY_YEAR, 3, 1, 2, true);
    return Optional.ofNullable(best);
  }

  /**
   * Scans for valid dates written with {@code pattern}, returning whichever of {@code best} and the
   * first valid match here starts earlier.
   */
  private static DateMatch earliest(
      DateMatch best,
      CharSequence text,
      Pattern pattern,
      int yearGroup,
      int monthGroup,
      int dayGroup,
      boolean monthByName) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (best != null && matcher.start() >= best.start()) {
        return best;
      }
      int month =
          monthByName
              ? monthNumber(matcher.group(monthGroup))
              : Integer.parseInt(matcher.group(monthGroup));
      LocalDate date =
          date(
              Integer.parseInt(matcher.group(yearGroup)),
              month,
              Integer.parseInt(matcher.group(dayGroup)));
      if (date != null) {
        return new DateMatch(matcher.start(), matcher.end(), date);
      }
    }
    return best;
  }

  /** The month number of an English month name or abbreviation ({@code Sept}, {@code may}). */
  static int monthNumber(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException("not a month name: " + name);
  }

  /** The date, or {@code null} when it does not exist or lies outside 1900-2100. */
  static LocalDate date(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
