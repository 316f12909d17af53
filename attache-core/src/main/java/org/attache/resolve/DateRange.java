package org.attache.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.attache.event.EventDate.Precision;

/**
 * A range of days a time expression stands for, with how precise it is: "30 May 2023" is one day,
 * "April 2024" the days of April at month precision, "2025-2027" three whole years at year
 * precision, a week or a quarter its days.
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "a date range must not end before it starts: start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(precision, "precision");
  }

  /** One day. */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day, Precision.DAY);
  }

  /** The days of one month. */
  public static DateRange month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateRange(first, first.plusMonths(1).minusDays(1), Precision.MONTH);
  }

  /** The days of the years {@code first} to {@code last}, both included. */
  public static DateRange years(int first, int last) {
    return new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Precision.YEAR);
  }

  /** This range's first day to {@code other}'s last day, at the coarser of the two precisions. */
  public DateRange through(DateRange other) {
    Precision coarser = precision.compareTo(other.precision) >= 0 ? precision : other.precision;
    LocalDate last = other.end.isBefore(end) ? end : other.end;
    return new DateRange(start, last, coarser);
  }
}
