package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.nlp.TestSentences.sentence;
import static org.attache.nlp.TestSentences.tokens;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SutimeWindowsTest {
  private static final String TEXT =
      "Officials said the minister arrived in the capital on Friday for talks that had been"
          + " planned for a long time by both sides and their advisers";

  @Test
  void windowsReachAroundEachCueAndMergeWhenTheyTouch() {
    List<CoreLabel> tokens = tokens(TEXT);
    // cues: "Friday" (9) and "time" (19)
    assertThat(new CueWindows(2, 1).of(tokens))
        .containsExactly(new int[] {7, 11}, new int[] {17, 21});
    assertThat(new CueWindows(6, 4).of(tokens)).containsExactly(new int[] {3, 24});
    assertThat(new CueWindows(0, 0).of(tokens("no cue here at all"))).isEmpty();
  }

  @Test
  void eachWindowIsASentenceAtItsOwnOffsetsAndTheNumbersAreJoined() {
    Recording sutime = new Recording();
    CoreMap sentence = sentence(TEXT, 40);
    List<CoreMap> found =
        new SutimeWindows(sutime, new CueWindows(2, 1))
            .extractTimeExpressionCoreMaps(sentence, (CoreMap) null);
    assertThat(sutime.texts).containsExactly("capital on Friday for", "a long time by");
    assertThat(sutime.tokenBegins).containsExactly(47, 57);
    assertThat(found).hasSize(2);
    List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
    assertThat(numbers)
        .containsExactlyElementsOf(sentence.get(CoreAnnotations.TokensAnnotation.class));
  }

  @Test
  void aSentenceAllInsideOneWindowGoesToSutimeWhole() {
    Recording sutime = new Recording();
    CoreMap sentence = sentence("Talks resume on Friday", 0);
    new SutimeWindows(sutime, new CueWindows(6, 4))
        .extractTimeExpressionCoreMaps(sentence, (CoreMap) null);
    assertThat(sutime.texts).containsExactly("Talks resume on Friday");
    assertThat(sutime.sentences).containsExactly(sentence);
  }

  @Test
  void aWindowWithNumbersAloneGetsTheNumberFinderNotTheRules() {
    Recording sutime = new Recording();
    String text =
        "Officials said 12 people died after the minister arrived in the capital on Friday";
    CoreMap sentence = sentence(text, 40);
    List<CoreMap> found =
        new SutimeWindows(sutime, new CueWindows(2, 1))
            .extractTimeExpressionCoreMaps(sentence, (CoreMap) null);
    assertThat(sutime.texts).containsExactly("capital on Friday");
    assertThat(found).hasSize(1);
    List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
    assertThat(numbers).hasSize(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
    CoreMap twelve = numbers.get(2);
    assertThat(twelve.get(CoreAnnotations.NumericCompositeValueAnnotation.class).intValue())
        .isEqualTo(12);
    assertThat(twelve.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(42);
  }

  @Test
  void aSentenceWithNumbersAloneNeverReachesSutime() {
    Recording sutime = new Recording();
    CoreMap sentence = sentence("Troops killed 12 people", 0);
    List<CoreMap> found =
        new SutimeWindows(sutime, new CueWindows(6, 4))
            .extractTimeExpressionCoreMaps(sentence, (CoreMap) null);
    assertThat(sutime.texts).isEmpty();
    assertThat(found).isEmpty();
    assertThat(sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class)).hasSize(4);
  }

  @Test
  void reachIsReadFromTheOption() {
    assertThat(CueWindows.fromOption("true"))
        .isEqualTo(new CueWindows(CueWindows.BEFORE, CueWindows.AFTER));
    assertThat(CueWindows.fromOption("3, 2")).isEqualTo(new CueWindows(3, 2));
    assertThat(CueWindows.fromOption("false")).isNull();
    assertThat(CueWindows.fromOption(null)).isNull();
    assertThatThrownBy(() -> CueWindows.fromOption("wide"))
        .hasMessage(
            "option attache.sutime.windows must be true, false or BEFORE,AFTER (token counts): wide");
    assertThatThrownBy(() -> new CueWindows(-1, 0)).hasMessageContaining("before=-1");
  }

  /** Whitespace tokens with offsets, tagged CD when numeric, NNP when capitalised. */
  /** Records what it is given; finds one expression per call and numbers no token. */
  private static final class Recording implements TimeExpressionExtractor {
    final List<String> texts = new ArrayList<>();
    final List<Integer> tokenBegins = new ArrayList<>();
    final List<CoreMap> sentences = new ArrayList<>();

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
      texts.add(sentence.get(CoreAnnotations.TextAnnotation.class));
      tokenBegins.add(sentence.get(CoreAnnotations.TokenBeginAnnotation.class));
      sentences.add(sentence);
      sentence.set(
          CoreAnnotations.NumerizedTokensAnnotation.class,
          new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class)));
      return new ArrayList<>(List.of(new Annotation("found")));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void init(String name, Properties properties) {}

    @Override
    public void init(Options options) {}

    @Override
    public void finalize(CoreMap document) {}
  }
}
