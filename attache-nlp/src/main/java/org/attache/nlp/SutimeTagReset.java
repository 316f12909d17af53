package org.attache.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forgets, before each document, the tense SUTime saw around earlier documents' dates, so that a
 * document's dates depend on its own text and publication date only, never on what the pipeline
 * analysed before.
 *
 * <p>Why: CoreNLP 4.5.10's English SUTime rules (english.sutime.txt, last composite stage) mark a
 * date next to a past-tense verb or "have" with {@code VTag(..., "resolveTo", RESOLVE_TO_PAST)} and
 * one next to "will", "would", "going to"... with {@code RESOLVE_TO_FUTURE}, and {@code
 * GenericTimeExpressionPatterns.determineRelFlags} reads that tag when it resolves a day or month
 * name. But a rule such as {@code (/fridays?/) => FRIDAY} returns the very {@code Value} bound to
 * {@code FRIDAY} in the extractor's {@code Env}, so the tag lands on that shared value and stays
 * there: every later bare "Friday" in any later document, on that pipeline, is resolved to the past
 * (or the future) as the last tagged one was. The annotations then depend on the order in which a
 * pipeline saw the documents, which differs with the thread count (each thread has a pipeline of
 * its own). {@code CoreMapExpressionExtractor} clears temporary tags on tokens after each sentence,
 * not tags on values.
 *
 * <p>The environment sits behind private fields (NER annotator, its combiner, the numeric
 * classifier, the SUTime extractor); they are looked up once per pipeline, and a CoreNLP version
 * without them fails at start-up with the missing field named. Not thread-safe: one per pipeline.
 */
final class SutimeTagReset {
  /** The only tag SUTime's rules put on values. */
  static final String RESOLVE_TO = "resolveTo";

  private static final String WHAT = "SUTime's rule environment";

  private final List<Env> environments;

  /** Resets the given rule environments. */
  SutimeTagReset(List<Env> environments) {
    this.environments = List.copyOf(environments);
  }

  /** The SUTime environments of the pipeline's NER annotators (none when no NER runs SUTime). */
  static SutimeTagReset of(AnnotationPipeline pipeline) {
    List<Annotator> annotators =
        CoreNlpInternals.read(pipeline, AnnotationPipeline.class, "annotators", WHAT);
    return of(annotators);
  }

  /** The SUTime environments of the given annotators' NER annotators. */
  static SutimeTagReset of(List<? extends Annotator> annotators) {
    List<Env> environments = new ArrayList<>();
    for (Annotator annotator : annotators) {
      if (annotator instanceof NERCombinerAnnotator ner) {
        NumberSequenceClassifier numeric = CoreNlpInternals.numericClassifier(ner, WHAT);
        if (numeric != null) {
          Object extractor =
              CoreNlpInternals.read(
                  numeric, NumberSequenceClassifier.class, CoreNlpInternals.SUTIME, WHAT);
          if (extractor instanceof SutimeWindows windows) {
            extractor = windows.sutime();
          }
          if (extractor instanceof TimeExpressionExtractorImpl) {
            CoreMapExpressionExtractor<?> rules =
                CoreNlpInternals.read(
                    extractor, TimeExpressionExtractorImpl.class, "expressionExtractor", WHAT);
            environments.add(rules.getEnv());
          }
        }
      }
    }
    return new SutimeTagReset(environments);
  }

  /** How many SUTime environments this resets (0 when the pipeline runs no SUTime). */
  int environments() {
    return environments.size();
  }

  /** Removes the tense tag from every value the environments bind; returns how many it removed. */
  int reset() {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int removed = 0;
    for (Env environment : environments) {
      for (Object bound : environment.getVariables().values()) {
        removed += reset(bound, seen);
      }
    }
    return removed;
  }

  private static int reset(Object bound, Set<Object> seen) {
    if (bound == null || !seen.add(bound)) {
      return 0;
    }
    int removed = 0;
    if (bound instanceof Value<?> value) {
      Tags tags = value.getTags();
      if (tags != null && tags.hasTag(RESOLVE_TO)) {
        tags.removeTag(RESOLVE_TO);
        removed++;
      }
      removed += reset(value.get(), seen);
    } else if (bound instanceof Map<?, ?> map) {
      for (Object element : map.values()) {
        removed += reset(element, seen);
      }
    } else if (bound instanceof Collection<?> collection) {
      for (Object element : collection) {
        removed += reset(element, seen);
      }
    }
    return removed;
  }
}
