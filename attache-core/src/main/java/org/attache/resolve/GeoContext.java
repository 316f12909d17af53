package org.attache.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a document says about where it is: the clues its toponyms give (each name's country when the
 * name is a country or clearly points at one, and the place itself when it is clear) and its
 * dateline's country (null when none). A name is never its own clue: resolving "Paris" ignores what
 * "Paris" itself suggested.
 */
public record GeoContext(List<Clue> clues, String datelineCountry) {

  /** No context: a name is resolved by its population and kind alone. */
  public static final GeoContext NONE = new GeoContext(List.of(), null);

  /**
   * What one toponym of the document tells: its folded name, the ISO3 code of the country it points
   * at, and the place it clearly names (null when unclear or a country).
   */
  public record Clue(String key, String country, GeoPlace anchor) {
    public Clue {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(country, "country");
    }
  }

  /** The key of clues that come from outside the toponyms, such as the story's actors. */
  static final String STORY = "#story";

  public GeoContext {
    clues = List.copyOf(clues);
  }

  /**
   * This context plus countries the story is known to involve from elsewhere (ISO3 codes, such as
   * the countries of its actors), which count as if a toponym named them.
   */
  public GeoContext withStoryCountries(Collection<String> countries) {
    List<Clue> more = new ArrayList<>(clues);
    new TreeSet<>(countries).forEach(country -> more.add(new Clue(STORY, country, null)));
    return new GeoContext(more, datelineCountry);
  }

  /** Whether a toponym other than the one with this key points at this country. */
  boolean namesCountry(String country, String key) {
    return clues.stream().anyMatch(c -> !c.key().equals(key) && c.country().equals(country));
  }

  /** Whether a toponym other than the one with this key clearly names a place this close. */
  boolean namesPlaceNear(GeoPlace place, String key, double km) {
    return clues.stream()
        .anyMatch(
            c ->
                !c.key().equals(key)
                    && c.anchor() != null
                    && c.anchor() != place
                    && c.anchor().distanceKm(place) <= km);
  }
}
