package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.attache.annotate.Annotation;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;
import org.attache.event.EventDate;
import org.attache.event.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * Random sentences (random words, arcs, and time expressions with values good and broken) through
 * the resolver: it answers, with a valid date or none, and never throws.
 */
class RandomDatesTest {

  private static final String[] WORDS = {
    "visit", "Tuesday", "on", "from", "to", "30", "May", "last", "year", "three-day", "2025-2027",
    "ended", "after", "April", "this", "99999999999", "ago", "days", "next", "February", "-", "the"
  };
  private static final String[] RELATIONS = {
    "obl:on",
    "obl:from",
    "obl:tmod",
    "nmod:tmod",
    "amod",
    "acl:relcl",
    "obj",
    "nsubj",
    "xcomp",
    "ccomp",
    "obl:after",
    "advmod",
    "ref",
    "compound",
    "conj",
    "nummod"
  };
  private static final String[] VALUES = {
    "2023-05-30",
    "XXXX-13-45",
    "2023-W99",
    "P",
    "P99999999999D",
    "XXXX-WXX-9",
    "PRESENT_REF",
    "2023-02-30",
    "9999-99",
    "199X",
    "XXXX-02-29",
    "",
    "2023-Q5",
    null,
    "T10:00",
    "PXY"
  };
  private static final String[] TYPES = {"DATE", "TIME", "DURATION", "SET"};

  @Test
  void neverThrows() {
    Random random = new Random(20261122L);
    TimexDateResolver resolver = new TimexDateResolver();
    for (int round = 0; round < 3000; round++) {
      Annotation annotation = annotation(random);
      int tokens = annotation.sentences().get(0).tokens().size();
      for (EventStatus status : EventStatus.values()) {
        Optional<EventDate> date = resolver.date(annotation, 0, random.nextInt(tokens), status);
        assertThat(date.isPresent() || annotation.published() == null).isTrue();
      }
    }
  }

  private static Annotation annotation(Random random) {
    int size = 1 + random.nextInt(12);
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        text.append(' ');
      }
      String word = WORDS[random.nextInt(WORDS.length)];
      int start = text.length();
      text.append(word);
      String pos = random.nextBoolean() ? "VBD" : "NN";
      tokens.add(new Token(i, start, text.length(), word, word, pos, "O"));
    }
    List<Dependency> arcs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int governor = random.nextInt(size + 1) - 1;
      if (governor != i) {
        arcs.add(new Dependency(governor, i, RELATIONS[random.nextInt(RELATIONS.length)]));
      }
    }
    List<TimeExpression> times = new ArrayList<>();
    for (int first = 0; first < size; first += 1 + random.nextInt(3)) {
      int last = Math.min(size - 1, first + random.nextInt(3));
      if (random.nextBoolean()) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        times.add(
            new TimeExpression(
                start,
                end,
                TYPES[random.nextInt(TYPES.length)],
                VALUES[random.nextInt(VALUES.length)],
                text.substring(start, end)));
      }
      first = last;
    }
    Sentence sentence = new Sentence(0, 0, text.length(), tokens, arcs, List.of(), times);
    LocalDate published = random.nextInt(5) == 0 ? null : LocalDate.of(2023, 5, 29);
    return new Annotation("random", text.toString(), published, List.of(sentence), List.of());
  }
}
