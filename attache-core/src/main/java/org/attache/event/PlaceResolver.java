package org.attache.event;

import java.util.Optional;
import org.attache.annotate.Annotation;

/**
 * Finds where an event happened — not every place its sentence names — and geocodes it: a place
 * attached to the trigger ("in New York"), the destination of a movement ("visit to Islamabad",
 * "arrived in Minsk"), or the dateline city for a local event. Empty when the report does not say.
 * Implementations are thread-safe and stateless between calls.
 */
public interface PlaceResolver {
  /**
   * @param sentence index of the trigger's sentence in {@code annotation}
   * @param triggerToken index of the trigger's head token in that sentence
   * @param destination whether the act is a movement (visit, travel, arrive) whose destination is
   *     the event's place
   */
  Optional<EventPlace> place(
      Annotation annotation, int sentence, int triggerToken, boolean destination);

  /**
   * A resolver for the events of this one document, giving the same places as this resolver; it may
   * work out once what all of the document's events share (its toponyms, its dateline). Used by one
   * thread for one document. The default is this resolver itself.
   */
  default PlaceResolver forDocument(Annotation annotation) {
    return this;
  }
}
