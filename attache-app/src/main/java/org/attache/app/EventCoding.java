package org.attache.app;

import java.util.List;
import org.attache.actor.ActorMention;
import org.attache.annotate.Annotation;
import org.attache.event.EventMention;

/**
 * The event-coding step of the analysis: from a document's annotation and resolved actors to its
 * event mentions. Implementations are thread-safe; the analysis calls them from several workers.
 */
@FunctionalInterface
public interface EventCoding {
  /** Codes no events: the analysis stops at actors. */
  EventCoding NONE = (annotation, actors) -> List.of();

  List<EventMention> code(Annotation annotation, List<ActorMention> actors);
}
