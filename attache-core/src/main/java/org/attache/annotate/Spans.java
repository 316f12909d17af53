package org.attache.annotate;

import java.util.Objects;

/** Shared argument checks for the annotation records, each message naming the offending values. */
final class Spans {
  private Spans() {}

  static void requireSpan(String what, int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          what + " span must satisfy 0 <= start <= end: start=" + start + ", end=" + end);
    }
  }

  static void requireNonEmptySpan(String what, int start, int end) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          what + " span must satisfy 0 <= start < end: start=" + start + ", end=" + end);
    }
  }

  static void requireIndex(String what, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + what + "=" + index);
    }
  }

  static String requireLabel(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: " + what + "='" + value + "'");
    }
    return value;
  }
}
