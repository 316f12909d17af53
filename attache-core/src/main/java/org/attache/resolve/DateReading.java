package org.attache.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.event.EventDate.Basis;
import org.attache.event.TextSpan;

/**
 * What one date candidate says, in the context of its sentence: a span of years ("for the period
 * 2025-2027", which SUTime reads as a duration), a range written inside one expression ("30 May to
 * 1 June") or across two ("from 30 May to 1 June"), a month with a relative year SUTime split off
 * ("April" + "this year"), or the candidate's own value re-normalised by {@link TimexNormalizer}.
 * The basis is explicit when the text writes a year, relative otherwise.
 */
record DateReading(DateRange range, Basis basis, TextSpan span, String rule) {

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b[12]\\d{3}\\b");
  private static final Pattern INNER_RANGE =
      Pattern.compile(
          "(.*?\\S)\\s*(?:\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|-|–)\\s*(\\S.*)");
  private static final Pattern RANGE_LINK =
      Pattern.compile("\\s*(?:to|until|till|through|and|-|–)\\s*");
  private static final Pattern RANGE_OPENING = Pattern.compile("(?i)(?:from|between)\\s*$");
  private static final Pattern MONTH_LINK = Pattern.compile("[\\s,]*(?:of\\s+)?");
  private static final Pattern YEAR_WORDS =
      Pattern.compile("(?i)(?:this|last|next) year|[12]\\d{3}");

  /** Reads {@code candidate}; empty when it gives no range (a vague or unanchored value). */
  static Optional<DateReading> read(
      String text,
      TimeCandidate candidate,
      List<TimeCandidate> sentenceCandidates,
      LocalDate published,
      Direction direction) {
    TimeCandidate next = following(candidate, sentenceCandidates);
    String own = candidate.expression().text();
    TextSpan span = new TextSpan(candidate.expression().start(), candidate.expression().end());
    Matcher years = TimeCandidate.YEAR_SPAN.matcher(own);
    if (years.find()) {
      int first = Integer.parseInt(years.group(1));
      int last = Integer.parseInt(years.group(2));
      if (first <= last) {
        return Optional.of(
            new DateReading(DateRange.years(first, last), Basis.EXPLICIT, span, "year-span"));
      }
    }
    Matcher inner = INNER_RANGE.matcher(own);
    if (inner.matches()) {
      Optional<DateRange> from = spelled(inner.group(1), published, direction);
      Optional<DateRange> to = spelled(inner.group(2), published, direction);
      if (from.isPresent() && to.isPresent() && !to.get().end().isBefore(from.get().start())) {
        return Optional.of(
            new DateReading(from.get().through(to.get()), basis(own), span, "written-range"));
      }
    }
    TimeCandidate month = preceding(candidate, sentenceCandidates);
    if (month != null && YEAR_WORDS.matcher(own).matches()) {
      Optional<DateReading> joined = monthOfYear(text, month, candidate, published, direction);
      if (joined.isPresent()) {
        return joined;
      }
    }
    Optional<DateRange> single = single(candidate, published, direction);
    if (next != null && YEAR_WORDS.matcher(next.expression().text()).matches()) {
      Optional<DateReading> joined = monthOfYear(text, candidate, next, published, direction);
      if (joined.isPresent()) {
        return joined;
      }
    }
    if (next != null && single.isPresent()) {
      String gap = text.substring(candidate.expression().end(), next.expression().start());
      String before =
          text.substring(
              Math.max(0, candidate.expression().start() - 12), candidate.expression().start());
      TextSpan both = new TextSpan(span.start(), next.expression().end());
      if (RANGE_LINK.matcher(gap).matches() && RANGE_OPENING.matcher(before).find()) {
        Optional<DateRange> to = single(next, published, direction);
        if (to.isPresent() && !to.get().end().isBefore(single.get().start())) {
          String written = own + " " + next.expression().text();
          return Optional.of(
              new DateReading(single.get().through(to.get()), basis(written), both, "from-to"));
        }
      }
    }
    return single.map(range -> new DateReading(range, basis(own), span, "time-expression"));
  }

  /** "April" followed by "this year" or "2024", which a tagger may have split in two. */
  private static Optional<DateReading> monthOfYear(
      String text,
      TimeCandidate month,
      TimeCandidate year,
      LocalDate published,
      Direction direction) {
    String gap = text.substring(month.expression().end(), year.expression().start());
    if (!SpelledDates.directional(month.expression().text())
        || !MONTH_LINK.matcher(gap).matches()) {
      return Optional.empty();
    }
    String joined = month.expression().text() + " " + year.expression().text();
    TextSpan both = new TextSpan(month.expression().start(), year.expression().end());
    return spelled(joined, published, direction)
        .map(range -> new DateReading(range, basis(joined), both, "month-of-year"));
  }

  private static Optional<DateRange> single(
      TimeCandidate candidate, LocalDate published, Direction direction) {
    TimexNormalizer normalizer = new TimexNormalizer();
    String value = normalizer.value(candidate.expression(), published, direction);
    Optional<DateRange> range = normalizer.range(value, published, direction);
    return range.isPresent() ? range : spelled(candidate.expression().text(), published, direction);
  }

  private static Optional<DateRange> spelled(
      String phrase, LocalDate published, Direction direction) {
    return SpelledDates.value(phrase, published, direction)
        .flatMap(value -> new TimexNormalizer().range(value, published, direction));
  }

  private static TimeCandidate preceding(TimeCandidate candidate, List<TimeCandidate> all) {
    TimeCandidate last = null;
    for (TimeCandidate other : all) {
      if (!other.duration() && other.expression().end() <= candidate.expression().start()) {
        last = other;
      }
    }
    return last;
  }

  private static TimeCandidate following(TimeCandidate candidate, List<TimeCandidate> all) {
    for (TimeCandidate other : all) {
      if (!other.duration() && other.expression().start() >= candidate.expression().end()) {
        return other;
      }
    }
    return null;
  }

  private static Basis basis(String written) {
    return WRITTEN_YEAR.matcher(written).find() ? Basis.EXPLICIT : Basis.RELATIVE;
  }
}
