package org.attache.coding;

import java.util.List;
import java.util.Optional;
import org.attache.actor.Actor;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.Country;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.Token;

/**
 * The last resort for a missing recipient: the country of a destination the actor resolver left as
 * a place ("a cargo was sent to Islamabad", "a visit to Islamabad" → Pakistan as a whole). Only a
 * "to" phrase of the predicate, or of the support verb of a nominal event, counts, and never a
 * country the actors already belong to: a minister travelling at home is no recipient.
 */
final class PlaceRecipient {

  private static final List<String> DESTINATION = List.of("obl:to", "nmod:to");

  private final ActorKnowledge knowledge;

  PlaceRecipient(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  Optional<ActorMention> find(
      DependencyGraph graph, int head, List<ActorMention> actors, String documentText) {
    Optional<ActorMention> found = at(graph, head, actors, documentText);
    if (found.isPresent()) {
      return found;
    }
    Dependency up = graph.parent(head, List.of("obj", "nsubj:pass"));
    return up == null ? Optional.empty() : at(graph, up.governor(), actors, documentText);
  }

  private Optional<ActorMention> at(
      DependencyGraph graph, int head, List<ActorMention> actors, String documentText) {
    for (String relation : DESTINATION) {
      for (int dependent : graph.children(head, relation)) {
        Token token = graph.token(dependent);
        Optional<Country> country = knowledge.countryOfPlace(token.word());
        if (country.isEmpty()) {
          continue;
        }
        String iso3 = country.get().iso3();
        if (actors.stream().anyMatch(m -> m.actor().country().equals(iso3))) {
          return Optional.empty();
        }
        return Optional.of(
            new ActorMention(
                token.start(),
                token.end(),
                graph.sentence().index(),
                documentText.substring(token.start(), token.end()),
                Actor.of(iso3, null, null, null),
                "destination: " + token.word() + " is in " + iso3));
      }
    }
    return Optional.empty();
  }
}
