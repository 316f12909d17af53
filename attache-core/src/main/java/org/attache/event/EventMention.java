package org.attache.event;

import java.util.List;
import java.util.Objects;
import org.attache.actor.ActorMention;

/**
 * One report of an event in one sentence of one document: the trigger (the predicate that names the
 * act), the act's codes, the actors and recipients (lists, so that "Pakistan and Belarus signed …"
 * is one event with both countries as actors), the report's status, the event's date and place, and
 * what produced it: the predicate lexicon's entry and the rules that fired.
 *
 * @param sentence index of the sentence in the document's annotation
 * @param triggerToken index of the trigger's head token in that sentence
 * @param date null only when neither the text nor the publication date gives one
 * @param place null when the report does not say where the event happened
 */
public record EventMention(
    String documentId,
    int sentence,
    int triggerToken,
    TextSpan trigger,
    EventType type,
    List<ActorMention> actors,
    List<ActorMention> recipients,
    EventStatus status,
    EventDate date,
    EventPlace place,
    String lexiconEntry,
    List<String> rules) {
  public EventMention {
    Objects.requireNonNull(documentId, "documentId");
    if (sentence < 0 || triggerToken < 0) {
      throw new IllegalArgumentException(
          "sentence and triggerToken must not be negative: sentence="
              + sentence
              + ", triggerToken="
              + triggerToken);
    }
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(type, "type");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lexiconEntry, "lexiconEntry");
    rules = List.copyOf(rules);
  }
}
