package org.attache.annotate;

import java.util.Objects;

/**
 * A named-entity mention within one sentence: a run of tokens with one entity type.
 *
 * @param start character offset of the mention's first character in the document's clean text
 * @param end character offset just past its last character
 * @param firstToken index within the sentence of its first token
 * @param lastToken index within the sentence of its last token (inclusive)
 * @param type the type as produced, such as PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY,
 *     NATIONALITY, TITLE or DATE
 * @param text the mention's text, equal to {@code text.substring(start, end)}
 */
public record EntityMention(
    int start, int end, int firstToken, int lastToken, String type, String text) {

  public EntityMention {
    Spans.requireNonEmptySpan("entity mention", start, end);
    Spans.requireIndex("firstToken", firstToken);
    if (lastToken < firstToken) {
      throw new IllegalArgumentException(
          "lastToken must not precede firstToken: firstToken="
              + firstToken
              + ", lastToken="
              + lastToken);
    }
    Spans.requireLabel("type", type);
    Objects.requireNonNull(text, "text");
  }
}
