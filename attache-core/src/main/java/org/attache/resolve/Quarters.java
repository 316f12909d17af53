package org.attache.resolve;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarter readings of business news, where results are reported for the quarter just ended: in a
 * report about quarterly figures "the quarter" and "the latest quarter" are the last full quarter
 * before the publication date, and "a year ago" or "the year-earlier quarter" is that quarter a
 * year before. "The third quarter" without a year is the publication year's. Stateless.
 */
final class Quarters {

  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?:the\\s+)?(?:fiscal[- ]?)?(first|second|third|fourth)[- ]quarter"
              + "(?:\\s+of\\s+this\\s+year)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LATEST =
      Pattern.compile("the\\s+(?:latest|most\\s+recent|just[- ]ended|past)?\\s*quarter");
  private static final Pattern YEAR_AGO =
      Pattern.compile(
          "(?:a|one)\\s+year\\s+(?:ago|earlier)"
              + "|the\\s+year[- ](?:ago|earlier)\\s+(?:quarter|period)"
              + "|the\\s+(?:same\\s+)?quarter\\s+a\\s+year\\s+(?:ago|earlier)");

  private Quarters() {}

  /** The quarter value of an ordinal quarter ("third quarter" → the anchor year's Q3), or empty. */
  static Optional<String> ordinal(String phrase, LocalDate anchor) {
    Matcher m = ORDINAL.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    int quarter =
        switch (m.group(1)) {
          case "first" -> 1;
          case "second" -> 2;
          case "third" -> 3;
          default -> 4;
        };
    return Optional.of(anchor.getYear() + "-Q" + quarter);
  }

  /** The quarter a phrase of a quarterly report refers to, or empty for other phrases. */
  static Optional<String> reported(String text, LocalDate anchor) {
    String phrase = SPACES.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    LocalDate lastQuarter = anchor.minusMonths(3);
    if (LATEST.matcher(phrase).matches()) {
      return Optional.of(value(lastQuarter));
    }
    if (YEAR_AGO.matcher(phrase).matches()) {
      return Optional.of(value(lastQuarter.minusYears(1)));
    }
    return Optional.empty();
  }

  private static String value(LocalDate day) {
    return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
  }
}
