package org.attache.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a toponym into the place it most likely names. Each candidate of the gazetteer gets a prior
 * from its kind and population (a country over a capital over a city of the same name; a large city
 * over a small one; a main name over an alternate one), and a bonus from the document's context:
 * lying in a country the document names, in the dateline's country, or near a place the document
 * names unambiguously. Ties go to the gazetteer's order. Thread-safe.
 */
public final class Geocoder {
  static final double COUNTRY_PRIOR = 9.0;
  static final double REGION_PRIOR = 6.5;
  static final double AREA_PRIOR = 8.0;
  static final double LANDMARK_PRIOR = 7.5;
  static final double CAPITAL_BONUS = 1.5;
  static final double ALTERNATE_PENALTY = 2.0;
  static final double IN_DOCUMENT_COUNTRY = 2.5;
  static final double IN_DATELINE_COUNTRY = 1.0;
  static final double NEAR_ANCHOR = 1.5;
  static final double ANCHOR_KM = 250;

  /** How far ahead a name's best candidate must be, without context, to anchor others. */
  static final double UNAMBIGUOUS_MARGIN = 1.5;

  /**
   * Two or three capitals: an abbreviation ("WA", "CHU"), not the short name of a place written in
   * capitals, so a place whose own name it merely shouts ("Wa", Ghana) is not taken; places it
   * abbreviates by a listed alias ("UAE", "NYC") still are.
   */
  private static final Pattern SHOUTED_SHORT = Pattern.compile("\\p{Lu}{2,3}");

  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The geocoder over the bundled gazetteer. */
  public static Geocoder bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Geocoder INSTANCE = new Geocoder(Gazetteer.bundled());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The best place for this name in this context, or empty when the gazetteer does not know it. */
  public Optional<GeoPlace> resolve(String toponym, GeoContext context) {
    Objects.requireNonNull(context, "context");
    return ranked(toponym, context).stream().findFirst().map(Gazetteer.Entry::place);
  }

  /**
   * The context of a document that names these places (every toponym it contains, repeats included)
   * and has a dateline in this country (null when none).
   */
  public GeoContext context(Collection<String> toponyms, String datelineCountry) {
    List<GeoContext.Clue> clues = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String toponym : toponyms) {
      String key = PlaceNames.fold(toponym == null ? "" : toponym);
      if (!seen.add(key)) {
        continue;
      }
      List<Gazetteer.Entry> ranked = ranked(toponym, GeoContext.NONE);
      if (ranked.isEmpty()) {
        continue;
      }
      GeoPlace best = ranked.get(0).place();
      if (best.kind() == GeoPlace.Kind.AREA) {
        continue;
      }
      boolean clear =
          ranked.size() == 1
              || score(ranked.get(0), key, GeoContext.NONE)
                      - score(ranked.get(1), key, GeoContext.NONE)
                  >= UNAMBIGUOUS_MARGIN;
      boolean country = best.kind() == GeoPlace.Kind.COUNTRY;
      boolean oneCountry =
          ranked.stream().allMatch(e -> e.place().country().equals(best.country()));
      if (clear || country || oneCountry) {
        clues.add(new GeoContext.Clue(key, best.country(), clear && !country ? best : null));
      }
    }
    return new GeoContext(clues, datelineCountry);
  }

  private List<Gazetteer.Entry> ranked(String toponym, GeoContext context) {
    if (toponym == null || toponym.isBlank()) {
      return List.of();
    }
    String key = PlaceNames.fold(toponym);
    List<Gazetteer.Entry> entries = new ArrayList<>(gazetteer.lookup(toponym));
    if (SHOUTED_SHORT.matcher(toponym.strip()).matches()) {
      entries.removeIf(e -> e.place().name().equalsIgnoreCase(toponym.strip()));
    }
    entries.sort(Comparator.comparingDouble((Gazetteer.Entry e) -> -score(e, key, context)));
    return entries;
  }

  static double score(Gazetteer.Entry entry, String key, GeoContext context) {
    GeoPlace place = entry.place();
    double score = prior(place) - (entry.main() ? 0 : ALTERNATE_PENALTY);
    if (context.namesCountry(place.country(), key)) {
      score += IN_DOCUMENT_COUNTRY;
    }
    if (place.country().equals(context.datelineCountry())) {
      score += IN_DATELINE_COUNTRY;
    }
    boolean small = place.kind() != GeoPlace.Kind.COUNTRY && place.kind() != GeoPlace.Kind.AREA;
    if (small && context.namesPlaceNear(place, key, ANCHOR_KM)) {
      score += NEAR_ANCHOR;
    }
    return score;
  }

  private static double prior(GeoPlace place) {
    double size = Math.log10(Math.max(place.population(), 1000));
    return switch (place.kind()) {
      case COUNTRY -> COUNTRY_PRIOR;
      case REGION -> REGION_PRIOR;
      case AREA -> AREA_PRIOR;
      case LANDMARK -> LANDMARK_PRIOR;
      case CAPITAL -> Math.max(size, 5.0) + CAPITAL_BONUS;
      case CITY -> size;
    };
  }
}
