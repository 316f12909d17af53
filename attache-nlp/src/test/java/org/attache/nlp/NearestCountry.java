package org.attache.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.actor.Coordinates;
import org.attache.resolve.GeoPlace;

/**
 * The country of a point, approximated by the country of the nearest city, capital or region of the
 * gazetteer: the evaluations' gold gives coordinates, not countries. Good away from borders.
 */
final class NearestCountry {
  private final List<GeoPlace> places;
  private final Map<Coordinates, String> known = new HashMap<>();

  NearestCountry(List<GeoPlace> places) {
    this.places = places.stream().filter(p -> p.kind() != GeoPlace.Kind.COUNTRY).toList();
  }

  String of(Coordinates point) {
    return known.computeIfAbsent(point, this::nearest);
  }

  private String nearest(Coordinates point) {
    GeoPlace best = null;
    double bestKm = Double.MAX_VALUE;
    for (GeoPlace place : places) {
      double km = place.coordinates().distanceKm(point);
      if (km < bestKm) {
        bestKm = km;
        best = place;
      }
    }
    return best == null ? "" : best.country();
  }
}
