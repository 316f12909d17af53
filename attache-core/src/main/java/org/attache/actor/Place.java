package org.attache.actor;

import java.util.List;
import java.util.Objects;

/**
 * A city or capital of a country: its names (the first is the usual English one), the country's ISO
 * 3166-1 alpha-3 code, its coordinates, and whether it is a capital of that country (official
 * capital, seat of government, or another official capital, as the countries table lists them).
 */
public record Place(List<String> names, String iso3, Coordinates coordinates, boolean capital) {

  public Place {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("place without a name: iso3=" + iso3);
    }
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(coordinates, "coordinates");
  }

  /** The usual English name. */
  public String name() {
    return names.get(0);
  }
}
