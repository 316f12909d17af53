package org.attache.cli;

/**
 * Makes untrusted text (titles, article text, reasons quoting input) safe to print on a terminal:
 * control characters, C1 controls and bidirectional overrides could move the cursor, recolour the
 * screen or reorder what the user reads, so they are shown as visible escapes instead.
 */
final class TerminalText {
  private TerminalText() {}

  /** Escapes every control character, line breaks included (for one-line cells). */
  static String cell(String text) {
    return escape(text, false);
  }

  /** Escapes control characters but keeps line breaks and tabs (for showing a whole text). */
  static String block(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if (!kept && unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
