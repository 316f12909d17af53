package org.attache.cli;

import java.util.Optional;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.Country;

/**
 * Country names for the codes stored in events, from the bundled actor knowledge: "BLR" is
 * "Belarus". Organisation codes (UNO, EEC…) and unknown codes have no country name.
 */
final class CountryNames {
  private CountryNames() {}

  /** The country with this ISO 3166-1 alpha-3 code, if the bundled table has it. */
  static Optional<Country> country(String iso3) {
    if (iso3 == null || iso3.length() != 3) {
      return Optional.empty();
    }
    return ActorKnowledge.bundled().countryByCode(iso3);
  }

  /** The country's common English name, else the code itself. */
  static String name(String code) {
    return country(code).map(Country::name).orElse(code);
  }
}
