package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every score {@link OnceScoredSentence} gives the tag search is the same double as the stock
 * {@link TestSentence}'s, call for call, with the word store empty, shared across sentences, and
 * emptied when full.
 */
class OnceScoredSentenceTest {
  private static MaxentTagger tagger;

  private static final List<String> SENTENCES =
      List.of(
          "The Belarusian foreign minister will arrive in Islamabad tomorrow for a three-day visit .",
          "Lukashenko and Sharif signed 15 agreements , including one on defence co-operation .",
          "Flooding in Sindh displaced 1.2 million people , officials said on Wednesday .",
          "The Treasury sanctioned Xyzzyco Ltd. and its CEO , Qwertz Blorfman , for evading rules .",
          "The minister arrived in Islamabad tomorrow .");

  @BeforeAll
  static void load() {
    tagger = new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL);
  }

  @Test
  void everyScoreIsTheStockScore() {
    OnceScoredSentence.Store words = new OnceScoredSentence.Store(tagger, 1_000);
    assertThat(words.keepsTagPairs()).isTrue();
    int calls = 0;
    for (int round = 0; round < 2; round++) {
      for (String sentence : SENTENCES) {
        calls += assertSameScores(sentence, words);
      }
    }
    assertThat(calls).isGreaterThan(200);
    assertThat(words.words()).isGreaterThan(40);
  }

  @Test
  void aFullStoreIsEmptiedAndScoresStayTheSame() {
    OnceScoredSentence.Store words = new OnceScoredSentence.Store(tagger, 3);
    for (String sentence : SENTENCES) {
      assertSameScores(sentence, words);
      assertThat(words.words()).isLessThanOrEqualTo(3);
    }
    assertThatThrownBy(() -> new OnceScoredSentence.Store(tagger, 0))
        .hasMessageContaining("limit must be positive: limit=0");
  }

  private static int assertSameScores(String sentence, OnceScoredSentence.Store words) {
    List<Word> tokens = new ArrayList<>();
    for (String word : sentence.split(" ")) {
      tokens.add(new Word(word));
    }
    List<double[]> stockScores = new ArrayList<>();
    List<double[]> onceScores = new ArrayList<>();
    List<TaggedWord> stock =
        new TestSentence(tagger) {
          @Override
          protected double[] getHistories(String[] tags, History h) {
            double[] scores = super.getHistories(tags, h);
            stockScores.add(scores.clone());
            return scores;
          }
        }.tagSentence(tokens, false);
    List<TaggedWord> once =
        new OnceScoredSentence(tagger, words) {
          @Override
          protected double[] getHistories(String[] tags, History h) {
            double[] scores = super.getHistories(tags, h);
            onceScores.add(scores.clone());
            return scores;
          }
        }.tagSentence(tokens, false);
    assertThat(once).isEqualTo(stock);
    assertThat(onceScores).hasSameSizeAs(stockScores);
    for (int i = 0; i < stockScores.size(); i++) {
      assertThat(Arrays.equals(onceScores.get(i), stockScores.get(i)))
          .as("call %d in \"%s\"", i, sentence)
          .isTrue();
    }
    return stockScores.size();
  }
}
