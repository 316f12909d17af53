package org.attache.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventStatus;

/**
 * The days a report's event may fall on. A date stated in the text (explicit or relative) is its
 * own range; two stated day-precision ranges are compatible when they overlap or are adjacent (one
 * day apart). A date that is only the publication date says little: a planned event lies up to
 * {@link #AHEAD} days after it, an event reported as held up to {@link #BEHIND} days before it,
 * anything else in either. An event reported as under way ("is visiting", the coder's rule {@code
 * status:ongoing}) has begun or is about to, and may go on: up to {@link #BEHIND} days either side.
 * Month and year precision keep their month or year ({@code coarse}).
 */
record DateWindow(LocalDate start, LocalDate end, boolean stated, boolean coarse) {
  static final int AHEAD = 30;
  static final int BEHIND = 7;
  static final String ONGOING = "status:ongoing";

  DateWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window ends before it starts: " + start + ".." + end);
    }
  }

  /** The report's window, or null when it has no date at all. */
  static DateWindow of(EventMention mention) {
    EventDate date = mention.date();
    if (date == null) {
      return null;
    }
    if (date.basis() != EventDate.Basis.PUBLICATION) {
      return new DateWindow(
          date.start(), date.end(), true, date.precision() != EventDate.Precision.DAY);
    }
    LocalDate day = date.start();
    EventStatus status = mention.status();
    LocalDate from = status == EventStatus.PLANNED ? day : day.minusDays(BEHIND);
    LocalDate to =
        status != EventStatus.OCCURRED
            ? day.plusDays(AHEAD)
            : mention.rules().contains(ONGOING) ? day.plusDays(BEHIND) : day;
    return new DateWindow(from, to, false, false);
  }

  /** Days a later window may start after this one ends and still be compatible. */
  int tolerance(DateWindow other) {
    return stated && other.stated && !coarse && !other.coarse ? 1 : 0;
  }

  /** Whether the two windows are close enough to be one event (unknown dates always are). */
  static boolean compatible(DateWindow first, DateWindow second) {
    return first == null || second == null || gap(first, second) <= first.tolerance(second);
  }

  /** 1 for overlapping stated dates, 0.6 for other compatible dates, 0.3 when one is unknown. */
  static double score(DateWindow first, DateWindow second) {
    if (first == null || second == null) {
      return 0.3;
    }
    return first.stated && second.stated && gap(first, second) <= 0 ? 1.0 : 0.6;
  }

  static String describe(DateWindow first, DateWindow second) {
    if (first == null || second == null) {
      return "date unknown";
    }
    long gap = gap(first, second);
    return gap <= 0 ? "dates overlap" : "dates adjacent";
  }

  /**
   * Days between the end of the earlier and the start of the later; 0 or less when they overlap.
   */
  static long gap(DateWindow first, DateWindow second) {
    LocalDate laterStart = first.start.isAfter(second.start) ? first.start : second.start;
    LocalDate earlierEnd = first.end.isBefore(second.end) ? first.end : second.end;
    return ChronoUnit.DAYS.between(earlierEnd, laterStart);
  }
}
