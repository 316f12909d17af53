package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link KeptNodeMatches} must answer every token as the node pattern itself does, whatever it kept
 * before, and keep answers only where they depend on the values read alone.
 */
class KeptNodeMatchesTest {
  private static final String[] WORDS = {
    "January", "january", "Monday", "week", "1990", "12", "2,000", "three", "of", "the", "B", ""
  };
  private static final String[] TAGS = {"NNP", "NN", "CD", "IN", null};
  private static final String[] NER = {"DATE", "NUMBER", "O", "PERSON", null};

  @SuppressWarnings("unchecked")
  private static NodePattern<CoreMap> node(String source) {
    Object expression =
        CoreNlpInternals.read(
            TokenSequencePattern.compile(source), SequencePattern.class, "patternExpr", "test");
    return (NodePattern<CoreMap>)
        CoreNlpInternals.read(
            expression, SequencePattern.NodePatternExpr.class, "nodePattern", "test");
  }

  /** Tokens drawn from a few values of each annotation, some absent, some not strings. */
  private static List<CoreLabel> tokens(int count, long seed) {
    Random random = new Random(seed);
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CoreLabel token = new CoreLabel();
      String word = WORDS[random.nextInt(WORDS.length)];
      token.setWord(random.nextBoolean() ? word : new String(word));
      String tag = TAGS[random.nextInt(TAGS.length)];
      if (tag != null) {
        token.setTag(tag);
      }
      String ner = NER[random.nextInt(NER.length)];
      if (ner != null) {
        token.setNER(ner);
      }
      switch (random.nextInt(5)) {
        case 0 -> token.setIndex(random.nextInt(3000));
        case 1 -> set(token, random.nextDouble() * 3000);
        // a value that is not among the immutable classes kept: such a token is asked every time
        case 2 -> set(token, new BigDecimal(random.nextInt(3000)));
        default -> {
          // absent
        }
      }
      tokens.add(token);
    }
    return tokens;
  }

  /** Puts a value of another class under the index key, as a careless annotator could. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void set(CoreLabel token, Number value) {
    token.set((Class) CoreAnnotations.IndexAnnotation.class, value);
  }

  private static final List<String> PATTERNS =
      List.of(
          "/january|february|monday/",
          "[{word:/(?i)january|monday/} & !{tag:NN}]",
          "[{tag:CD} | {word:three}]",
          "[{ner:DATE} & {word:/\\d+/}]",
          "[!{ner::EXISTS}]",
          "[{tag::NOT_EXISTS} | {ner:PERSON}]",
          "[{word>=1990}]",
          "[{idx>2000}]",
          "[{word:/.*/} & {tag:/NN.*/} & !{ner:O}]");

  @Test
  void answersEveryTokenAsThePatternDoes() {
    List<CoreLabel> tokens = tokens(20_000, 3);
    KeptNodeMatches.Tests tests = new KeptNodeMatches.Tests();
    List<NodePattern<CoreMap>> nodes = new ArrayList<>();
    List<KeptNodeMatches> kept = new ArrayList<>();
    for (String source : PATTERNS) {
      nodes.add(node(source));
      kept.add(tests.add(nodes.get(nodes.size() - 1)));
    }
    // token-major, as the rules of a stretch ask them, then test-major
    for (CoreLabel token : tokens) {
      for (int i = 0; i < nodes.size(); i++) {
        assertThat(kept.get(i).match(token))
            .as(PATTERNS.get(i) + " on " + token.toShorterString())
            .isEqualTo(nodes.get(i).match(token));
      }
    }
    int keeping = 0;
    for (int i = 0; i < nodes.size(); i++) {
      int yes = 0;
      Object[] recent = kept.get(i).recent();
      for (CoreLabel token : tokens) {
        boolean expected = nodes.get(i).match(token);
        assertThat(kept.get(i).match(token, recent)).as(PATTERNS.get(i)).isEqualTo(expected);
        yes += expected ? 1 : 0;
      }
      assertThat(yes)
          .as(PATTERNS.get(i) + " matches some tokens and not others")
          .isBetween(1, tokens.size() - 1);
      if (kept.get(i).keeps()) {
        keeping++;
        assertThat(kept.get(i).values()).as(PATTERNS.get(i)).isPositive();
      }
    }
    assertThat(keeping).as("the four tests reading one key are kept").isEqualTo(4);
  }

  @Test
  void asksEveryTimeATestReadingTwoKeys() {
    NodePattern<CoreMap> node = node("[{word:January} & {tag:NNP}]");
    KeptNodeMatches matches = new KeptNodeMatches.Tests().add(node);
    assertThat(matches.keeps()).isFalse();
    CoreLabel proper = TestSentences.tokens("January").get(0);
    CoreLabel common = TestSentences.tokens("January").get(0);
    common.setTag("NN");
    assertThat(matches.match(proper)).isTrue();
    assertThat(matches.match(common)).as("same word, other tag").isFalse();
  }

  @Test
  void keepsOneAnswerPerTestForTheSameValue() {
    KeptNodeMatches.Tests tests = new KeptNodeMatches.Tests();
    KeptNodeMatches january = tests.add(node("/january/"));
    KeptNodeMatches month = tests.add(node("/(?i)january|may/"));
    KeptNodeMatches notJanuary = tests.add(node("[!{word:january}]"));
    CoreLabel lower = TestSentences.tokens("january").get(0);
    CoreLabel upper = TestSentences.tokens("January").get(0);
    for (int round = 0; round < 3; round++) {
      assertThat(january.match(lower)).isTrue();
      assertThat(month.match(lower)).isTrue();
      assertThat(notJanuary.match(lower)).isFalse();
      assertThat(january.match(upper)).isFalse();
      assertThat(month.match(upper)).isTrue();
      assertThat(notJanuary.match(upper)).isTrue();
    }
    assertThat(january.values()).isEqualTo(2);
  }

  @Test
  void tellsAnAbsentValueFromAnyString() {
    KeptNodeMatches matches = new KeptNodeMatches.Tests().add(node("[!{ner::EXISTS}]"));
    CoreLabel without = TestSentences.tokens("x").get(0);
    CoreLabel with = TestSentences.tokens("x").get(0);
    with.setNER("null");
    assertThat(matches.match(without)).isTrue();
    assertThat(matches.match(with)).isFalse();
    assertThat(matches.match(without)).isTrue();
  }

  @Test
  void asksAgainAboutAValueThatCanChange() {
    NodePattern<CoreMap> node = node("[{idx>2000}]");
    KeptNodeMatches matches = new KeptNodeMatches.Tests().add(node);
    CoreLabel token = TestSentences.tokens("x").get(0);
    AtomicInteger value = new AtomicInteger(1);
    set(token, value);
    assertThat(matches.match(token)).isFalse();
    value.set(3000);
    assertThat(matches.match(token)).isTrue();
  }

  @Test
  void asksATestAddedAfterAValuesAnswersWereMade() {
    KeptNodeMatches.Tests tests = new KeptNodeMatches.Tests();
    KeptNodeMatches first = tests.add(node("/a.*/"));
    CoreLabel token = TestSentences.tokens("ab").get(0);
    assertThat(first.match(token)).isTrue();
    KeptNodeMatches later = tests.add(node("/.*b/"));
    KeptNodeMatches never = tests.add(node("/x/"));
    assertThat(later.match(token)).isTrue();
    assertThat(never.match(token)).isFalse();
  }

  @Test
  void keepsAtMostTheLimitAndStillAnswersAfterIt() {
    NodePattern<CoreMap> node = node("/1.*/");
    KeptNodeMatches matches = new KeptNodeMatches.Tests().add(node);
    for (int i = 0; i < KeptNodeMatches.Answers.LIMIT + 1_000; i++) {
      CoreLabel token = TestSentences.tokens(Integer.toString(i)).get(0);
      assertThat(matches.match(token)).isEqualTo(node.match(token));
    }
    assertThat(matches.values()).isEqualTo(KeptNodeMatches.Answers.LIMIT);
  }

  @Test
  void asksEveryTimeATestThatMayReadMoreThanValues() {
    assertThat(new KeptNodeMatches.Tests().add(node("[{word:x} | !{word:y}]")).keeps()).isTrue();
    KeptNodeMatches any = new KeptNodeMatches.Tests().add(node("[]"));
    assertThat(any.keeps()).isFalse();
    assertThat(any.match(TestSentences.tokens("x").get(0))).isTrue();
  }
}
