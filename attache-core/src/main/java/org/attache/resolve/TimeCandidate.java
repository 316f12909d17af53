package org.attache.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;

/**
 * A time expression of a sentence with the tokens it covers, read either as a date (DATE or TIME,
 * or a span of years such as "2025-2027" whatever SUTime called it) or as a duration (a DURATION
 * with whole units). Tokens SUTime left out that plainly are one of the two — "2025-2027", a
 * "three-day" modifier — become candidates of their own with no value.
 */
record TimeCandidate(TimeExpression expression, int firstToken, int lastToken, boolean duration) {

  static final Pattern YEAR_SPAN = Pattern.compile("\\b([12]\\d{3})\\s*[-–/]\\s*([12]\\d{3})\\b");

  /** The sentence's candidates in text order; SETs and unreadable durations are left out. */
  static List<TimeCandidate> of(Sentence sentence) {
    List<TimeCandidate> candidates = new ArrayList<>();
    boolean[] covered = new boolean[sentence.tokens().size()];
    for (TimeExpression time : sentence.times()) {
      int first = -1;
      int last = -1;
      for (Token token : sentence.tokens()) {
        if (token.start() >= time.start() && token.end() <= time.end()) {
          first = first < 0 ? token.index() : first;
          last = token.index();
          covered[token.index()] = true;
        }
      }
      if (first < 0 || time.type().equals("SET")) {
        continue;
      }
      boolean span = YEAR_SPAN.matcher(time.text()).find();
      boolean duration = !span && time.type().equals("DURATION");
      if (duration
          && Durations.ofValue(time.value()).isEmpty()
          && Durations.ofText(time.text()).isEmpty()) {
        continue;
      }
      candidates.add(new TimeCandidate(time, first, last, duration));
    }
    for (Token token : sentence.tokens()) {
      if (covered[token.index()]) {
        continue;
      }
      boolean span = YEAR_SPAN.matcher(token.word()).matches();
      boolean duration =
          !span && token.word().contains("-") && Durations.ofText(token.word()).isPresent();
      if (span || duration) {
        TimeExpression synthetic =
            new TimeExpression(
                token.start(), token.end(), span ? "DATE" : "DURATION", null, token.word());
        candidates.add(new TimeCandidate(synthetic, token.index(), token.index(), duration));
      }
    }
    candidates.sort(java.util.Comparator.comparingInt(TimeCandidate::firstToken));
    return List.copyOf(candidates);
  }
}
