package org.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A cheap, deliberately generous test of whether a tagged sentence could hold anything SUTime or
 * CoreNLP's numeric classifiers would tag (DATE, TIME, DURATION, SET, NUMBER, ORDINAL, MONEY,
 * PERCENT). A sentence without a cue gets the same tags from the 3-class CRF alone, so the costly
 * rule matching runs only where it can find something ({@link SentenceGatedNer}).
 *
 * <p>The cues come from what CoreNLP 4.5.10 can match: its English SUTime rules (time units, day,
 * month, season and time-of-day names, words that are a time on their own such as "now",
 * "currently", "previously", periodic words such as "daily" inside longer words, holidays, decades,
 * fiscal quarters), the number finder (number words, ordinals, "dozen", "score", "gross", "half",
 * "quarter", "oh"), the numeric classifier (every token tagged CD becomes a NUMBER) and SUTime's
 * text rules over hyphenated words ("five-year"). Words the rules use only beside another cue are
 * left out: modifiers such as "last", "next", "later", "ago", "several" need a time or a time unit,
 * and currency, percent and clock words ("dollars", "%", "p.m.") need a number; words no rule names
 * ("former", "era", "Ramadan") are left out too. Currency and percent signs are kept, as they cost
 * nothing. The rules match words, never lemmas. A token is a cue when it holds a digit, is tagged
 * CD, or its word, lower-cased, with any part between hyphens, slashes, dots or apostrophes, or its
 * singular, is a cue word.
 */
final class TimeNumberCues {
  /** Numbers and ordinals (the number finder, SUTime's number terms) that cannot make a year. */
  private static final Set<String> NUMBER_WORDS =
      words(
          "zero oh one two three four five six seven eight nine ten eleven twelve thirty forty "
              + "fourty fifty sixty seventy eighty ninety million billion trillion dozen score "
              + "gross zeroth first third fourth fifth sixth seventh eighth ninth "
              + "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
              + "eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth "
              + "eightieth ninetieth hundredth thousandth millionth billionth trillionth");

  /** Words that can make SUTime find a time ({@link #isTimeCue}). */
  private static final Set<String> TIME_WORDS =
      words(
          // number words that can make a year ("nineteen ninety", "fifteen hundred", "two
          // thousand"), that are also a time unit or a part of an hour, or a time on their own
          // ("once": the past)
          "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty hundred thousand "
              + "second quarter half once twice thrice",
          // decades
          "oughts noughts twenties thirties forties fifties sixties seventies eighties nineties",
          // time units
          "year yr month mo day hour hr minute min sec millisecond millisec week wk fortnight "
              + "decade century centuries millennium millennia millenium millenia",
          // times of day and parts of the week
          "morning afternoon evening night nighttime overnight tonight tonite noon midday "
              + "midnight dusk twilight dawn daybreak sunrise sunup sundown sunset teatime lunchtime "
              + "dinnertime suppertime daylight daytime weekend weekday workday workweek",
          // days, months, seasons, with the abbreviations the rules know
          "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thur "
              + "thurs fri sat sun january february march april may june july august september "
              + "october november december jan feb mar apr jun jul aug sep sept oct nov dec summer "
              + "winter fall autumn spring",
          // words that are a time on their own ("at the time": the past)
          "yesterday today tomorrow now present current currently past previously recently "
              + "medieval future time",
          // holidays and named days
          "christmas xmas easter halloween thanksgiving valentine ides nones birthday mayo",
          // fiscal quarters
          "q1 q2 q3 q4",
          // what makes a number a time of day or a year ("10 a.m.", "five o'clock", "300 BC"), and
          // the quote before a two-digit year ("' 90"); "a.m." and "o'clock" are cues as a whole
          "am pm a.m. p.m. a.m p.m o'clock o’clock oclock bc b.c. b.c ad a.d. a.d ' ’");

  /**
   * Numbers SUTime cannot read as a time or a year: up to three digits, five or more, with
   * thousands separators, or with a decimal point. Four digits may be a year, and digits with
   * letters, colons, slashes or hyphens may be a date or a time ("1990s", "10:30", "5-year").
   */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[0-9]{1,3}|[0-9]{5,}|[0-9]{1,3}(,[0-9]{3})+|[0-9]+\\.[0-9]+");

  /** Periodic words SUTime finds at the end of any word ("bi-weekly", "semiannual"). */
  private static final Pattern PERIODIC =
      Pattern.compile(
          ".*(centennial|yearly|annually|annual|hourly|nightly|daily|weekly|monthly"
              + "|quarterly)");

  /**
   * Words that begin with a time unit: SUTime's text rule for a number word, a hyphen and a unit
   * matches inside longer words ("one-dayer", which the numeric classifier sees as one token).
   */
  private static final Pattern UNIT_PREFIX =
      Pattern.compile("(year|month|week|day|hour|minute|second|decade|centur|fortnight|millen).*");

  /** Currency and percent signs, and any character that is a digit in some script. */
  private static final Pattern SIGNS = Pattern.compile(".*[\\p{Nd}$%#¢£¥€₩].*");

  /** Any character that is a digit in some script. */
  private static final Pattern DIGIT = Pattern.compile(".*\\p{Nd}.*");

  private TimeNumberCues() {}

  /** Whether any token of the sentence is a cue. */
  static boolean anyCue(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if (isCue(token.word(), token.tag())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one token, given its word and part-of-speech tag (either may be null), is a cue. */
  static boolean isCue(String word, String tag) {
    return "CD".equals(tag) || isCueWord(word);
  }

  private static boolean isCueWord(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (SIGNS.matcher(lower).matches() || PERIODIC.matcher(lower).matches()) {
      return true;
    }
    return hasWord(lower, NUMBER_WORDS) || hasWord(lower, TIME_WORDS);
  }

  /**
   * Whether a token could make SUTime find a time, not just a number: every cue but plain numbers
   * ({@link #PLAIN_NUMBER}), number words that cannot make a year and currency or percent signs,
   * plus the words that turn a number into a time ("a.m.", "o'clock", "BC") and words that begin
   * with a time unit ("one-dayer"). A number becomes a time in SUTime's English rules only beside
   * such a word, within a window's reach ({@link SutimeWindows} runs SUTime's rules only on windows
   * that hold one).
   */
  static boolean isTimeCue(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (TIME_WORDS.contains(lower) || PERIODIC.matcher(lower).matches()) {
      return true;
    }
    if (DIGIT.matcher(lower).matches()) {
      return !PLAIN_NUMBER.matcher(lower).matches();
    }
    return anyPart(
        lower,
        part ->
            TIME_WORDS.contains(part)
                || TIME_WORDS.contains(singular(part))
                || UNIT_PREFIX.matcher(part).matches());
  }

  /**
   * Whether a lower-cased word, any part between hyphens, slashes, dots or apostrophes, or its
   * singular, is in the set.
   */
  private static boolean hasWord(String lower, Set<String> words) {
    return anyPart(lower, part -> words.contains(part) || words.contains(singular(part)));
  }

  /** Whether any part of a word between hyphens, slashes, dots or apostrophes passes the test. */
  private static boolean anyPart(String lower, Predicate<String> test) {
    for (String part : lower.split("[-/.’']+")) {
      if (test.test(part)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String... groups) {
    Set<String> words = new HashSet<>();
    for (String group : groups) {
      words.addAll(List.of(group.split(" ")));
    }
    return Set.copyOf(words);
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
