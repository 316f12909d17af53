package org.attache.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event mention with what a reader needs to weigh it: the outlet, the document's URL and
 * publication date, and the sentence's text, which starts at {@code sentenceStart} in the
 * document's clean text. {@code source}, {@code url} and {@code published} are null when unknown.
 */
public record Evidence(
    EventMention mention,
    String source,
    String url,
    LocalDate published,
    String sentence,
    int sentenceStart) {
  public Evidence {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(sentence, "sentence");
    if (sentenceStart < 0) {
      throw new IllegalArgumentException(
          "sentenceStart must not be negative: sentenceStart=" + sentenceStart);
    }
  }

  /** The outlet the report counts for: its source, else its document. */
  public String outlet() {
    return source != null ? source : mention.documentId();
  }
}
