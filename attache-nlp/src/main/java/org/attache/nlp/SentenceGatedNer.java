package org.attache.nlp;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CoreNLP's {@code ner} step run in two halves: the NER annotator with the numeric classifiers and
 * SUTime on the sentences that hold a time or number cue ({@link TimeNumberCues}), and one with the
 * same CRF but neither (CRF only) on the others, where the rules would find nothing. Each half sees
 * a document holding only its sentences — the same sentence and token objects, so the tags land on
 * the real tokens — and every other document-level annotation (document date, id, text). Afterwards
 * the document's entity mention list and the mention numbering are rebuilt in sentence order, as
 * one annotator over the whole document leaves them.
 *
 * <p>Not thread-safe (nor are the annotators it wraps): one per pipeline.
 */
final class SentenceGatedNer implements Annotator {
  private final Annotator withRules;
  private final Annotator crfOnly;
  private final Predicate<List<CoreLabel>> cue;
  private long sentences;
  private long cued;

  /** Runs {@code withRules} on sentences with a cue and {@code crfOnly} on the rest. */
  SentenceGatedNer(Annotator withRules, Annotator crfOnly) {
    this(withRules, crfOnly, TimeNumberCues::anyCue);
  }

  /** As above, with another test of a sentence's tokens (tests weaken it to see a cue missed). */
  SentenceGatedNer(Annotator withRules, Annotator crfOnly, Predicate<List<CoreLabel>> cue) {
    this.withRules = Objects.requireNonNull(withRules, "withRules");
    this.crfOnly = Objects.requireNonNull(crfOnly, "crfOnly");
    this.cue = Objects.requireNonNull(cue, "cue");
  }

  /**
   * CoreNLP's NER annotator as the properties ask for it, and the same without the numeric
   * classifiers and SUTime, sharing the first one's CRF models (one more copy would take about 120
   * MB per pipeline): the second is built with no model and given the first one's model list, a
   * private field of CoreNLP's {@code ClassifierCombiner}; a CoreNLP version without it fails here.
   * With {@link NlpConfig#SUTIME_WINDOWS} set, the first one's SUTime runs on windows around the
   * cues ({@link SutimeWindows}); with {@link NlpConfig#SUTIME_TRIGGERS}, its token and composite
   * rules run only where they can match ({@link SutimeTriggers}). The shared CRF looks features up
   * in a {@link FeatureIndex} and keeps its word function's results ({@link KeptWordFunction}).
   */
  static SentenceGatedNer load(Properties properties, Predicate<List<CoreLabel>> cue) {
    Properties crfOnly = new Properties();
    crfOnly.putAll(properties);
    crfOnly.setProperty("ner.applyNumericClassifiers", "false");
    crfOnly.setProperty("ner.useSUTime", "false");
    crfOnly.setProperty("ner.model", "");
    NERCombinerAnnotator withRules = annotator(properties);
    CueWindows windows = CueWindows.fromOption(properties.getProperty(NlpConfig.SUTIME_WINDOWS));
    if (windows != null) {
      SutimeWindows.install(withRules, windows);
    }
    if (Boolean.parseBoolean(properties.getProperty(NlpConfig.SUTIME_TRIGGERS))) {
      SutimeTriggers.install(withRules);
    }
    NERCombinerAnnotator withoutRules = annotator(crfOnly);
    String what = "the NER models to share between the gated annotators";
    Object models =
        CoreNlpInternals.read(
            CoreNlpInternals.combiner(withRules, what),
            ClassifierCombiner.class,
            "baseClassifiers",
            what);
    FeatureIndex.install((List<?>) models);
    KeptWordFunction.install((List<?>) models);
    CoreNlpInternals.write(
        CoreNlpInternals.combiner(withoutRules, what),
        ClassifierCombiner.class,
        "baseClassifiers",
        models,
        what);
    return new SentenceGatedNer(withRules, withoutRules, cue);
  }

  private static NERCombinerAnnotator annotator(Properties properties) {
    try {
      return new NERCombinerAnnotator(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot load the NER models " + properties.getProperty("ner.model"), e);
    }
  }

  /** The annotator that runs the numeric classifiers and SUTime. */
  Annotator withRules() {
    return withRules;
  }

  /** How many sentences this has seen since it was built. */
  long sentences() {
    return sentences;
  }

  /** How many of those sentences had a cue. */
  long cuedSentences() {
    return cued;
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (all == null || all.isEmpty()) {
      withRules.annotate(document);
      return;
    }
    List<CoreMap> withCue = new ArrayList<>();
    List<CoreMap> without = new ArrayList<>();
    for (CoreMap sentence : all) {
      boolean cued = cue.test(sentence.get(CoreAnnotations.TokensAnnotation.class));
      (cued ? withCue : without).add(sentence);
    }
    sentences += all.size();
    cued += withCue.size();
    run(withRules, document, withCue);
    run(crfOnly, document, without);
    renumberMentions(document, all);
  }

  private static void run(Annotator annotator, Annotation document, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(document);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    annotator.annotate(part);
  }

  /** The document-wide mention list and indexes that one pass over all sentences would give. */
  private static void renumberMentions(Annotation document, List<CoreMap> sentences) {
    List<CoreMap> mentions = new ArrayList<>();
    int sentenceIndex = 0;
    for (CoreMap sentence : sentences) {
      List<CoreMap> own = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (own != null) {
        for (CoreMap mention : own) {
          int index = mentions.size();
          mention.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
          mention.set(CoreAnnotations.EntityMentionIndexAnnotation.class, index);
          mention.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, index);
          for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class)) {
            token.set(CoreAnnotations.EntityMentionIndexAnnotation.class, index);
          }
          mentions.add(mention);
        }
      }
      sentenceIndex++;
    }
    document.set(CoreAnnotations.MentionsAnnotation.class, mentions);
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return withRules.requires();
  }

  @Override
  @SuppressWarnings("rawtypes") // as above
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return withRules.requirementsSatisfied();
  }
}
