package org.attache.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annotation records refuse impossible values, naming them, and copy their lists. */
class AnnotationRecordsTest {

  @Test
  void tokenRefusesAnEmptyOrBackwardSpan() {
    assertThatThrownBy(() -> new Token(2, 10, 10, "x", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token 2 span must satisfy 0 <= start < end: start=10, end=10");
    assertThatThrownBy(() -> new Token(-1, 0, 1, "x", null, null, null))
        .hasMessage("index must not be negative: index=-1");
    assertThatThrownBy(() -> new Token(0, 0, 1, null, null, null, null)).hasMessage("word");
  }

  @Test
  void dependencyRefusesSelfLoopsAndGovernorsBelowRoot() {
    assertThatThrownBy(() -> new Dependency(3, 3, "nsubj"))
        .hasMessage("a token cannot govern itself: governor=3, dependent=3");
    assertThatThrownBy(() -> new Dependency(-2, 0, "root"))
        .hasMessage("governor must be a token index or -1 for the root: governor=-2");
    assertThatThrownBy(() -> new Dependency(0, 1, " "))
        .hasMessage("relation must not be blank: relation=' '");
    assertThat(new Dependency(Dependency.ROOT, 0, "root").isRoot()).isTrue();
  }

  @Test
  void entityMentionRefusesTokensInReverse() {
    assertThatThrownBy(() -> new EntityMention(0, 5, 3, 2, "PERSON", "Sergei"))
        .hasMessage("lastToken must not precede firstToken: firstToken=3, lastToken=2");
  }

  @Test
  void timeExpressionMayLackAValueButNotAType() {
    assertThat(new TimeExpression(0, 5, "DATE", null, "today").value()).isNull();
    assertThatThrownBy(() -> new TimeExpression(0, 5, "", "2023", "today"))
        .hasMessage("type must not be blank: type=''");
  }

  @Test
  void corefChainNeedsExactlyOneRepresentativeAndDocumentOrder() {
    assertThatThrownBy(() -> new CorefChain(7, List.of()))
        .hasMessage("a coreference chain needs a mention: id=7");
    assertThatThrownBy(
            () ->
                new CorefChain(
                    7, List.of(new CorefMention(0, 0, 3, true), new CorefMention(1, 10, 12, true))))
        .hasMessage(
            "a coreference chain needs exactly one representative mention: id=7,"
                + " representatives=2");
    assertThatThrownBy(
            () ->
                new CorefChain(
                    7,
                    List.of(new CorefMention(1, 10, 12, true), new CorefMention(0, 0, 3, false))))
        .hasMessage(
            "coreference mentions must be in document order: id=7, mention 1 starts at 0 before"
                + " 10");
    CorefChain chain =
        new CorefChain(
            7, List.of(new CorefMention(0, 0, 3, false), new CorefMention(1, 10, 12, true)));
    assertThat(chain.representative().start()).isEqualTo(10);
  }

  @Test
  void sentenceNeedsATokenAndCopiesItsLists() {
    assertThatThrownBy(() -> new Sentence(4, 0, 0, List.of(), List.of(), List.of(), List.of()))
        .hasMessage("a sentence needs a token: index=4, start=0, end=0");
    List<Token> tokens = new ArrayList<>(List.of(new Token(0, 0, 5, "Talks", null, null, null)));
    Sentence sentence = new Sentence(0, 0, 5, tokens, List.of(), List.of(), List.of());
    tokens.clear();
    assertThat(sentence.tokens()).hasSize(1);
    assertThat(sentence.text("Talks resume")).isEqualTo("Talks");
  }

  @Test
  void annotationAndRequestNeedADocumentId() {
    assertThatThrownBy(() -> new Annotation(" ", "", null, List.of(), List.of()))
        .hasMessage("documentId must not be blank: documentId=' '");
    assertThatThrownBy(() -> new AnnotationRequest(null, "", null)).hasMessage("documentId");
    assertThat(SampleAnnotations.sample().tokenCount()).isEqualTo(9);
  }
}
