package org.attache.actor;

import java.util.List;
import java.util.Objects;

/**
 * One row of the countries table: a UN member state (or Kosovo, Palestine, Taiwan, the Vatican)
 * with its ISO 3166-1 codes, common name, other names, adjectives and demonyms, capital with its
 * coordinates, major cities, and the distinctive names of its foreign ministry ("Foreign Office",
 * "State Department"). Lists keep the table's order; the capital's first name is {@link
 * #capital()}.
 */
public record Country(
    String iso3,
    String iso2,
    String name,
    List<String> aliases,
    List<String> demonyms,
    List<String> capitalNames,
    Coordinates capitalCoordinates,
    List<Place> cities,
    List<String> foreignMinistries) {

  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitalNames = List.copyOf(capitalNames);
    if (capitalNames.isEmpty()) {
      throw new IllegalArgumentException("country without a capital: " + iso3);
    }
    Objects.requireNonNull(capitalCoordinates, "capitalCoordinates");
    cities = List.copyOf(cities);
    foreignMinistries = List.copyOf(foreignMinistries);
  }

  /** The capital's usual English name. */
  public String capital() {
    return capitalNames.get(0);
  }
}
