package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmatizer ({@code lemma}) with each word and tag's lemma kept: a token whose text and
 * tag were seen before gets the lemma CoreNLP gave them then; the others go to CoreNLP's own
 * annotator, together, and their lemmas are kept. CoreNLP's lemma of a token is a function of its
 * text and tag alone (a finite-state lemmatizer, and a verb with a particle joined by an
 * underscore), so the lemmas are the same ({@code LemmaAnnotatorTest}). {@link NlpConfig#fast()}
 * registers it under the name {@value NlpConfig#LEMMATIZER}. At most {@link #KEPT} lemmas are kept;
 * the store is emptied when full.
 */
public final class LemmaAnnotator implements Annotator {
  /** How many word and tag pairs' lemmas one annotator keeps. */
  static final int KEPT = 100_000;

  private final MorphaAnnotator stock = new MorphaAnnotator(false);
  private final Map<String, Map<String, String>> lemmas = new ConcurrentHashMap<>();
  private final int limit;
  private int kept;

  /** As CoreNLP builds annotators; no option is read. */
  public LemmaAnnotator(String name, Properties properties) {
    this(KEPT);
  }

  LemmaAnnotator(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: limit=" + limit);
    }
    this.limit = limit;
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      throw new IllegalArgumentException("the document has no sentences to lemmatise: " + document);
    }
    List<CoreLabel> unseen = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = known(token);
        if (lemma == null) {
          unseen.add(token);
        } else {
          token.set(CoreAnnotations.LemmaAnnotation.class, lemma);
        }
      }
    }
    if (!unseen.isEmpty()) {
      lemmatise(unseen);
    }
  }

  private String known(CoreLabel token) {
    String tag = token.get(CoreAnnotations.PartOfSpeechAnnotation.class);
    String text = token.get(CoreAnnotations.TextAnnotation.class);
    if (tag == null || text == null) {
      return null;
    }
    Map<String, String> byText = lemmas.get(tag);
    return byText == null ? null : byText.get(text);
  }

  private synchronized void lemmatise(List<CoreLabel> tokens) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Annotation part = new Annotation("");
    part.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    stock.annotate(part);
    if (kept + tokens.size() > limit) {
      lemmas.clear();
      kept = 0;
    }
    for (CoreLabel token : tokens) {
      String lemma = token.get(CoreAnnotations.LemmaAnnotation.class);
      String text = token.get(CoreAnnotations.TextAnnotation.class);
      String tag = token.get(CoreAnnotations.PartOfSpeechAnnotation.class);
      if (lemma != null
          && text != null
          && tag != null
          && lemmas.computeIfAbsent(tag, key -> new ConcurrentHashMap<>()).putIfAbsent(text, lemma)
              == null) {
        kept++;
      }
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return stock.requires();
  }

  @Override
  @SuppressWarnings("rawtypes") // as above
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return stock.requirementsSatisfied();
  }
}
