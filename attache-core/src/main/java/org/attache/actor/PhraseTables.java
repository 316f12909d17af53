package org.attache.actor;

import java.util.List;
import java.util.Optional;

/**
 * The lookups the phrase scanner makes, taking keys made once per token window ({@link PhraseKey})
 * instead of a string each lookup normalises again, and telling the scanner when no longer window
 * starting at the same token can be found in any of them. The answers are those of the same-named
 * {@link ActorKnowledge} methods.
 */
final class PhraseTables {

  private final PhraseIndex<Country> countries;
  private final PhraseIndex<Place> places;
  private final PhraseIndex<Organisation> organisations;
  private final PhraseIndex<NamedActor> named;
  private final PhraseIndex<Role> roles;
  private final PhraseIndex<Country> ministries;

  PhraseTables(
      PhraseIndex<Country> countries,
      PhraseIndex<Place> places,
      PhraseIndex<Organisation> organisations,
      PhraseIndex<NamedActor> named,
      PhraseIndex<Role> roles,
      PhraseIndex<Country> ministries) {
    this.countries = countries;
    this.places = places;
    this.organisations = organisations;
    this.named = named;
    this.roles = roles;
    this.ministries = ministries;
  }

  Optional<Country> country(PhraseKey key) {
    return first(countries.lookup(key));
  }

  Optional<Place> place(PhraseKey key) {
    return first(places.lookup(key));
  }

  Optional<Organisation> organisation(PhraseKey key) {
    return first(organisations.lookup(key));
  }

  List<NamedActor> named(PhraseKey key) {
    return named.lookup(key);
  }

  Optional<Role> role(PhraseKey key) {
    return first(roles.lookup(key));
  }

  List<Country> foreignMinistry(PhraseKey key) {
    return ministries.lookup(key);
  }

  /** Whether a key of any of these lookups starts with this phrase's key. */
  boolean hasKeyStartingWith(PhraseKey key) {
    return countries.hasKeyStartingWith(key)
        || places.hasKeyStartingWith(key)
        || organisations.hasKeyStartingWith(key)
        || named.hasKeyStartingWith(key)
        || roles.hasKeyStartingWith(key)
        || ministries.hasKeyStartingWith(key);
  }

  private static <T> Optional<T> first(List<T> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
