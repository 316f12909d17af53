package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Annotations;
import org.attache.annotate.Annotator;

/**
 * An {@link Annotator} backed by one Stanford CoreNLP pipeline, built once from an {@link
 * NlpConfig} (loading the models takes seconds to a minute), and shared by every call.
 *
 * <p>Threads: any number of threads may call {@link #annotate} on one instance; each thread gets a
 * pipeline of its own (models loaded once per thread), because a pipeline shared between threads
 * let SUTime's state leak from one document into another. {@code AnalysisJobIT} and {@code
 * ConcurrentPipelinesIT} check that two threads give the same annotations as one.
 *
 * <p>A pipeline of its own is not enough: SUTime also keeps the tense it saw around a day or month
 * name ("said Friday") on the rule value shared by every later document, so each pipeline's dates
 * would depend on the documents it analysed before. Each document therefore starts with that state
 * cleared ({@link SutimeTagReset}), and its dates depend on its own text and date only.
 *
 * <p>With {@link NlpConfig#gatesTimeRules()} (the fast preset), the numeric classifiers and SUTime
 * run only on the sentences with a time or number cue ({@link SentenceGatedNer}), and SUTime there
 * only on the stretches around the cues ({@link SutimeWindows}), each of its token and composite
 * rules only where the words it requires occur ({@link SutimeTriggers}); the annotations are the
 * same as without, byte for byte ({@code SutimeCuesIT}).
 *
 * <p>Offsets refer to the request's text as given. The publication date becomes the document date
 * SUTime resolves relative expressions against ("tomorrow" on 2023-05-29 is 2023-05-30).
 */
public final class CoreNlpAnnotator implements Annotator {
  private final NlpConfig config;

  /**
   * One CoreNLP pipeline per thread. A shared pipeline is not safe: with two threads, SUTime
   * resolved "Tuesday" in a story published on Monday 2023-05-29 to 2023-05-23 instead of
   * 2023-05-30 (AnalysisJobIT): the tense tags {@link SutimeTagReset} clears are set and read while
   * a document is analysed, so another thread's document changed them midway. CoreNLP also caches
   * annotators in a global pool, so each thread's pipeline is built after clearing it, under a
   * lock, to get annotator instances of its own.
   */
  private final ThreadLocal<Pipeline> pipelines;

  /**
   * A CoreNLP pipeline as steps run in order, and the reset of its SUTime rule state. Without cue
   * gating the only step is the whole pipeline; with it ({@link NlpConfig#gatesTimeRules()}), the
   * annotators before ner, the {@link SentenceGatedNer}, then the annotators after ner.
   */
  private record Pipeline(List<edu.stanford.nlp.pipeline.Annotator> steps, SutimeTagReset sutime) {}

  /** Builds the pipeline for the calling thread, loading every model the configuration names. */
  public CoreNlpAnnotator(NlpConfig config) {
    this(config, TimeNumberCues::anyCue);
  }

  /** As above, with another cue test for the gated ner step (tests weaken it). */
  CoreNlpAnnotator(NlpConfig config, Predicate<List<CoreLabel>> cue) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(cue, "cue");
    this.pipelines = ThreadLocal.withInitial(() -> build(config, cue));
    pipelines.get();
  }

  private static Pipeline build(NlpConfig config, Predicate<List<CoreLabel>> cue) {
    synchronized (CoreNlpAnnotator.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      if (!config.gatesTimeRules()) {
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(config.properties());
        return new Pipeline(List.of(coreNlp), SutimeTagReset.of(coreNlp));
      }
      List<String> annotators = config.annotators();
      int ner = annotators.indexOf("ner");
      List<edu.stanford.nlp.pipeline.Annotator> steps = new ArrayList<>();
      steps.add(new StanfordCoreNLP(properties(config, annotators.subList(0, ner)), true));
      SentenceGatedNer gated = SentenceGatedNer.load(config.properties(), cue);
      steps.add(gated);
      if (ner + 1 < annotators.size()) {
        steps.add(
            new StanfordCoreNLP(
                properties(config, annotators.subList(ner + 1, annotators.size())), false));
      }
      return new Pipeline(steps, SutimeTagReset.of(List.of(gated.withRules())));
    }
  }

  private static Properties properties(NlpConfig config, List<String> annotators) {
    Properties properties = config.properties();
    properties.setProperty("annotators", String.join(",", annotators));
    return properties;
  }

  /** The configuration the pipeline was built from. */
  public NlpConfig config() {
    return config;
  }

  @Override
  public Annotation annotate(AnnotationRequest request) {
    edu.stanford.nlp.pipeline.Annotation document =
        new edu.stanford.nlp.pipeline.Annotation(request.text());
    if (request.published() != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, request.published().toString());
    }
    Pipeline pipeline = pipelines.get();
    pipeline.sutime().reset();
    for (edu.stanford.nlp.pipeline.Annotator step : pipeline.steps()) {
      step.annotate(document);
    }
    return Annotations.check(CoreNlpConverter.convert(request, document));
  }
}
