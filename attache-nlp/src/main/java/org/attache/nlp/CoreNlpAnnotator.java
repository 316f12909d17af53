package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Objects;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Annotations;
import org.attache.annotate.Annotator;

/**
 * An {@link Annotator} backed by one Stanford CoreNLP pipeline, built once from an {@link
 * NlpConfig} (loading the models takes seconds to a minute), and shared by every call.
 *
 * <p>Threads: CoreNLP's annotators keep no per-document state, and CoreNLP's own server shares one
 * pipeline between request threads; each call here annotates its own fresh CoreNLP document, so any
 * number of threads may call {@link #annotate} on one instance at once. {@code CoreNlpAnnotatorIT}
 * checks that two threads give the same annotations as one.
 *
 * <p>Offsets refer to the request's text as given. The publication date becomes the document date
 * SUTime resolves relative expressions against ("tomorrow" on 2023-05-29 is 2023-05-30).
 */
public final class CoreNlpAnnotator implements Annotator {
  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;

  /** Builds the pipeline, loading every model the configuration names. */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = new StanfordCoreNLP(config.properties());
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
    pipeline.annotate(document);
    return Annotations.check(CoreNlpConverter.convert(request, document));
  }
}
