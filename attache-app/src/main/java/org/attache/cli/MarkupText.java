package org.attache.cli;

/**
 * Makes untrusted text (names and places taken from articles) safe inside Markdown, XML (SVG) and
 * tab-separated files. Control characters and bidirectional controls are removed, not shown: in a
 * brief they would only reorder or hide what the reader sees; line breaks become spaces so a name
 * cannot start a new Markdown block or table row.
 */
final class MarkupText {
  /** ASCII punctuation that Markdown (CommonMark, GFM tables) could read as markup. */
  private static final String MARKDOWN = "\\`*_{}[]()<>#+-.!|~&^$=:\"'";

  private MarkupText() {}

  /** The text without control and bidirectional characters; line breaks and tabs become spaces. */
  static String strip(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (!invisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Stripped, with every Markdown metacharacter backslash-escaped. */
  static String markdown(String text) {
    String plain = strip(text);
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Stripped, with XML's five special characters as entities (text and attribute values). */
  static String xml(String text) {
    String plain = strip(text);
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (!Character.isSurrogate(c)
              || (Character.isHighSurrogate(c)
                  && i + 1 < plain.length()
                  && Character.isLowSurrogate(plain.charAt(i + 1)))) {
            out.append(c);
          } else if (Character.isLowSurrogate(c)
              && i > 0
              && Character.isHighSurrogate(plain.charAt(i - 1))) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean invisible(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xfeff
        || c == 0xfffe
        || c == 0xffff;
  }
}
