package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ParserFeatures} gives every state the features CoreNLP's {@code getFeatureArray} gives it:
 * random sentences of known and unknown words and tags, parsed by random allowed transitions (so
 * that every shape of tree occurs, not only the ones the network would build), compared state by
 * state.
 */
class ParserFeaturesIT {
  private static final String[] WORDS = {
    "the",
    "minister",
    "Minsk",
    "arrived",
    "in",
    "on",
    "Friday",
    ",",
    ".",
    "and",
    "of",
    "talks",
    "Xyzzyplox",
    "1,200",
    "said",
    "would",
    "Lukashenko",
    "'s",
    "visit",
    "qwrtzlbrmft"
  };
  private static final String[] TAGS = {
    "DT", "NN", "NNP", "VBD", "IN", ",", ".", "CC", "CD", "POS", "MD", "NNS", "JJ", "RB", "QQQ"
  };

  @Test
  void everyStateHasCoreNlpsFeatures() throws Exception {
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    ArcStandard system =
        CoreNlpInternals.read(parser, DependencyParser.class, "system", "the test's parser");
    List<String> transitions =
        CoreNlpInternals.read(system, ParsingSystem.class, "transitions", "the test's parser");
    Method coreNlp =
        DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
    coreNlp.setAccessible(true);
    ParserFeatures features = new ParserFeatures(parser);
    Random random = new Random(11);
    int states = 0;
    for (int s = 0; s < 2_000; s++) {
      CoreMap sentence = sentence(random, 1 + random.nextInt(30));
      int[][] ids = features.ids(sentence);
      Configuration state = system.initialConfiguration(sentence);
      while (!system.isTerminal(state)) {
        assertThat(features.of(state, ids))
            .as("state %s of sentence %d", state.getStr(), s)
            .isEqualTo((int[]) coreNlp.invoke(parser, state));
        states++;
        List<String> allowed = new ArrayList<>();
        for (String transition : transitions) {
          if (system.canApply(state, transition)) {
            allowed.add(transition);
          }
        }
        system.apply(state, allowed.get(random.nextInt(allowed.size())));
      }
    }
    assertThat(states).isGreaterThan(50_000);
  }

  private static CoreMap sentence(Random random, int length) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      CoreLabel token = new CoreLabel();
      token.setWord(WORDS[random.nextInt(WORDS.length)]);
      token.setTag(TAGS[random.nextInt(TAGS.length)]);
      token.setIndex(i + 1);
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }
}
