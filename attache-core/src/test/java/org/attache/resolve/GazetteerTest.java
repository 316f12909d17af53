package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.attache.event.EventPlace;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer and its table format. */
class GazetteerTest {
  private static final Geocoder GEOCODER = Geocoder.bundled();

  private static GeoPlace resolve(String name) {
    return GEOCODER.resolve(name, GeoContext.NONE).orElseThrow();
  }

  @Test
  void capitalsAndCitiesOfTheBundledTable() {
    GeoPlace minsk = resolve("MINSK");
    assertThat(minsk.country()).isEqualTo("BLR");
    assertThat(minsk.kind()).isEqualTo(GeoPlace.Kind.CAPITAL);
    assertThat(minsk.precision()).isEqualTo(EventPlace.Precision.CITY);
    assertThat(resolve("Islamabad").country()).isEqualTo("PAK");
    assertThat(resolve("New York").name()).isEqualTo("New York City");
    assertThat(resolve("Lahore").population()).isGreaterThan(1_000_000);
  }

  @Test
  void theActorTablesNamesJoinTheTablesPlaces() {
    assertThat(resolve("Kiev")).isEqualTo(resolve("Kyiv"));
    assertThat(resolve("Kiev").population()).isGreaterThan(1_000_000);
    assertThat(resolve("Gomel")).isEqualTo(resolve("Homel"));
  }

  @Test
  void regionsAndCountries() {
    assertThat(resolve("California").kind()).isEqualTo(GeoPlace.Kind.REGION);
    assertThat(resolve("California").precision()).isEqualTo(EventPlace.Precision.REGION);
    assertThat(resolve("Belarus").kind()).isEqualTo(GeoPlace.Kind.COUNTRY);
    assertThat(resolve("United States").coordinates().latitude()).isBetween(35.0, 42.0);
    assertThat(GEOCODER.gazetteer().lookup("Punjab")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(GEOCODER.gazetteer().maxWords()).isGreaterThan(3);
  }

  @Test
  void regionsWithoutTheirGenericSuffixAndTheHandAdditions() {
    assertThat(resolve("Tigray").country()).isEqualTo("ETH");
    assertThat(resolve("Tigray").kind()).isEqualTo(GeoPlace.Kind.REGION);
    assertThat(resolve("Donbass").country()).isEqualTo("UKR");
    assertThat(resolve("Kashmir").kind()).isEqualTo(GeoPlace.Kind.AREA);
    assertThat(resolve("Kashmir").country()).isEmpty();
    assertThat(resolve("White House").country()).isEqualTo("USA");
    assertThat(resolve("Minsk").kind()).isEqualTo(GeoPlace.Kind.CAPITAL);
    assertThat(resolve("Fla.").name()).isEqualTo("Florida");
    assertThat(resolve("Birmingham").country()).isEqualTo("GBR");
    assertThat(resolve("Birmingham").kind()).isEqualTo(GeoPlace.Kind.CITY);
    assertThat(resolve("Delaware").kind()).isEqualTo(GeoPlace.Kind.REGION);
  }

  @Test
  void anAliasForNoPlaceFailsWithItsLine() {
    BufferedReader reader =
        new BufferedReader(
            new StringReader("name\tiso3\tkind\taliases\nAtlantis\tUSA\tregion\tAtl.\n"));
    assertThatThrownBy(() -> PlaceAliases.apply(List.of(), "a.tsv", reader))
        .hasMessage("a.tsv:2: no such place in the tables: atlantis/USA/REGION");
  }

  @Test
  void shortCapitalsAreAbbreviationsNotShoutedNames() {
    assertThat(GEOCODER.resolve("WA", GeoContext.NONE).map(GeoPlace::name))
        .isNotEqualTo(java.util.Optional.of("Wa"));
    assertThat(resolve("Wa").country()).isEqualTo("GHA");
    assertThat(resolve("UAE").country()).isEqualTo("ARE");
    assertThat(resolve("NYC").name()).isEqualTo("New York City");
    assertThat(resolve("US").country()).isEqualTo("USA");
  }

  @Test
  void foldingMeetsSpellings() {
    assertThat(PlaceNames.fold("St. John's")).isEqualTo(PlaceNames.fold("St Johns"));
    assertThat(PlaceNames.fold("Kýiv")).isEqualTo("kyiv");
    assertThat(PlaceNames.fold("The Netherlands")).isEqualTo("netherlands");
    assertThat(PlaceNames.fold("Mazar-i-Sharif")).isEqualTo("mazar i sharif");
  }

  @Test
  void badRowsNameWhereAndWhat() {
    assertThatThrownBy(() -> PlaceRow.parse("t.tsv:3", "Minsk\t\tBLR\t53.9\t27.5\t1"))
        .hasMessage("t.tsv:3: expected 7 columns, found 6");
    assertThatThrownBy(() -> PlaceRow.parse("t.tsv:4", "Minsk\t\tBLR\t93.9\t27.5\t1\tcity"))
        .hasMessageContaining("t.tsv:4")
        .hasMessageContaining("93.9");
    assertThatThrownBy(() -> PlaceRow.parse("t.tsv:5", "Minsk\t\tBLR\t53.9\t27.5\t1\ttown"))
        .hasMessageContaining("t.tsv:5")
        .hasMessageContaining("TOWN");
  }
}
