package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The 48 features of a parser state (Chen and Manning's: words, tags and arc labels of the top
 * three stack and buffer positions and of the children of the top two stack positions), laid out as
 * CoreNLP's {@code DependencyParser.getFeatureArray} lays them out, and with the same ids. The
 * difference: a sentence's word and tag ids are looked up once ({@link #ids}), where CoreNLP looks
 * up 36 strings in hash maps for every state, two states per word. {@code ParserFeaturesIT}
 * compares the two on every state of thousands of random parses.
 */
final class ParserFeatures {
  /** Positions in the array: words, then tags, then labels. */
  private static final int TAGS = 18;

  private static final int LABELS = 36;
  private static final int CHILDREN = 6;

  private final DependencyParser parser;
  private final int nullWord;
  private final int nullTag;
  private final int rootWord;
  private final int rootTag;

  ParserFeatures(DependencyParser parser) {
    this.parser = parser;
    this.nullWord = parser.getWordID(Config.NULL);
    this.nullTag = parser.getPosID(Config.NULL);
    this.rootWord = parser.getWordID(Config.ROOT);
    this.rootTag = parser.getPosID(Config.ROOT);
  }

  /**
   * A sentence's word ids (first row) and tag ids (second row), each at index {@code k + 1} for
   * position {@code k}: none (-1), the root (0), and the words from 1.
   */
  int[][] ids(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int[] words = new int[tokens.size() + 2];
    int[] tags = new int[tokens.size() + 2];
    words[0] = nullWord;
    tags[0] = nullTag;
    words[1] = rootWord;
    tags[1] = rootTag;
    for (int i = 0; i < tokens.size(); i++) {
      words[i + 2] = parser.getWordID(tokens.get(i).word());
      tags[i + 2] = parser.getPosID(tokens.get(i).tag());
    }
    return new int[][] {words, tags};
  }

  /** The features of a state of the sentence whose {@link #ids} are given. */
  int[] of(Configuration state, int[][] ids) {
    int[] words = ids[0];
    int[] tags = ids[1];
    int[] features = new int[Config.numTokens];
    for (int j = 0; j < 3; j++) {
      int stacked = state.getStack(2 - j);
      features[j] = words[stacked + 1];
      features[TAGS + j] = tags[stacked + 1];
      int buffered = state.getBuffer(j);
      features[3 + j] = words[buffered + 1];
      features[TAGS + 3 + j] = tags[buffered + 1];
    }
    for (int j = 0; j < 2; j++) {
      int top = state.getStack(j);
      int base = j * CHILDREN;
      put(features, base, state.getLeftChild(top), state, words, tags);
      put(features, base + 1, state.getRightChild(top), state, words, tags);
      put(features, base + 2, state.getLeftChild(top, 2), state, words, tags);
      put(features, base + 3, state.getRightChild(top, 2), state, words, tags);
      put(features, base + 4, state.getLeftChild(state.getLeftChild(top)), state, words, tags);
      put(features, base + 5, state.getRightChild(state.getRightChild(top)), state, words, tags);
    }
    return features;
  }

  private void put(
      int[] features, int child, int position, Configuration state, int[] words, int[] tags) {
    features[CHILDREN + child] = words[position + 1];
    features[TAGS + CHILDREN + child] = tags[position + 1];
    features[LABELS + child] = parser.getLabelID(state.getLabel(position));
  }
}
