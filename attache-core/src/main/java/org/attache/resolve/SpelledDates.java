package org.attache.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small normaliser of its own for the date expressions news reports use most, from their text:
 * "today", "yesterday", "tomorrow", "Tuesday" (placed by the {@link Direction}), "last Tuesday",
 * "last/this/next week, month, year", "April this year", "February last year", "April 2024", "30
 * May", "May 30, 2023", "April", "2022", "three days ago". Returns a TIMEX3 value ("2023-05-30",
 * "2023-04", "2023", "2023-W22") or nothing for text it does not know, so that the caller keeps
 * SUTime's value. Stateless and thread-safe.
 */
final class SpelledDates {

  static final Map<String, Integer> NUMBERS = numbers();
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final Pattern LEAD =
      Pattern.compile("^(?:(?:on|in|at|during|of|from|since|until|by|early|late|the)\\s+)+");
  private static final Pattern WEEKDAY_ONLY =
      Pattern.compile("(?:(last|next|this|this past|this coming|coming|past)\\s+)?" + WEEKDAY);
  private static final Pattern WEEKDAY_PART =
      Pattern.compile(WEEKDAY + "\\s+(night|morning|afternoon|evening)");
  private static final Pattern RELATIVE_MONTH =
      Pattern.compile("(last|next|this|this past|this coming|coming|past)\\s+" + MONTH);
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile("(last|this|next|past|coming|previous)\\s+(week|month|year)");
  private static final Pattern MONTH_RELATIVE_YEAR =
      Pattern.compile(MONTH + "\\s+(?:of\\s+)?(this|last|next)\\s+year");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(?:of\\s+)?(\\d{4})");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
  private static final Pattern MONTH_ONLY = Pattern.compile(MONTH);
  private static final Pattern YEAR_ONLY = Pattern.compile("(?:the\\s+year\\s+)?([12]\\d{3})");
  private static final Pattern AGO =
      Pattern.compile(
          "(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "\\s+(day|week|month|year)s?\\s+(?:ago|earlier|before)");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WEEKDAY_ALONE = Pattern.compile(WEEKDAY);
  private static final Pattern ENDS_WITH_YEAR = Pattern.compile(".*\\d{4}");
  private static final Pattern NAMES_DAYS = Pattern.compile(".*\\bdays?\\b.*");
  private static final Pattern QUARTER =
      Pattern.compile("(?:fiscal[- ]?)?(?:first|second|third|fourth)[- ]quarter");

  private SpelledDates() {}

  /**
   * Whether {@code text} reads differently by direction (a bare weekday, month or day of a month:
   * "Tuesday", "April", "Oct. 23") or is one SUTime reads at the wrong grain ("four years ago" is a
   * year, not a day): for these the caller prefers this normaliser's value.
   */
  static boolean directional(String text) {
    String phrase = LEAD.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
    phrase = SPACES.matcher(phrase).replaceAll(" ");
    return WEEKDAY_ALONE.matcher(phrase).matches()
        || WEEKDAY_PART.matcher(phrase).matches()
        || MONTH_ONLY.matcher(phrase).matches()
        || RELATIVE_MONTH.matcher(phrase).matches()
        || (DAY_MONTH.matcher(phrase).matches() || MONTH_DAY.matcher(phrase).matches())
            && !ENDS_WITH_YEAR.matcher(phrase).matches()
        || AGO.matcher(phrase).matches() && !NAMES_DAYS.matcher(phrase).matches()
        || QUARTER.matcher(phrase).matches();
  }

  /** The TIMEX3 value of {@code text} against {@code anchor}, or empty when not known. */
  static Optional<String> value(String text, LocalDate anchor, Direction direction) {
    String phrase = LEAD.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
    phrase = SPACES.matcher(phrase).replaceAll(" ");
    Matcher m;
    if ((m = DAY_MONTH.matcher(phrase)).matches()) {
      return day(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)), anchor, direction);
    }
    if ((m = MONTH_DAY.matcher(phrase)).matches()) {
      return day(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)), anchor, direction);
    }
    if ((m = MONTH_YEAR.matcher(phrase)).matches()) {
      return Optional.of(m.group(2) + "-" + two(month(m.group(1))));
    }
    if ((m = YEAR_ONLY.matcher(phrase)).matches()) {
      return Optional.of(m.group(1));
    }
    if (anchor == null) {
      return Optional.empty();
    }
    return relative(phrase, anchor, direction);
  }

  private static Optional<String> relative(String phrase, LocalDate anchor, Direction direction) {
    Matcher m;
    switch (phrase) {
      case "today", "this morning", "this afternoon", "tonight", "this evening" -> {
        return Optional.of(anchor.toString());
      }
      case "yesterday" -> {
        return Optional.of(anchor.minusDays(1).toString());
      }
      case "tomorrow" -> {
        return Optional.of(anchor.plusDays(1).toString());
      }
      default -> {
        // not a fixed word: the patterns below
      }
    }
    Optional<String> quarter = Quarters.ordinal(phrase, anchor);
    if (quarter.isPresent()) {
      return quarter;
    }
    if ((m = WEEKDAY_ONLY.matcher(phrase)).matches()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String modifier = m.group(1) == null ? "" : m.group(1);
      LocalDate date =
          switch (modifier) {
            case "last", "this past", "past" ->
                anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case "next", "this coming", "coming" ->
                anchor.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            default -> TimexNormalizer.weekday(day, anchor, direction);
          };
      return Optional.of(date.toString());
    }
    if ((m = WEEKDAY_PART.matcher(phrase)).matches()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      String part =
          switch (m.group(2)) {
            case "night" -> "TNI";
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            default -> "TEV";
          };
      return Optional.of(TimexNormalizer.weekday(day, anchor, direction) + part);
    }
    if ((m = RELATIVE_MONTH.matcher(phrase)).matches()) {
      Direction side =
          switch (m.group(1)) {
            case "last", "this past", "past" -> Direction.BACKWARD;
            case "next", "this coming", "coming" -> Direction.FORWARD;
            default -> Direction.NEAREST;
          };
      return Optional.of(TimexNormalizer.place(month(m.group(2)), anchor, side).toString());
    }
    if ((m = RELATIVE_UNIT.matcher(phrase)).matches()) {
      int offset =
          switch (m.group(1)) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
          };
      return Optional.of(unit(m.group(2), offset, anchor));
    }
    if ((m = MONTH_RELATIVE_YEAR.matcher(phrase)).matches()) {
      int year =
          anchor.getYear() + ("last".equals(m.group(2)) ? -1 : "next".equals(m.group(2)) ? 1 : 0);
      return Optional.of(year + "-" + two(month(m.group(1))));
    }
    if ((m = MONTH_ONLY.matcher(phrase)).matches() && !phrase.equals("may")) {
      return Optional.of(TimexNormalizer.place(month(m.group(1)), anchor, direction).toString());
    }
    if ((m = AGO.matcher(phrase)).matches()) {
      int count = NUMBERS.getOrDefault(m.group(1), 0);
      if (count == 0) {
        count = Integer.parseInt(m.group(1));
      }
      return Optional.of(unitAgo(m.group(2), count, anchor));
    }
    return Optional.empty();
  }

  private static String unit(String unit, int offset, LocalDate anchor) {
    return switch (unit) {
      case "week" -> {
        LocalDate day = anchor.plusWeeks(offset);
        yield day.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + two(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "month" -> YearMonth.from(anchor).plusMonths(offset).toString();
      default -> String.valueOf(anchor.getYear() + offset);
    };
  }

  private static String unitAgo(String unit, int count, LocalDate anchor) {
    return switch (unit) {
      case "day" -> anchor.minusDays(count).toString();
      case "week" -> unit("week", -count, anchor);
      case "month" -> YearMonth.from(anchor).minusMonths(count).toString();
      default -> String.valueOf(anchor.getYear() - count);
    };
  }

  private static Optional<String> day(
      String year, int month, int day, LocalDate anchor, Direction direction) {
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    if (year != null) {
      return Optional.of(year + "-" + two(month) + "-" + two(day));
    }
    if (anchor == null) {
      return Optional.empty();
    }
    return new TimexNormalizer()
        .range("XXXX-" + two(month) + "-" + two(day), anchor, direction)
        .map(range -> range.start().toString());
  }

  private static int month(String name) {
    return MONTHS.get(name.replace(".", "").substring(0, 3));
  }

  private static String two(int number) {
    return number < 10 ? "0" + number : String.valueOf(number);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new TreeMap<>();
    for (Month month : Month.values()) {
      String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      months.put(name.substring(0, 3).toLowerCase(Locale.ROOT), month.getValue());
    }
    return Map.copyOf(months);
  }

  private static Map<String, Integer> numbers() {
    String[] words = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve"
    };
    Map<String, Integer> numbers = new TreeMap<>();
    for (int i = 0; i < words.length; i++) {
      numbers.put(words[i], i + 1);
    }
    numbers.put("a", 1);
    numbers.put("an", 1);
    return Map.copyOf(numbers);
  }
}
