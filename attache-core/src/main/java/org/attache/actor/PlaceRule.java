package org.attache.actor;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 1 for names standing alone: an organisation ("the UN General Assembly" → UNO IGO), a party,
 * armed group or company ("PTI" → PAK PTY, "Hamas" → PSE REB, "Gazprom" → RUS BUS), a country named
 * as an actor ("Pakistan signed…" → PAK), and a capital used for its government ("Islamabad has
 * resisted pressure" → PAK GOV, when the capital is subject, object, agent or possessor). A country
 * or capital standing as a place ("in Islamabad": obl/nmod with a locative preposition), a capital
 * in any other relation (a dateline), a demonym without a role ("Pakistani territory") and a city
 * that is no capital are not actors. A country modifying an event noun ("the Ukraine invasion") is
 * coded, but its reason says it is the target or place, not the actor.
 */
final class PlaceRule {

  /**
   * Event nouns whose country modifier names what is acted on or where, not who acts: "the Ukraine
   * invasion", "the Iraq war", "a Pakistan visit". A country before any other noun stays an actor
   * ("US sanctions").
   */
  private static final Set<String> TARGET_NOUNS =
      Set.of(
          "invasion",
          "occupation",
          "annexation",
          "bombing",
          "blockade",
          "siege",
          "incursion",
          "offensive",
          "war",
          "conflict",
          "crisis",
          "visit",
          "trip",
          "tour");

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
    if (lexeme.named().isPresent() && !lexeme.based()) {
      NamedActor named = lexeme.named().get();
      Actor actor = Actor.of(named.country(), named.sector(), named.name(), null);
      String reason = named.kind() + ": " + lexeme.text() + " → " + named.id();
      return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
    }
    if (lexeme.based()) {
      return Optional.of(Resolved.none(last));
    }
    if (lexeme.country().isPresent()) {
      if (lexeme.demonym()) {
        if (!actsThroughParticiple(view, last)) {
          return Optional.of(Resolved.none(last));
        }
        Actor actor = Actor.of(lexeme.country().get().iso3(), null, null, null);
        String reason =
            "demonym standing for its country before a verb: "
                + view.span(first, Math.min(last + 1, view.size() - 1));
        return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
      }
      if (view.isLocative(first, last)) {
        return Optional.of(Resolved.none(last));
      }
      Actor actor = Actor.of(lexeme.country().get().iso3(), null, null, null);
      int noun = last + 1;
      if (view.isNoun(noun)
          && view.lexeme(noun).isEmpty()
          && TARGET_NOUNS.contains(view.lemma(noun))) {
        String reason =
            "target, not actor: country modifying the event noun '"
                + view.span(noun, noun)
                + "' ("
                + view.span(first, noun)
                + ")";
        return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
      }
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

  /**
   * Whether a demonym stands for its country as the doer of a verb that follows it, as in "since
   * Russian invaded Ukraine" (a slip for "Russia" that parsers read as a noun phrase): the next
   * word is a past tense or an -ed participle, and an object (a name or a determiner) follows.
   * "Russian armed forces" does not qualify: a common noun follows the participle.
   */
  private static boolean actsThroughParticiple(SentenceView view, int last) {
    int verb = last + 1;
    int object = last + 2;
    if (object >= view.size()) {
      return false;
    }
    String pos = view.pos(verb);
    boolean pastForm =
        "VBD".equals(pos)
            || (("VBN".equals(pos) || "JJ".equals(pos))
                && view.word(verb).toLowerCase(Locale.ROOT).endsWith("ed"));
    String next = view.pos(object);
    return pastForm && view.lexeme(verb).isEmpty() && ("NNP".equals(next) || "DT".equals(next));
  }
}
