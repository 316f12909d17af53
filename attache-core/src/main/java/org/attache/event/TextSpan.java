package org.attache.event;

/** A span of characters in a document's clean text: {@code [start, end)}. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a span needs 0 <= start < end: start=" + start + ", end=" + end);
    }
  }
}
