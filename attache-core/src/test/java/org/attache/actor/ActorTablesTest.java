package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Integrity of the bundled tables: unique keys, well-formed codes and coordinates, every leader's
 * country known, and no two people holding the same office at once except on a handover day or
 * where a bound is known only to the month.
 */
class ActorTablesTest {

  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();

  @Test
  void everyUnMemberAndTheFourOthersIsThere() {
    assertThat(KNOWLEDGE.countries()).hasSize(197);
    for (String iso3 :
        List.of(
            "BLR", "PAK", "RUS", "UKR", "USA", "GBR", "CHN", "IRN", "ISR", "SAU", "XKX", "PSE",
            "TWN", "VAT")) {
      assertThat(KNOWLEDGE.countryByCode(iso3)).as(iso3).isPresent();
    }
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> iso3 = new HashSet<>();
    Set<String> iso2 = new HashSet<>();
    Pattern three = Pattern.compile("[A-Z]{3}");
    Pattern two = Pattern.compile("[A-Z]{2}");
    for (Country country : KNOWLEDGE.countries()) {
      assertThat(country.iso3()).matches(three);
      assertThat(country.iso2()).matches(two);
      assertThat(iso3.add(country.iso3())).as("duplicate " + country.iso3()).isTrue();
      assertThat(iso2.add(country.iso2())).as("duplicate " + country.iso2()).isTrue();
    }
    Set<String> ids = new HashSet<>();
    for (Organisation organisation : KNOWLEDGE.organisations()) {
      assertThat(ids.add(organisation.id())).as("duplicate " + organisation.id()).isTrue();
      assertThat(organisation.sector()).isIn("IGO", "NGO");
    }
  }

  @Test
  void noNameMeansTwoThings() {
    assertThat(KNOWLEDGE.ambiguousKeys()).isEmpty();
  }

  @Test
  void citiesLieNearTheirCapital() {
    // Catches swapped or sign-flipped coordinates; Russia spans eight time zones.
    for (Country country : KNOWLEDGE.countries()) {
      for (Place city : country.cities()) {
        double km = city.coordinates().distanceKm(country.capitalCoordinates());
        double limit = country.iso3().equals("RUS") ? 7000 : 4500;
        assertThat(km).as(city.name() + " from " + country.capital()).isLessThan(limit);
      }
    }
  }

  @Test
  void seedCapitalsAreWhereTheyAre() {
    assertCapital("PAK", "Islamabad", 33.69, 73.06);
    assertCapital("BLR", "Minsk", 53.90, 27.57);
    assertCapital("RUS", "Moscow", 55.76, 37.62);
    assertCapital("UKR", "Kyiv", 50.45, 30.52);
    assertCapital("USA", "Washington", 38.90, -77.04);
    Place newYork = KNOWLEDGE.place("New York").orElseThrow();
    assertThat(newYork.iso3()).isEqualTo("USA");
    assertThat(newYork.capital()).isFalse();
    assertThat(newYork.coordinates().latitude()).isCloseTo(40.71, within());
    assertThat(newYork.coordinates().longitude()).isCloseTo(-74.01, within());
  }

  private static void assertCapital(String iso3, String capital, double lat, double lon) {
    Country country = KNOWLEDGE.countryByCode(iso3).orElseThrow();
    assertThat(country.capital()).isEqualTo(capital);
    assertThat(country.capitalCoordinates().latitude()).isCloseTo(lat, within());
    assertThat(country.capitalCoordinates().longitude()).isCloseTo(lon, within());
    assertThat(KNOWLEDGE.isCapital(capital)).isTrue();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.1);
  }

  @Test
  void g20AndSeedCountriesHaveThreeCities() {
    for (String iso3 :
        List.of(
            "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
            "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "BLR", "PAK", "UKR", "IRN", "ISR")) {
      assertThat(KNOWLEDGE.countryByCode(iso3).orElseThrow().cities())
          .as(iso3)
          .hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void everyLeaderHasAKnownCountryAndSector() {
    Set<String> codes = new HashSet<>();
    KNOWLEDGE.countries().forEach(c -> codes.add(c.iso3()));
    KNOWLEDGE.organisations().forEach(o -> codes.add(o.code()));
    for (Leader leader : KNOWLEDGE.leaders()) {
      assertThat(codes).as(leader.name()).contains(leader.country());
      assertThat(Sectors.isKnown(leader.sector())).as(leader.name()).isTrue();
      leader
          .term()
          .last()
          .ifPresent(end -> assertThat(end).isAfterOrEqualTo(leader.term().start()));
    }
  }

  @Test
  void noTwoPeopleHoldOneOfficeAtOnce() {
    // Allowed: a handover day (one term ends the day the next starts), and overlaps where a bound
    // is known only to the month or year. No office in the tables is genuinely shared.
    Map<String, List<Leader>> byOffice = new TreeMap<>();
    for (Leader leader : KNOWLEDGE.leaders()) {
      byOffice
          .computeIfAbsent(leader.country() + " " + leader.title(), k -> new ArrayList<>())
          .add(leader);
    }
    List<String> clashes = new ArrayList<>();
    byOffice.forEach(
        (office, holders) -> {
          for (int i = 0; i < holders.size(); i++) {
            for (int j = i + 1; j < holders.size(); j++) {
              Term a = holders.get(i).term();
              Term b = holders.get(j).term();
              if (!a.overlaps(b) || handover(a, b) || handover(b, a) || inexactOverlap(a, b)) {
                continue;
              }
              clashes.add(
                  office
                      + ": "
                      + holders.get(i).name()
                      + " "
                      + a
                      + " / "
                      + holders.get(j).name()
                      + " "
                      + b);
            }
          }
        });
    assertThat(clashes).isEmpty();
  }

  private static boolean handover(Term earlier, Term later) {
    return earlier.end() != null && earlier.end().equals(later.start());
  }

  private static boolean inexactOverlap(Term a, Term b) {
    Term first = a.start().isAfter(b.start()) ? b : a;
    Term second = first == a ? b : a;
    return !first.exactEnd() || !second.exactStart();
  }

  @Test
  void rolesUseKnownSectorsAndHaveTitles() {
    for (Role role : KNOWLEDGE.roles()) {
      assertThat(Sectors.isKnown(role.sector()) || role.inheritsSector())
          .as(role.phrase())
          .isTrue();
      assertThat(role.title()).isNotBlank();
    }
  }
}
