package org.attache.event;

import java.util.Optional;
import org.attache.annotate.Annotation;

/**
 * Finds an event's own date from the time expression attached to its trigger or clause, resolved
 * against the document's publication date; without one, falls back to the publication date. Empty
 * only when neither the text nor the publication date gives a date. Implementations are thread-safe
 * and stateless between calls.
 */
public interface DateResolver {
  /**
   * @param sentence index of the trigger's sentence in {@code annotation}
   * @param triggerToken index of the trigger's head token in that sentence
   * @param status the report's status: a planned event's weekday lies ahead, an occurred one's
   *     behind
   */
  Optional<EventDate> date(
      Annotation annotation, int sentence, int triggerToken, EventStatus status);
}
