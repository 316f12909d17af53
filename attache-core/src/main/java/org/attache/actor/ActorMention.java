package org.attache.actor;

/**
 * One mention of an actor in a document: the span of clean text that names or refers to it, the
 * coded actor, and the reason, a short human-readable statement of which rule coded it and on what
 * evidence ("possessive: Pakistan's Foreign Office"). A span that refers to two actors ("the two
 * sides") yields two mentions with the same span, one per actor.
 *
 * @param start character offset of the first character in the document's clean text
 * @param end character offset just past the last character
 * @param sentence index of the sentence holding the span
 * @param text the span's text, equal to {@code text.substring(start, end)}
 * @param actor the coded actor
 * @param reason which rule fired, never blank
 */
public record ActorMention(
    int start, int end, int sentence, String text, Actor actor, String reason) {

  public ActorMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "actor mention needs 0 <= start < end: start=" + start + ", end=" + end);
    }
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must not be negative: sentence=" + sentence);
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(
          "text must have the span's length: start=" + start + ", end=" + end + ", text=" + text);
    }
    if (actor == null) {
      throw new IllegalArgumentException("actor must not be null: text=" + text);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank: text=" + text);
    }
  }
}
