package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.actor.ActorKnowledge;
import org.junit.jupiter.api.Test;

/** The geocoder's choices between equally named places, on a small hand-made table. */
class GeocoderTest {
  private static final Geocoder GEOCODER =
      new Geocoder(
          new Gazetteer(
              ActorKnowledge.bundled(),
              List.of(
                  row("Paris\t\tFRA\t48.85\t2.35\t2138551\tcapital"),
                  row("Paris\t\tUSA\t33.66\t-95.56\t24782\tcity"),
                  row("Dallas\t\tUSA\t32.78\t-96.81\t1300092\tcity"),
                  row("Georgia\t\tUSA\t32.17\t-82.90\t0\tregion"),
                  row("Atlanta\t\tUSA\t33.75\t-84.39\t463878\tcity"),
                  row("Springfield\t\tUSA\t39.80\t-89.64\t116250\tcity"),
                  row("Springfield\t\tUSA\t37.22\t-93.30\t166810\tcity"),
                  row("Hyderabad\t\tIND\t17.38\t78.46\t3597816\tcity"),
                  row("Hyderabad\t\tPAK\t25.39\t68.37\t1386330\tcity"),
                  row("Lahore\t\tPAK\t31.56\t74.35\t6310888\tcity"),
                  row("Bombay City\tBombay\tIND\t19.07\t72.88\t12691836\tcity"),
                  row("Bombay\t\tUSA\t42.00\t-74.00\t1000\tcity"),
                  row("Pakistan\t\tPAK\t30.00\t70.00\t0\tcountry"))));

  private static PlaceRow row(String line) {
    return PlaceRow.parse("test", line);
  }

  private static String resolve(String name, List<String> document, String dateline) {
    GeoContext context = GEOCODER.context(document, dateline);
    return GEOCODER.resolve(name, context).map(p -> p.name() + "/" + p.country()).orElse("-");
  }

  @Test
  void withoutContextTheCapitalAndTheCountryWin() {
    assertThat(resolve("Paris", List.of(), null)).isEqualTo("Paris/FRA");
    assertThat(resolve("Georgia", List.of(), null)).isEqualTo("Georgia/GEO");
    assertThat(resolve("Hyderabad", List.of(), null)).isEqualTo("Hyderabad/IND");
  }

  @Test
  void aNearbyPlaceOfTheDocumentPullsAnAmbiguousName() {
    assertThat(resolve("Paris", List.of("Dallas", "Paris"), null)).isEqualTo("Paris/USA");
    assertThat(resolve("Georgia", List.of("Atlanta", "Georgia"), null)).isEqualTo("Georgia/USA");
  }

  @Test
  void theDocumentsCountriesAndDatelineDecide() {
    assertThat(resolve("Hyderabad", List.of("Pakistan", "Hyderabad"), null))
        .isEqualTo("Hyderabad/PAK");
    assertThat(resolve("Hyderabad", List.of("Lahore", "Hyderabad"), null))
        .isEqualTo("Hyderabad/PAK");
    assertThat(resolve("Hyderabad", List.of(), "PAK")).isEqualTo("Hyderabad/PAK");
  }

  @Test
  void theStorysCountriesFromElsewhereCountLikeToponyms() {
    GeoContext context = GEOCODER.context(List.of(), null).withStoryCountries(List.of("PAK"));
    assertThat(GEOCODER.resolve("Hyderabad", context).orElseThrow().country()).isEqualTo("PAK");
    assertThat(GEOCODER.resolve("Hyderabad", GeoContext.NONE).orElseThrow().country())
        .isEqualTo("IND");
  }

  @Test
  void aMainNameBeatsAnAlternateOneOfTheSameWeight() {
    assertThat(resolve("Bombay", List.of(), null)).isEqualTo("Bombay City/IND");
    assertThat(GEOCODER.gazetteer().lookup("Bombay").get(0).main()).isTrue();
  }

  @Test
  void countryNamesAndAliasesComeFromTheActorTablesWithTheTablesCentrePoint() {
    GeoPlace pakistan = GEOCODER.resolve("the Islamic Republic of Pakistan", GeoContext.NONE).get();
    assertThat(pakistan.kind()).isEqualTo(GeoPlace.Kind.COUNTRY);
    assertThat(pakistan.coordinates().latitude()).isEqualTo(30.0);
    GeoPlace belarus = GEOCODER.resolve("Belarus", GeoContext.NONE).get();
    assertThat(belarus.coordinates().latitude()).isEqualTo(53.90);
  }

  @Test
  void unknownAndBlankNamesResolveToNothing() {
    assertThat(resolve("Atlantis", List.of(), null)).isEqualTo("-");
    assertThat(resolve(" ", List.of(), null)).isEqualTo("-");
    assertThat(GEOCODER.context(List.of("Atlantis"), null).clues()).isEmpty();
  }

  @Test
  void aNameWhosePlacesAllLieInOneCountryPointsAtItWithoutAnAnchor() {
    GeoContext context = GEOCODER.context(List.of("Springfield"), null);
    assertThat(context.clues()).containsExactly(new GeoContext.Clue("springfield", "USA", null));
  }
}
