package org.attache.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.clean.TextParagraphs.Paragraph;
import org.attache.model.CleanText;
import org.attache.model.Metadata;

/**
 * Tells the headline and sub-headline of scraped text from its body. The headline is the paragraph
 * that repeats the input's title, if one of the first paragraphs does; otherwise the first
 * paragraph when it looks like one: a single short line that does not end like a sentence and is
 * followed by more text. The sub-headline is a second such line right after the headline. A
 * headline printed twice is kept once. Text without a headline-like first line (a wire story that
 * starts with its lead) has no headline.
 */
final class TextHeadlines {

  private static final int HEADLINE_MAX_LENGTH = 200;
  private static final int SUBTITLE_MAX_LENGTH = 300;
  private static final int TITLE_SEARCH = 8;
  private static final int FURNITURE_MAX_WORDS = 12;

  private TextHeadlines() {}

  static CleanText split(
      List<Paragraph> paragraphs, String inputTitle, Metadata found, List<String> warnings) {
    List<Paragraph> rest = new ArrayList<>(paragraphs);
    String title = null;
    int titleIndex = inputTitleIndex(rest, inputTitle);
    if (titleIndex >= 0) {
      title = rest.get(titleIndex).text();
      rest.subList(0, titleIndex + 1).clear();
    } else if (rest.size() > 1 && looksLikeHeading(rest.get(0), HEADLINE_MAX_LENGTH)) {
      title = rest.remove(0).text();
    }
    String subtitle = null;
    if (title != null) {
      String key = normalized(title);
      while (!rest.isEmpty() && normalized(rest.get(0).text()).equals(key)) {
        rest.remove(0);
      }
      if (rest.size() > 1 && looksLikeHeading(rest.get(0), SUBTITLE_MAX_LENGTH)) {
        subtitle = rest.remove(0).text();
      }
    }
    if (rest.isEmpty()) {
      // A lone heading-like line is the only text there is: it is the body, not a headline.
      rest.add(new Paragraph(subtitle != null ? subtitle : title, 1, true));
      if (subtitle != null) {
        subtitle = null;
      } else {
        title = null;
      }
    }
    StringBuilder body = new StringBuilder();
    for (Paragraph paragraph : rest) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(paragraph.text());
    }
    return new CleanText(title, subtitle, body.toString(), found, warnings);
  }

  /**
   * The index of the paragraph repeating the input title among the first few, when everything
   * before it is short non-sentence furniture; -1 otherwise.
   */
  private static int inputTitleIndex(List<Paragraph> paragraphs, String inputTitle) {
    if (inputTitle == null || inputTitle.isBlank()) {
      return -1;
    }
    String key = normalized(inputTitle);
    int limit = Math.min(TITLE_SEARCH, paragraphs.size() - 1);
    for (int index = 0; index < limit; index++) {
      String text = paragraphs.get(index).text();
      if (normalized(text).equals(key)) {
        return index;
      }
      if (BoilerplateLines.endsSentence(text) || text.split(" ").length > FURNITURE_MAX_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean looksLikeHeading(Paragraph paragraph, int maxLength) {
    String text = paragraph.text();
    if (!paragraph.wholeBlock()
        || paragraph.lineCount() != 1
        || text.length() > maxLength
        || text.indexOf(' ') < 0) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".,;:-—–".indexOf(last) < 0 && !text.endsWith("...");
  }

  /** Case, quote style and spacing do not make two headlines different. */
  private static String normalized(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (Character.isLetterOrDigit(character)) {
        key.append(character);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
