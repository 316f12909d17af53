package org.attache.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns blocks of kept lines (lines between blank lines) into paragraphs, joining lines that the
 * source hard-wrapped and keeping line breaks that end a paragraph.
 *
 * <p>A block whose lines are all at most {@value #WRAP_LIMIT} characters long (the last excepted)
 * was probably wrapped at a fixed width, as wire services do at about 65 columns. In such a block a
 * line break is kept only where the next line's first word would clearly have fitted on the line:
 * that break was the writer's, not the wrapper's (a heading, a dateline, a table row). In a block
 * with longer lines each line is a paragraph of its own, as pages rendered to text put them, unless
 * the line stops mid-sentence and the next starts in lower case.
 */
final class TextParagraphs {

  /**
   * One paragraph, how many source lines it was made of, and whether it was its whole block (set
   * off by blank lines, as headlines are).
   */
  record Paragraph(String text, int lineCount, boolean wholeBlock) {}

  static final int WRAP_LIMIT = 100;

  /** The share of the block's width under which a line clearly ended before the wrap column. */
  private static final double SHORT_LINE_SHARE = 0.75;

  private static final Pattern DATELINE_ALONE =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:\\([\\p{L} ]{1,20}\\))?\\s?[:—–-]{1,2}");

  private TextParagraphs() {}

  /** The paragraphs of one block of consecutive non-blank lines, in order. */
  static List<Paragraph> of(List<String> block) {
    List<Paragraph> paragraphs = new ArrayList<>();
    if (block.isEmpty()) {
      return paragraphs;
    }
    boolean wrapped = isWrapped(block);
    int width = 0;
    for (String line : block) {
      width = Math.max(width, line.length());
    }
    StringBuilder paragraph = new StringBuilder(block.get(0));
    int lineCount = 1;
    for (int index = 1; index < block.size(); index++) {
      String previous = block.get(index - 1);
      String line = block.get(index);
      boolean join =
          wrapped ? wasWrapped(previous, line, width) : continuesSentence(previous, line);
      if (join) {
        paragraph.append(' ').append(line);
        lineCount++;
      } else {
        paragraphs.add(new Paragraph(paragraph.toString(), lineCount, false));
        paragraph.setLength(0);
        paragraph.append(line);
        lineCount = 1;
      }
    }
    paragraphs.add(new Paragraph(paragraph.toString(), lineCount, paragraphs.isEmpty()));
    return paragraphs;
  }

  private static boolean isWrapped(List<String> block) {
    for (int index = 0; index < block.size() - 1; index++) {
      if (block.get(index).length() > WRAP_LIMIT) {
        return false;
      }
    }
    return block.size() > 1;
  }

  private static boolean wasWrapped(String previous, String line, int width) {
    if (DATELINE_ALONE.matcher(previous).matches()) {
      return false;
    }
    int nextWord = line.indexOf(' ');
    int nextWordLength = nextWord < 0 ? line.length() : nextWord;
    return previous.length() + 1 + nextWordLength > SHORT_LINE_SHARE * width;
  }

  private static boolean continuesSentence(String previous, String line) {
    char last = previous.charAt(previous.length() - 1);
    return Character.isLetter(last)
        && !BoilerplateLines.endsSentence(previous)
        && Character.isLowerCase(line.codePointAt(0));
  }
}
