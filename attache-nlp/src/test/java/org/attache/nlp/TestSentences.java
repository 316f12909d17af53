package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences for tests that need no models: words split at spaces, tagged CD when they start with a
 * digit, NNP when with a capital, else NN, at the offsets of the text.
 */
final class TestSentences {
  private TestSentences() {}

  /** The tokens of a text whose words are separated by single spaces. */
  static List<CoreLabel> tokens(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : text.split(" ")) {
      CoreLabel token = new CoreLabel();
      token.setWord(word);
      token.setValue(word);
      token.setTag(
          Character.isDigit(word.charAt(0))
              ? "CD"
              : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN");
      token.setBeginPosition(offset);
      token.setEndPosition(offset + word.length());
      token.setIndex(tokens.size() + 1);
      tokens.add(token);
      offset += word.length() + 1;
    }
    return tokens;
  }

  /** The text as one sentence whose first token is the document's token {@code tokenBegin}. */
  static CoreMap sentence(String text, int tokenBegin) {
    Annotation sentence = new Annotation(text);
    List<CoreLabel> tokens = tokens(text);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return sentence;
  }
}
