package org.attache.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them in meta tags, JSON-LD and {@code <time datetime>}:
 * ISO dates ({@code 2019-11-19}) and date-times with or without an offset ({@code
 * 2019-11-19T08:30:00-05:00}), also with slashes or compact ({@code 20191119}). The local date is
 * taken as written; the offset is not applied. Anything else gives {@code null}.
 */
final class HtmlDates {

  /** Year, month and day at the start of the value; bounded quantifiers, no backtracking risk. */
  private static final Pattern ISO_DATE =
      Pattern.compile("^\\s{0,8}(\\d{4})([-/.]?)(\\d{1,2})\\2(\\d{1,2})(?![\\d])");

  private static final int MAX_LENGTH = 100;

  private HtmlDates() {}

  /**
   * The date at the start of {@code value}, or {@code null} when there is none or it is invalid.
   */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    Matcher matcher = ISO_DATE.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    if (matcher.group(2).isEmpty()
        && (matcher.group(3).length() != 2 || matcher.group(4).length() != 2)) {
      return null;
    }
    try {
      int year = Integer.parseInt(matcher.group(1));
      if (year < 1900 || year > 2200) {
        return null;
      }
      return LocalDate.of(
          year, Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
    } catch (DateTimeException | NumberFormatException invalid) {
      // A value such as 2019-13-45 is not a date; the caller tries its next source.
      return null;
    }
  }
}
