package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which sentences each half sees, what it sees of the document, and the rebuilt mention list. */
class SentenceGatedNerTest {

  /** Tags every token with its name, makes each sentence one mention, notes the document date. */
  private static final class Recording implements Annotator {
    private final String name;
    private final List<String> seen = new ArrayList<>();

    Recording(String name) {
      this.name = name;
    }

    @Override
    public void annotate(Annotation document) {
      for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        tokens.forEach(token -> token.setNER(name));
        seen.add(
            tokens.get(0).word() + "@" + document.get(CoreAnnotations.DocDateAnnotation.class));
        CoreMap mention = new ArrayCoreMap();
        mention.set(CoreAnnotations.TokensAnnotation.class, tokens);
        mention.set(CoreAnnotations.SentenceIndexAnnotation.class, 99);
        sentence.set(CoreAnnotations.MentionsAnnotation.class, List.of(mention));
      }
    }

    @Override
    @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of();
    }

    @Override
    @SuppressWarnings("rawtypes") // as above
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of();
    }
  }

  private static CoreMap sentence(String... words) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : words) {
      CoreLabel token = new CoreLabel();
      token.setWord(word);
      token.setTag(word.chars().allMatch(Character::isDigit) ? "CD" : "NN");
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }

  @Test
  void cuedSentencesGoToTheRulesTheOthersToTheCrfOnTheRealTokens() {
    Recording rules = new Recording("RULES");
    Recording crf = new Recording("CRF");
    Annotation document = new Annotation("text");
    document.set(CoreAnnotations.DocDateAnnotation.class, "2006-12-21");
    List<CoreMap> sentences =
        List.of(
            sentence("Talks", "resume"),
            sentence("On", "Friday"),
            sentence("Rebels", "left"),
            sentence("12", "died"));
    document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    SentenceGatedNer gated = new SentenceGatedNer(rules, crf);

    gated.annotate(document);

    assertThat(rules.seen).containsExactly("On@2006-12-21", "12@2006-12-21");
    assertThat(crf.seen).containsExactly("Talks@2006-12-21", "Rebels@2006-12-21");
    List<String> tags = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tags.add(sentence.get(CoreAnnotations.TokensAnnotation.class).get(0).ner());
    }
    assertThat(tags).containsExactly("CRF", "RULES", "CRF", "RULES");
    assertThat(gated.sentences()).isEqualTo(4);
    assertThat(gated.cuedSentences()).isEqualTo(2);
  }

  @Test
  void theDocumentMentionListIsRebuiltInSentenceOrder() {
    Annotation document = new Annotation("text");
    List<CoreMap> sentences = List.of(sentence("May", "rain"), sentence("Rebels", "left"));
    document.set(CoreAnnotations.SentencesAnnotation.class, sentences);

    new SentenceGatedNer(new Recording("RULES"), new Recording("CRF")).annotate(document);

    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    assertThat(mentions).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(mentions.get(i).get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
      assertThat(mentions.get(i).get(CoreAnnotations.EntityMentionIndexAnnotation.class))
          .isEqualTo(i);
      assertThat(mentions.get(i))
          .isSameAs(sentences.get(i).get(CoreAnnotations.MentionsAnnotation.class).get(0));
    }
  }
}
