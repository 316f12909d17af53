package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.TestSentences.sentence;
import static org.attache.nlp.TestSentences.tokens;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.attache.nlp.SutimeTriggers.Requirement;
import org.junit.jupiter.api.Test;

class SutimeTriggersTest {

  @Test
  void aSequenceRequiresItsPartsAndAChoiceOneOfItsBranches() {
    Requirement required = requirement("/a/ /b/? (/c/|/d/) /e/+ /x/*");
    assertThat(required.mayMatch(tokens("x a d e"))).isTrue();
    assertThat(required.mayMatch(tokens("e c a"))).as("anywhere, in any order").isTrue();
    assertThat(required.mayMatch(tokens("a b e"))).as("neither c nor d").isFalse();
    assertThat(required.mayMatch(tokens("b c e"))).as("no a").isFalse();
    assertThat(required.mayMatch(tokens("a c x"))).as("no e").isFalse();
  }

  @Test
  void optionalPartsRequireNothing() {
    assertThat(requirement("/a/? /b/*").requiresSomething()).isFalse();
    assertThat(requirement("(/a/ | /b/?)").requiresSomething()).isFalse();
    assertThat(requirement("(?: /a/ /b/)? /c/").mayMatch(tokens("x"))).isFalse();
    assertThat(requirement("(?: /a/ /b/)? /c/").mayMatch(tokens("c"))).isTrue();
  }

  @Test
  void testsOfSeveralAnnotationsAndTheirNegationsAreRequirements() {
    Requirement required = requirement("[{word:/a|b/} & !{tag:NN}]");
    assertThat(required.requiresSomething()).isTrue();
    assertThat(required.mayMatch(tokens("a"))).as("a is tagged NN here").isFalse();
    assertThat(required.mayMatch(tokens("1 b"))).isFalse();
    assertThat(required.mayMatch(tokens("B"))).as("B is tagged NNP").isFalse();
    assertThat(requirement("[{tag:CD} | {word:x}]").mayMatch(tokens("b 12"))).isTrue();
  }

  /**
   * The test is necessary: on every sequence where the matcher finds the pattern, the test lets it
   * run. It must also skip sometimes, or it would be no test at all.
   */
  @Test
  void theTestNeverSkipsASequenceThePatternMatches() {
    List<String> patterns =
        List.of(
            "/a/ /b/",
            "/a/ /b/? (/c/|/d/) /e/+",
            "(/a/|/b/ /c/) /d/*",
            "/a/{2,3} /c/",
            "(?$x /b/ /c/?) /d/",
            "[{word:/a|b/} & !{tag:NN}] /c/",
            "(/a/ /c/) & (/a/ []) ",
            "/x/? /e/ /a/");
    String[] words = {"a", "b", "c", "d", "e", "x", "7", "B"};
    Random random = new Random(7);
    int matched = 0;
    int skipped = 0;
    for (String source : patterns) {
      TokenSequencePattern pattern = TokenSequencePattern.compile(source);
      Requirement required = SutimeTriggers.requirement(pattern);
      for (int trial = 0; trial < 3000; trial++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
          text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        List<CoreLabel> tokens = tokens(text.toString());
        TokenSequenceMatcher matcher = pattern.getMatcher(tokens);
        boolean found = matcher.find();
        boolean may = required.mayMatch(tokens);
        if (found) {
          matched++;
          assertThat(may).as(source + " on \"" + text + "\"").isTrue();
        } else if (!may) {
          skipped++;
        }
      }
    }
    assertThat(matched).isGreaterThan(1000);
    assertThat(skipped).isGreaterThan(1000);
  }

  /** SUTime with tested rules finds what SUTime finds, and most of its token rules now test. */
  @Test
  void sutimeWithTestedRulesFindsTheSameExpressions() {
    TimeExpressionExtractorImpl plain = new TimeExpressionExtractorImpl("sutime", new Properties());
    TimeExpressionExtractorImpl tested =
        new TimeExpressionExtractorImpl("sutime", new Properties());
    assertThat(SutimeTriggers.install(tested)).isGreaterThan(100);
    assertThat(SutimeTriggers.install(tested)).as("installed once only").isZero();
    List<String> texts =
        List.of(
            "The minister arrives on Friday for a three-day visit",
            "Talks ended last week after 12 hours",
            "In 1997 the market fell 1.1 percent by midday Tuesday",
            "He will travel to Minsk next month and again in the spring of 2024",
            "The deal was signed on March 3 at 10 am",
            "From Monday to Wednesday of the first week of May 2021, two weeks ago",
            "Late last year and early in the first quarter of 2023, every Friday night",
            "The talks run from 9:30 a.m. until 5 p.m. on the 4th of July",
            "Nothing here holds a time at all");
    int found = 0;
    for (String text : texts) {
      List<String> expected = values(plain, text);
      assertThat(values(tested, text)).as(text).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(8);
  }

  private static List<String> values(TimeExpressionExtractorImpl sutime, String text) {
    List<String> values = new ArrayList<>();
    for (CoreMap expression :
        sutime.extractTimeExpressionCoreMaps(sentence(text, 0), "2023-05-29")) {
      values.add(
          expression.get(CoreAnnotations.TextAnnotation.class)
              + "="
              + expression.get(TimeAnnotations.TimexAnnotation.class));
    }
    return values;
  }

  private static Requirement requirement(String pattern) {
    return SutimeTriggers.requirement(TokenSequencePattern.compile(pattern));
  }
}
