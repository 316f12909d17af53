package org.attache.nlp;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.resolve.GeoPlace;

/** The most frequent names a geocoder did not know or placed more than 161 km off, for review. */
final class GeoMisses {
  private static final int SHOWN = 40;
  private final Map<String, Integer> unknown = new TreeMap<>();
  private final Map<String, Integer> wrong = new TreeMap<>();
  private int countryPointMisses;

  /**
   * Notes a resolution; {@code goldCountry} tells a country placed in the right country but off by
   * more than 161 km, because its centre point is not the gold's (gazetteers place a country's
   * point differently; the United States' differ by 235 km).
   */
  void note(GeoWebNews.Toponym gold, String goldCountry, Optional<GeoPlace> found) {
    boolean off = found.isPresent() && found.get().coordinates().distanceKm(gold.at()) > 161;
    if (off
        && found.get().kind() == GeoPlace.Kind.COUNTRY
        && found.get().country().equals(goldCountry)) {
      countryPointMisses++;
    }
    if (found.isEmpty()) {
      unknown.merge(gold.name(), 1, Integer::sum);
    } else if (found.get().coordinates().distanceKm(gold.at()) > 161) {
      String shown =
          String.format(
              Locale.ROOT,
              "%s -> %s/%s (%.0f km)",
              gold.name(),
              found.get().name(),
              found.get().country(),
              found.get().coordinates().distanceKm(gold.at()));
      wrong.merge(shown, 1, Integer::sum);
    }
  }

  int countryPointMisses() {
    return countryPointMisses;
  }

  Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("countryPointMisses", countryPointMisses);
    figures.put("unknownNames", top(unknown));
    figures.put("wrongNames", top(wrong));
    return figures;
  }

  private static List<String> top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(SHOWN)
        .map(e -> e.getValue() + " " + e.getKey())
        .toList();
  }
}
