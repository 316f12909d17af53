package org.attache.resolve;

import java.util.Objects;

/** A place name found in a document: its sentence, its span in the clean text, and its text. */
public record ToponymMention(int sentence, int start, int end, String text) {
  public ToponymMention {
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a toponym needs sentence >= 0 and 0 <= start < end: sentence="
              + sentence
              + ", start="
              + start
              + ", end="
              + end);
    }
    Objects.requireNonNull(text, "text");
  }
}
