package org.attache.annotate;

import java.util.Objects;

/**
 * A time expression (TIMEX3) normalised against the document's publication date.
 *
 * @param start character offset of its first character in the document's clean text
 * @param end character offset just past its last character
 * @param type the TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the normalised value, such as "2023-05-30", "P3D", "2022" or "PRESENT_REF", or
 *     {@code null} when the expression could not be normalised
 * @param text the expression's text, equal to {@code text.substring(start, end)}
 */
public record TimeExpression(int start, int end, String type, String value, String text) {

  public TimeExpression {
    Spans.requireNonEmptySpan("time expression", start, end);
    Spans.requireLabel("type", type);
    Objects.requireNonNull(text, "text");
  }
}
