package org.attache.actor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

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
  private final String[] foldedKeys;
  private final String[] exactKeys;

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
    List<PhraseIndex<?>> all = List.of(countries, places, organisations, named, roles, ministries);
    this.foldedKeys = sorted(all.stream().map(PhraseIndex::foldedKeys));
    this.exactKeys = sorted(all.stream().map(PhraseIndex::exactKeys));
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

  /**
   * Whether a key of any of these lookups starts with this phrase's key: a case-folded key with the
   * folded form, an exact-case key with the normalised form.
   */
  boolean hasKeyStartingWith(PhraseKey key) {
    return hasKeyStartingWith(foldedKeys, key.folded())
        || hasKeyStartingWith(exactKeys, key.normalised());
  }

  /** The first key not below the prefix (sorted order) starts with it if any key does. */
  private static boolean hasKeyStartingWith(String[] keys, String prefix) {
    int at = Arrays.binarySearch(keys, prefix);
    int ceiling = at >= 0 ? at : -at - 1;
    return ceiling < keys.length && keys[ceiling].startsWith(prefix);
  }

  private static String[] sorted(Stream<? extends java.util.Collection<String>> keySets) {
    TreeSet<String> keys = new TreeSet<>();
    keySets.forEach(keys::addAll);
    return keys.toArray(String[]::new);
  }

  private static <T> Optional<T> first(List<T> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
