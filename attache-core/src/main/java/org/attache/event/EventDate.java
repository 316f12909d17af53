package org.attache.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The event's own date: a range of days (one day when start equals end), how precise it is, and on
 * what it rests. {@code span} is the time expression it came from (null for the publication-date
 * fallback); {@code rule} names the rule that chose or computed it, for {@code attache explain}.
 */
public record EventDate(
    LocalDate start, LocalDate end, Precision precision, Basis basis, TextSpan span, String rule) {

  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What the date rests on: a date written in the text, a time expression resolved against the
   * publication date, or (no time expression) the publication date itself.
   */
  public enum Basis {
    EXPLICIT,
    RELATIVE,
    PUBLICATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EventDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "a date range must not end before it starts: start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if (basis == Basis.PUBLICATION && span != null) {
      throw new IllegalArgumentException("a publication-date fallback has no span: span=" + span);
    }
    Objects.requireNonNull(rule, "rule");
  }
}
