package org.attache.actor;

import java.util.Optional;

/**
 * Rule 1 for names standing alone: an organisation ("the UN General Assembly" → UNO IGO), a country
 * named as an actor ("Pakistan signed…" → PAK), and a capital used for its government ("Islamabad
 * has resisted pressure" → PAK GOV, when the capital is subject, object, agent or possessor). A
 * country or capital standing as a place ("in Islamabad": obl/nmod with a locative preposition), a
 * capital in any other relation (a dateline), a demonym without a role ("Pakistani territory") and
 * a city that is no capital are not actors.
 */
final class PlaceRule {

  private PlaceRule() {}

  static Optional<Resolved> apply(SentenceView view, Lexeme lexeme) {
    int first = lexeme.first();
    int last = lexeme.last();
    if (lexeme.organisation().isPresent()) {
      Organisation organisation = lexeme.organisation().get();
      Actor actor = Actor.of(organisation.code(), organisation.sector(), organisation.name(), null);
      String reason = "organisation: " + lexeme.text() + " → " + organisation.id();
      return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
    }
    if (lexeme.based()) {
      return Optional.of(Resolved.none(last));
    }
    if (lexeme.country().isPresent()) {
      if (lexeme.demonym()) {
        return Optional.of(Resolved.none(last));
      }
      if (view.isLocative(first, last)) {
        return Optional.of(Resolved.none(last));
      }
      Actor actor = Actor.of(lexeme.country().get().iso3(), null, null, null);
      String reason = "country named as an actor: " + lexeme.text();
      return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
    }
    if (lexeme.place().isPresent()) {
      Place place = lexeme.place().get();
      if (place.capital() && !view.isLocative(first, last) && view.isAgentive(first, last)) {
        Actor actor = Actor.of(place.iso3(), "GOV", null, null);
        String reason = "capital for its government: " + lexeme.text();
        return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
      }
      return Optional.of(Resolved.none(last));
    }
    return Optional.empty();
  }
}
