package org.attache.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotations.check: a consistent annotation passes, each broken invariant is named. */
class AnnotationsTest {

  @Test
  void consistentAnnotationHasNoProblem() {
    Annotation sample = SampleAnnotations.sample();
    assertThat(Annotations.problems(sample)).isEmpty();
    assertThat(Annotations.check(sample)).isSameAs(sample);
  }

  @Test
  void tokenWhoseWordDiffersFromTheTextIsNamed() {
    Annotation broken =
        replaceBodyTokens(
            List.of(
                new Token(0, 14, 23, "Islamabad", null, null, null),
                new Token(1, 23, 24, ":", null, null, null)),
            24);
    assertThat(Annotations.problems(broken))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .isEqualTo(
                        "sentence 1, token 0: word 'Islamabad' but the text says 'ISLAMABAD'"));
  }

  @Test
  void tokensOutOfOrderOrOutsideTheirSentenceAreNamed() {
    Annotation broken =
        replaceBodyTokens(
            List.of(
                new Token(0, 23, 24, ":", null, null, null),
                new Token(1, 14, 23, "ISLAMABAD", null, null, null)),
            24);
    assertThat(Annotations.problems(broken))
        .anyMatch(
            problem -> problem.startsWith("sentence 1, token 1: span 14..23 is out of order"));
  }

  @Test
  void sentencePastTheTextIsNamedAndCheckThrows() {
    Annotation sample = SampleAnnotations.sample();
    Annotation broken =
        new Annotation("doc-1", "Talks resume", sample.published(), sample.sentences(), List.of());
    assertThat(Annotations.problems(broken))
        .containsExactly("sentence 1: ends at 44 past the text's end 12");
    assertThatThrownBy(() -> Annotations.check(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "annotation of doc-1 breaks 1 invariant(s): sentence 1: ends at 44 past the text's"
                + " end 12");
  }

  @Test
  void arcToAMissingTokenIsNamed() {
    Sentence headline = SampleAnnotations.sentences().get(0);
    Sentence broken =
        new Sentence(
            0,
            0,
            12,
            headline.tokens(),
            List.of(new Dependency(1, 5, "obj")),
            List.of(),
            List.of());
    assertThat(Annotations.problems(withSentences(List.of(broken))))
        .containsExactly(
            "sentence 0: arc Dependency[governor=1, dependent=5, relation=obj] names a token past"
                + " the last index 1");
  }

  @Test
  void entityNotOnItsTokensAndTimeOutsideTheSentenceAreNamed() {
    Sentence headline = SampleAnnotations.sentences().get(0);
    Sentence broken =
        new Sentence(
            0,
            0,
            12,
            headline.tokens(),
            List.of(),
            List.of(new EntityMention(0, 4, 0, 0, "ORGANIZATION", "Talk")),
            List.of(new TimeExpression(14, 23, "DATE", "2023", "ISLAMABAD")));
    assertThat(Annotations.problems(withSentences(List.of(broken))))
        .hasSize(2)
        .anyMatch(problem -> problem.contains("is not the span of its tokens"))
        .anyMatch(problem -> problem.contains("lies outside the sentence"));
  }

  @Test
  void misnumberedSentenceAndChainOutsideItsSentenceAreNamed() {
    List<Sentence> sentences = new ArrayList<>(SampleAnnotations.sentences());
    Sentence body = sentences.get(1);
    sentences.set(
        1,
        new Sentence(
            7,
            body.start(),
            body.end(),
            body.tokens(),
            body.dependencies(),
            body.entities(),
            body.times()));
    Annotation sample = SampleAnnotations.sample();
    Annotation broken =
        new Annotation(
            "doc-1",
            sample.text(),
            sample.published(),
            sentences,
            List.of(
                new CorefChain(4, List.of(new CorefMention(0, 25, 28, true))),
                new CorefChain(4, List.of(new CorefMention(9, 25, 28, true)))));
    assertThat(Annotations.problems(broken))
        .containsExactly(
            "sentence 1: index is 7",
            "chain 4: mention CorefMention[sentence=0, start=25, end=28, representative=true]"
                + " lies outside its sentence",
            "chain 4: id used twice",
            "chain 4: mention CorefMention[sentence=9, start=25, end=28, representative=true]"
                + " names no sentence");
  }

  private static Annotation replaceBodyTokens(List<Token> tokens, int end) {
    Sentence body = new Sentence(1, 14, end, tokens, List.of(), List.of(), List.of());
    return withSentences(List.of(SampleAnnotations.sentences().get(0), body));
  }

  private static Annotation withSentences(List<Sentence> sentences) {
    Annotation sample = SampleAnnotations.sample();
    return new Annotation("doc-1", sample.text(), sample.published(), sentences, List.of());
  }
}
