package org.attache.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped text into clean lines: any line ending ({@code \r\n}, {@code \r}, {@code \n}),
 * no-break and other odd spaces made plain spaces, zero-width characters and byte-order marks
 * removed, runs of whitespace collapsed and each line stripped. A line left empty is a blank line.
 */
final class TextLines {

  private TextLines() {}

  static List<String> split(String content) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean pendingSpace = false;
    for (int index = 0; index < content.length(); index++) {
      char character = content.charAt(index);
      if (character == '\n' || character == '\r') {
        if (character == '\r'
            && index + 1 < content.length()
            && content.charAt(index + 1) == '\n') {
          index++;
        }
        lines.add(line.toString());
        line.setLength(0);
        pendingSpace = false;
      } else if (isInvisible(character)) {
        continue;
      } else if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
        pendingSpace = line.length() > 0;
      } else {
        if (pendingSpace) {
          line.append(' ');
          pendingSpace = false;
        }
        line.append(character);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean isInvisible(char character) {
    return character == '\uFEFF'
        || (character >= '\u200B' && character <= '\u200F')
        || character == '\u2060'
        || character == '\u00AD'
        || (Character.isISOControl(character) && character != '\t');
  }
}
