package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@link LemmaAnnotator} gives every token the lemma CoreNLP's {@code lemma} annotator gives it:
 * words seen before and not, phrasal verbs joined by an underscore, one word under several tags, a
 * store emptied when full.
 */
class LemmaAnnotatorTest {
  private static final String TAGGED =
      "The/DT ministers/NNS were/VBD meeting/VBG in/IN Minsk/NNP ;/: they/PRP met/VBD again/RB ./."
          + " Meeting/NN looked_up/VBD set_off/VBN better/JJR best/RBS children/NNS geese/NNS"
          + " was/VBD 's/POS 's/VBZ U.S./NNP Ministers/NNPS saw/VBD saw/NN leaves/NNS leaves/VBZ";

  @Test
  void sameLemmasAsCoreNlpsAnnotator() {
    LemmaAnnotator kept = new LemmaAnnotator("oncelemma", new Properties());
    for (int round = 0; round < 3; round++) {
      List<String> expected = lemmas(new MorphaAnnotator(false), TAGGED);
      assertThat(lemmas(kept, TAGGED)).isEqualTo(expected);
      assertThat(expected).contains("meet", "look_up", "set_off", "good", "child", "goose", "be");
    }
  }

  @Test
  void aFullStoreIsEmptiedAndLemmasStayTheSame() {
    LemmaAnnotator small = new LemmaAnnotator(3);
    for (int round = 0; round < 2; round++) {
      assertThat(lemmas(small, TAGGED)).isEqualTo(lemmas(new MorphaAnnotator(false), TAGGED));
    }
    assertThatThrownBy(() -> new LemmaAnnotator(0))
        .hasMessageContaining("limit must be positive: limit=0");
  }

  private static List<String> lemmas(edu.stanford.nlp.pipeline.Annotator annotator, String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(pair.substring(0, slash));
      token.setValue(pair.substring(0, slash));
      token.set(CoreAnnotations.TextAnnotation.class, pair.substring(0, slash));
      token.setTag(pair.substring(slash + 1));
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Annotation document = new Annotation(tagged);
    document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    annotator.annotate(document);
    List<String> lemmas = new ArrayList<>();
    for (CoreLabel token : tokens) {
      lemmas.add(token.lemma());
    }
    return lemmas;
  }
}
