package org.attache.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.actor.Coordinates;
import org.attache.resolve.GeoPlace;

/**
 * Geocoding scores over gold points: Acc@161 (share within 161 km, an unresolved name counting as
 * wrong), the same over resolved names only, mean and median error of resolved names, and the share
 * whose country is right.
 */
final class GeoScore {
  private static final double KM = 161;
  private int gold;
  private int within;
  private int countryRight;
  private final List<Double> errors = new ArrayList<>();

  void add(Coordinates at, String goldCountry, Optional<GeoPlace> found) {
    gold++;
    if (found.isEmpty()) {
      return;
    }
    double km = found.get().coordinates().distanceKm(at);
    errors.add(km);
    if (km <= KM) {
      within++;
    }
    if (found.get().country().equals(goldCountry)) {
      countryRight++;
    }
  }

  int gold() {
    return gold;
  }

  double acc161() {
    return gold == 0 ? 0 : (double) within / gold;
  }

  double countryAccuracy() {
    return gold == 0 ? 0 : (double) countryRight / gold;
  }

  double meanErrorKm() {
    return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  Map<String, Object> figures() {
    List<Double> sorted = errors.stream().sorted().toList();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("gold", gold);
    figures.put("resolved", errors.size());
    figures.put("acc161", ActorEvalSupport.round(acc161()));
    figures.put(
        "acc161OfResolved",
        ActorEvalSupport.round(errors.isEmpty() ? 0 : (double) within / errors.size()));
    figures.put("countryAccuracy", ActorEvalSupport.round(countryAccuracy()));
    figures.put("meanErrorKm", Math.round(meanErrorKm()));
    figures.put("medianErrorKm", sorted.isEmpty() ? 0 : Math.round(sorted.get(sorted.size() / 2)));
    return figures;
  }
}
