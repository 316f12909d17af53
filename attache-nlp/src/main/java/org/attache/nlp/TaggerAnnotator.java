package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.OnceScoredSentence;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's part-of-speech tagger with the features of each word, each position's context and each
 * pair of left tags scored once ({@link OnceScoredSentence}): the same model, the same tags as
 * CoreNLP's {@code pos} annotator, in less time (docs/nlp.md). {@link NlpConfig#fast()} registers
 * it under the name {@value NlpConfig#TAGGER}; it reads {@code <name>.model}, {@code <name>.maxlen}
 * and {@code <name>.reuseTags} as the stock annotator reads {@code pos.model}, {@code pos.maxlen}
 * and {@code pos.reuseTags}. A sentence longer than {@code maxlen} tokens gets the tag {@code X},
 * as there.
 */
public final class TaggerAnnotator implements Annotator {
  /** How many words' feature scores one tagger keeps (about 0.5 KB each). */
  static final int WORDS_KEPT = 20_000;

  private final MaxentTagger tagger;
  private final OnceScoredSentence.Store store;
  private final int maxLength;
  private final boolean reuseTags;

  /** Loads the tagger model named by {@code <name>.model} (CoreNLP's English default if unset). */
  public TaggerAnnotator(String name, Properties properties) {
    Properties own = PropertiesUtils.extractPrefixedProperties(properties, name + ".");
    tagger = new MaxentTagger(own.getProperty("model", DefaultPaths.DEFAULT_POS_MODEL));
    store = new OnceScoredSentence.Store(tagger, WORDS_KEPT);
    maxLength = PropertiesUtils.getInt(own, "maxlen", Integer.MAX_VALUE);
    reuseTags = PropertiesUtils.getBool(own, "reuseTags", false);
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      throw new IllegalArgumentException("the document has no sentences to tag: " + document);
    }
    for (CoreMap sentence : sentences) {
      tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  private void tag(List<CoreLabel> tokens) {
    if (tokens.size() > maxLength) {
      for (CoreLabel token : tokens) {
        token.set(CoreAnnotations.PartOfSpeechAnnotation.class, "X");
      }
      return;
    }
    List<TaggedWord> tagged = new OnceScoredSentence(tagger, store).tagSentence(tokens, reuseTags);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged.get(i).tag());
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes") // as above
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
