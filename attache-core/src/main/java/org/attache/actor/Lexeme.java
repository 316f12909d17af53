package org.attache.actor;

import java.util.List;
import java.util.Optional;

/**
 * A run of tokens that the knowledge tables know, with every reading the tables give it: a country
 * (by name or demonym), a city or capital, an organisation, a party, armed group or company, a role
 * phrase, and the countries whose foreign ministry has that distinctive name. Produced by {@link
 * LexiconScanner}.
 *
 * @param first index of the first token within its sentence
 * @param last index of the last token (inclusive)
 * @param text the phrase as written (without a "-based" suffix)
 * @param country the country it names, if any
 * @param demonym whether it names the country by an adjective or demonym ("Pakistani")
 * @param place the city or capital it names, if any
 * @param organisation the organisation it names, if any
 * @param named the party, armed group or company it names on the document's date, if any
 * @param role the role phrase it is, if any
 * @param ministries countries whose foreign ministry has this name, in table order
 * @param based whether the token carried a "-based" suffix ("Minsk-based" as one token)
 */
record Lexeme(
    int first,
    int last,
    String text,
    Optional<Country> country,
    boolean demonym,
    Optional<Place> place,
    Optional<Organisation> organisation,
    Optional<NamedActor> named,
    Optional<Role> role,
    List<Country> ministries,
    boolean based) {

  Lexeme {
    ministries = List.copyOf(ministries);
  }

  /**
   * Whether the phrase names a country, city, organisation, party, armed group or company that can
   * qualify a role.
   */
  boolean qualifies() {
    return country.isPresent()
        || place.isPresent()
        || organisation.isPresent()
        || named.isPresent();
  }

  /** Whether the phrase is a role or a distinctive foreign-ministry name. */
  boolean isRole() {
    return role.isPresent() || !ministries.isEmpty();
  }

  /** The code in the actor's country position when this phrase qualifies a role. */
  Optional<String> code() {
    if (country.isPresent()) {
      return Optional.of(country.get().iso3());
    }
    if (place.isPresent()) {
      return Optional.of(place.get().iso3());
    }
    if (organisation.isPresent()) {
      return organisation.map(Organisation::code);
    }
    return named.map(NamedActor::country);
  }
}
