package org.attache.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.annotate.Annotation;
import org.attache.annotate.Annotations;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;

/**
 * A hand-built one-sentence annotation for tests without models: tokens written as "word/POS" or
 * "word/POS/lemma" separated by spaces (the text joins the words with single spaces), arcs of the
 * enhanced UD graph added one by one, and time expressions over token ranges with the type and
 * value SUTime would give (or a wrong or missing value, to test re-normalisation).
 */
final class ParsedSentence {

  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> arcs = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  ParsedSentence(String tagged) {
    for (String item : tagged.trim().split("\\s+")) {
      String[] parts = item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(parts[0]);
      String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(tokens.size(), start, text.length(), parts[0], lemma, parts[1], "O"));
    }
  }

  ParsedSentence root(int token) {
    arcs.add(new Dependency(Dependency.ROOT, token, "root"));
    return this;
  }

  ParsedSentence arc(int governor, String relation, int dependent) {
    arcs.add(new Dependency(governor, dependent, relation));
    return this;
  }

  ParsedSentence time(int first, int last, String type, String value) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    times.add(new TimeExpression(start, end, type, value, text.substring(start, end)));
    return this;
  }

  Annotation annotation(String published) {
    Sentence sentence =
        new Sentence(
            0,
            0,
            text.length(),
            tokens,
            arcs,
            List.of(),
            times.stream().sorted((a, b) -> a.start() - b.start()).toList());
    Annotation annotation =
        new Annotation(
            "test-doc",
            text.toString(),
            published == null ? null : LocalDate.parse(published),
            List.of(sentence),
            List.of());
    Annotations.check(annotation);
    return annotation;
  }
}
