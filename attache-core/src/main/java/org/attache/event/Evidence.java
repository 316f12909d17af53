package org.attache.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event mention with what a reader needs to weigh it: the outlet, the document's URL and
 * publication date, and the sentence's text. {@code source}, {@code url} and {@code published} are
 * null when unknown.
 */
public record Evidence(
    EventMention mention, String source, String url, LocalDate published, String sentence) {
  public Evidence {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** The outlet the report counts for: its source, else its document. */
  public String outlet() {
    return source != null ? source : mention.documentId();
  }
}
