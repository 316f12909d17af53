package org.attache.resolve;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.attache.annotate.Annotation;
import org.attache.annotate.Sentence;
import org.attache.event.DateResolver;
import org.attache.event.EventDate;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventDate.Precision;
import org.attache.event.EventStatus;

/**
 * Dates an event from the time expression attached to its trigger or clause ({@link
 * TimeAttachments}), read against the publication date ({@link DateReading}), and stretched to a
 * range by a duration attached to the trigger: "a two-day trip from Tuesday" starts on Tuesday,
 * "returned home on Wednesday after a three-day visit" and "a three-day visit that ended Wednesday"
 * end on it. A bare weekday or month lies ahead of the publication date in a planned report and
 * behind it in one that occurred; for other statuses the clause's tense decides ({@link
 * ClauseTense}). Without a usable expression the publication date is the event's date. Stateless
 * and thread-safe; the rules are described in docs/dates.md.
 */
public final class TimexDateResolver implements DateResolver {

  /** Durations further than this from the trigger describe something else. */
  private static final int DURATION_REACH = 3;

  @Override
  public Optional<EventDate> date(
      Annotation annotation, int sentence, int triggerToken, EventStatus status) {
    if (sentence < 0 || sentence >= annotation.sentences().size()) {
      throw new IllegalArgumentException(
          "no such sentence: sentence=" + sentence + " doc=" + annotation.documentId());
    }
    Sentence current = annotation.sentences().get(sentence);
    if (triggerToken < 0 || triggerToken >= current.tokens().size()) {
      throw new IllegalArgumentException(
          "no such token: triggerToken="
              + triggerToken
              + " sentence="
              + sentence
              + " doc="
              + annotation.documentId());
    }
    LocalDate published = annotation.published();
    Direction direction = direction(status, current, triggerToken);
    List<TimeCandidate> candidates = TimeCandidate.of(current);
    List<TimeAttachments.Found> found = TimeAttachments.find(current, triggerToken, candidates);
    Period duration = duration(found);
    for (TimeAttachments.Found attached : found) {
      if (attached.candidate().duration()) {
        continue;
      }
      Optional<DateReading> reading =
          DateReading.read(
              annotation.text(), attached.candidate(), candidates, published, direction);
      if (reading.isPresent()) {
        return Optional.of(date(reading.get(), attached, duration));
      }
    }
    if (published == null) {
      return Optional.empty();
    }
    return Optional.of(
        new EventDate(
            published, published, Precision.DAY, Basis.PUBLICATION, null, "publication-date"));
  }

  private static EventDate date(
      DateReading reading, TimeAttachments.Found attached, Period duration) {
    DateRange range = reading.range();
    String rule = reading.rule() + ":" + attached.relation();
    if (duration != null
        && range.precision() == Precision.DAY
        && range.start().equals(range.end())) {
      LocalDate day = range.start();
      if (attached.ending()) {
        range = new DateRange(day.minus(duration).plusDays(1), day, Precision.DAY);
        rule += "+duration-ending";
      } else {
        range = new DateRange(day, day.plus(duration).minusDays(1), Precision.DAY);
        rule += "+duration-from";
      }
    }
    return new EventDate(
        range.start(), range.end(), range.precision(), reading.basis(), reading.span(), rule);
  }

  /** The closest duration attached to the trigger, or null. */
  private static Period duration(List<TimeAttachments.Found> found) {
    for (TimeAttachments.Found attached : found) {
      if (attached.candidate().duration() && attached.cost() <= DURATION_REACH) {
        String value = attached.candidate().expression().value();
        Optional<Period> period =
            Durations.ofValue(value)
                .or(() -> Durations.ofText(attached.candidate().expression().text()));
        if (period.isPresent()) {
          return period.get();
        }
      }
    }
    return null;
  }

  private static Direction direction(EventStatus status, Sentence sentence, int trigger) {
    return switch (status) {
      case OCCURRED -> Direction.BACKWARD;
      case PLANNED -> Direction.FORWARD;
      case HYPOTHETICAL, NEGATED -> ClauseTense.of(sentence, trigger);
    };
  }
}
