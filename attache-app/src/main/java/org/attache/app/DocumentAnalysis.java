package org.attache.app;

import java.util.List;
import java.util.Objects;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Annotator;
import org.attache.event.EventMention;
import org.attache.store.AnalysisStore;

/**
 * The analysis of one stored document: annotate it (or decode its stored annotation), find the
 * story country from the dateline, resolve actors and code events. Shared by {@link AnalysisJob}
 * and the Spark job, so both analyse a document alike. Thread-safe when the annotator is.
 */
public final class DocumentAnalysis {
  private final Annotator annotator;
  private final ActorResolver resolver;
  private final DatelineCountry datelines;
  private final EventCoding coding;

  public DocumentAnalysis(Annotator annotator, ActorKnowledge knowledge, EventCoding coding) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.resolver = new ActorResolver(knowledge);
    this.datelines = new DatelineCountry(knowledge);
    this.coding = Objects.requireNonNull(coding, "coding");
  }

  /** What the analysis finds in {@code document}. */
  public AnalysisStore.Result analyse(AnalysisStore.Pending document) {
    Annotation annotation =
        document.annotation() != null
            ? AnnotationCodec.fromJson(document.annotation())
            : annotator.annotate(
                new AnnotationRequest(document.id(), document.text(), document.published()));
    String storyCountry = datelines.find(document.text()).orElse(null);
    List<ActorMention> mentions = resolver.resolve(annotation, storyCountry);
    List<EventMention> events = coding.code(annotation, mentions);
    return new AnalysisStore.Result(document, annotation, mentions, events);
  }
}
