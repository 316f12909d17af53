package org.attache.annotate;

import java.time.LocalDate;
import java.util.List;

/** A small hand-built annotation over a headline and a dateline sentence, for tests. */
final class SampleAnnotations {
  static final String TEXT = "Talks resume\n\nISLAMABAD: Ali met Sara today.";

  private SampleAnnotations() {}

  static Annotation sample() {
    return new Annotation("doc-1", TEXT, LocalDate.of(2023, 5, 29), sentences(), chains());
  }

  static List<Sentence> sentences() {
    Sentence headline =
        new Sentence(
            0,
            0,
            12,
            List.of(
                new Token(0, 0, 5, "Talks", "talk", "NNS", "O"),
                new Token(1, 6, 12, "resume", "resume", "VBP", "O")),
            List.of(new Dependency(1, 0, "nsubj"), new Dependency(Dependency.ROOT, 1, "root")),
            List.of(),
            List.of());
    Sentence body =
        new Sentence(
            1,
            14,
            44,
            List.of(
                new Token(0, 14, 23, "ISLAMABAD", "ISLAMABAD", "NNP", "LOCATION"),
                new Token(1, 23, 24, ":", ":", ":", "O"),
                new Token(2, 25, 28, "Ali", "Ali", "NNP", "PERSON"),
                new Token(3, 29, 32, "met", "meet", "VBD", "O"),
                new Token(4, 33, 37, "Sara", "Sara", "NNP", "PERSON"),
                new Token(5, 38, 43, "today", "today", "NN", "DATE"),
                new Token(6, 43, 44, ".", ".", ".", "O")),
            List.of(
                new Dependency(Dependency.ROOT, 3, "root"),
                new Dependency(3, 2, "nsubj"),
                new Dependency(3, 4, "obj"),
                new Dependency(3, 5, "obl:tmod"),
                new Dependency(3, 0, "dep")),
            List.of(
                new EntityMention(14, 23, 0, 0, "LOCATION", "ISLAMABAD"),
                new EntityMention(25, 28, 2, 2, "PERSON", "Ali"),
                new EntityMention(33, 37, 4, 4, "PERSON", "Sara"),
                new EntityMention(38, 43, 5, 5, "DATE", "today")),
            List.of(new TimeExpression(38, 43, "DATE", "2023-05-29", "today")));
    return List.of(headline, body);
  }

  static List<CorefChain> chains() {
    return List.of(new CorefChain(1, List.of(new CorefMention(1, 25, 28, true))));
  }
}
