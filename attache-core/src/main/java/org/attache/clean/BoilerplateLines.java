package org.attache.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.clean.TextDates.DateMatch;

/**
 * Decides, one line at a time and without context, whether a line of scraped text is page furniture
 * rather than article text: prompts to share or subscribe, comment-section notices, photo captions
 * and credits, calendar rows, navigation rows, bylines and lone date lines. The decisions that need
 * context (menus as runs of short lines, trailing link lists) are made by {@link
 * ScrapedTextExtractor} from {@link #isLabel(String)}.
 *
 * <p>Only lines up to {@link #MAX_FURNITURE_LENGTH} characters are examined: page furniture is
 * short, and the bound keeps the cost per line constant whatever the input.
 */
final class BoilerplateLines {

  /** What a line is, as far as the line alone tells. */
  enum Kind {
    TEXT,
    PROMPT,
    COMMENTS_HEADING,
    CAPTION,
    CALENDAR,
    NAVIGATION,
    BYLINE,
    DATE_LINE
  }

  static final int MAX_FURNITURE_LENGTH = 300;

  private static final Pattern PROMPT =
      Pattern.compile(
          "(?:share(?: this)?(?: article| story| post| page)?(?: on [\\p{L} ]{1,20})?|share via"
              + "|tweet|email|e-mail|print|print-news|print this (?:article|page|story)|whatsapp"
              + "|facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|copy url"
              + "|load next story|load more(?: stories| news| articles)?|read more|read next"
              + "|continue reading|show more|see more|view more|more stories|more news"
              + "|related(?: stories| articles| news| posts| topics| content)?|you may also like"
              + "|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|trending"
              + "|advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top"
              + "|top stories|latest news|editor's picks|(?:comments )?faq"
              + "|replying to .{1,60}|comments are moderated.{0,200}|leave a (?:comment|reply)"
              + "|post a comment|add a comment|view comments|show comments|be the first to comment.{0,40}"
              + "|for more information, please see our comments faq|all rights reserved.{0,80}"
              + "|(?:follow us|subscribe to our|subscribe now|sign up for our|sign up to our"
              + "|click here|download our app|join our)\\b.{0,80})[\\s.:!»›>]*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\(c\\)|copyright ©?)\\s*\\d{4}.{0,120}", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENTS_HEADING =
      Pattern.compile(
          "(?:comments?|\\d{1,5} comments?|comments? \\(\\d{1,5}\\)|join the conversation"
              + "|reader comments|discussion)[\\s:]*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_SUFFIX =
      Pattern.compile(
          "(?:^|[\\s(\\[])(?:photo|photos|photograph|image|images|picture|pic|file photo|credit)"
              + "\\s?(?:credits?)?\\s?(?::|/)\\s?[\\p{L}\\p{N}&'’/. -]{1,40}[)\\]]?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTO_LABEL =
      Pattern.compile(
          "(?:an? |the )?(?:archive |file |stock |representational |representative |illustrative"
              + " |featured )?(?:photo|image|picture|pic|photograph|illustration|screengrab"
              + "|screenshot)s?(?: used)?(?: for representation(?:al purposes?)?)?[.:]?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAVIGATION_SEPARATOR = Pattern.compile("\\s*[|»›•·]\\s*");
  private static final Pattern BY_NAME =
      Pattern.compile(
          "By:? \\p{Lu}[\\p{L}.'’-]{0,30}(?:,? (?:\\p{Lu}[\\p{L}.'’-]{0,30}|and|&)){0,5}");
  private static final Pattern SENTENCE_STOP = Pattern.compile("\\p{Ll}{2}\\.(?:\\s|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
  private static final Set<String> CALENDAR_DAYS =
      Set.of(
          "su", "mo", "tu", "we", "th", "fr", "sa", "sun", "mon", "tue", "wed", "thu", "fri",
          "sat");
  private static final Set<String> DATE_LINE_WORDS =
      Set.of(
          "published",
          "updated",
          "posted",
          "last",
          "on",
          "at",
          "by",
          "am",
          "pm",
          "a.m.",
          "p.m.",
          "gmt",
          "utc",
          "pkt",
          "ist",
          "est",
          "edt",
          "cet",
          "msk",
          "and",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "date",
          "time");

  private BoilerplateLines() {}

  /** The kind of {@code line}, which has been stripped and has its whitespace collapsed. */
  static Kind classify(String line) {
    if (line.length() > MAX_FURNITURE_LENGTH) {
      return Kind.TEXT;
    }
    if (COMMENTS_HEADING.matcher(line).matches()) {
      return Kind.COMMENTS_HEADING;
    }
    if (PROMPT.matcher(line).matches() || COPYRIGHT.matcher(line).matches()) {
      return Kind.PROMPT;
    }
    if (isCalendarRow(line)) {
      return Kind.CALENDAR;
    }
    if (isCaption(line)) {
      return Kind.CAPTION;
    }
    if (isNavigationRow(line)) {
      return Kind.NAVIGATION;
    }
    if (line.endsWith(".")) {
      // Bylines and date lines do not end with a full stop; sentence ends do.
      return Kind.TEXT;
    }
    if (line.length() <= 120 && bylineDate(line).isPresent()) {
      return Kind.DATE_LINE;
    }
    if (line.length() <= 80 && BY_NAME.matcher(line).matches()) {
      return Kind.BYLINE;
    }
    return Kind.TEXT;
  }

  /**
   * The date of a byline or date line ({@code Kamran Yousaf November 28, 2024}, {@code Published:
   * 28 Nov 2024}, {@code 31 May 2023}): a line holding a date and, besides it, at most five names
   * or date words, and no sentence.
   */
  static Optional<LocalDate> bylineDate(String line) {
    if (line.length() > 120) {
      return Optional.empty();
    }
    Optional<DateMatch> match = TextDates.firstMatch(line);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    String rest = line.substring(0, match.get().start()) + " " + line.substring(match.get().end());
    if (SENTENCE_STOP.matcher(rest).find()) {
      return Optional.empty();
    }
    Matcher words = WORD.matcher(rest);
    int names = 0;
    while (words.find()) {
      String word = words.group();
      if (DATE_LINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0)) || ++names > 5) {
        return Optional.empty();
      }
    }
    return Optional.of(match.get().date());
  }

  /**
   * Whether {@code line} could be a menu item, section label or link title: short, starting with a
   * capital, without digits or sentence punctuation.
   */
  static boolean isLabel(String line) {
    if (line.isEmpty() || line.length() > 50 || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    int words = 1;
    for (int index = 0; index < line.length(); index++) {
      char character = line.charAt(index);
      if (Character.isDigit(character) || ".,;:!?\"“”()".indexOf(character) >= 0) {
        return false;
      }
      if (character == ' ') {
        words++;
      }
    }
    return words <= 7;
  }

  /** Whether {@code line} ends a sentence: terminal punctuation, maybe followed by quotes. */
  static boolean endsSentence(String line) {
    for (int index = line.length() - 1; index >= 0; index--) {
      char character = line.charAt(index);
      if ("\"'”’)]»".indexOf(character) < 0) {
        return ".!?…".indexOf(character) >= 0;
      }
    }
    return false;
  }

  private static boolean isCalendarRow(String line) {
    String[] tokens = line.split(" ");
    if (tokens.length < 5 || tokens.length > 7) {
      return false;
    }
    for (String token : tokens) {
      if (!CALENDAR_DAYS.contains(token.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCaption(String line) {
    if (PHOTO_LABEL.matcher(line).matches()) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("photo:") || lower.startsWith("photo credit")) && line.length() <= 200) {
      return true;
    }
    return !line.endsWith(".") && CREDIT_SUFFIX.matcher(line).find();
  }

  /** A row of short links between separators: {@code | Home | News | World}. */
  private static boolean isNavigationRow(String line) {
    String[] parts = NAVIGATION_SEPARATOR.split(line);
    int items = 0;
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.split(" ").length > 4 || endsSentence(part)) {
        return false;
      }
      items++;
    }
    int separators = 0;
    for (int index = 0; index < line.length(); index++) {
      separators += "|»›•·".indexOf(line.charAt(index)) >= 0 ? 1 : 0;
    }
    return items >= 2 && separators >= 2;
  }

  /** The items of a navigation row, for recognising the same labels later on the page. */
  static List<String> navigationItems(String line) {
    List<String> items = new ArrayList<>();
    for (String part : NAVIGATION_SEPARATOR.split(line)) {
      if (!part.isEmpty()) {
        items.add(part);
      }
    }
    return items;
  }
}
