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

  /** Where a phrase's key stands among the keys of these lookups. */
  enum Standing {
    /** It is a key of some lookup (which may still refuse it, e.g. for want of a capital). */
    KEY,
    /** It is no key, but some key starts with it. */
    PREFIX,
    /** No key starts with it: no lookup finds it. */
    NONE
  }

  /**
   * The phrase's standing: the case-folded form against the case-folded keys, the normalised form
   * against the exact-case keys.
   */
  Standing standing(PhraseKey key) {
    int folded = Arrays.binarySearch(foldedKeys, key.folded());
    int exact = Arrays.binarySearch(exactKeys, key.normalised());
    if (folded >= 0 || exact >= 0) {
      return Standing.KEY;
    }
    return startsWith(foldedKeys, -folded - 1, key.folded())
            || startsWith(exactKeys, -exact - 1, key.normalised())
        ? Standing.PREFIX
        : Standing.NONE;
  }

  /** Whether the key at the insertion point, the least key above the prefix, starts with it. */
  private static boolean startsWith(String[] keys, int ceiling, String prefix) {
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
