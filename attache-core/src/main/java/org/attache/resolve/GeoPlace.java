package org.attache.resolve;

import java.util.Objects;
import org.attache.actor.Coordinates;
import org.attache.event.EventPlace;

/**
 * One entry of the gazetteer: a country, a first-level region, a capital or another populated
 * place, a landmark, or an area spanning countries (a continent, sea or macro-region), with its
 * usual name, the ISO 3166-1 alpha-3 code of its country (empty for an area), a point for it (a
 * country's, region's or area's is a centre point, a city's its centre) and its population (0 when
 * the source gives none, as for countries and regions).
 */
public record GeoPlace(
    String name, String country, Coordinates coordinates, long population, Kind kind) {

  /** What sort of place; the order is the preference between equally named places. */
  public enum Kind {
    COUNTRY,
    CAPITAL,
    REGION,
    CITY,
    AREA,
    /** A seat of power or venue named instead of its city ("the Kremlin"). */
    LANDMARK
  }

  public GeoPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(coordinates, "coordinates");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.AREA ? !country.isEmpty() : !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "country must be an ISO3 code, or empty for an area: '" + country + "' for " + name);
    }
    if (population < 0) {
      throw new IllegalArgumentException(
          "population must not be negative: " + population + " for " + name);
    }
  }

  /** How precise an event's place is when it is this place. */
  public EventPlace.Precision precision() {
    return switch (kind) {
      case COUNTRY -> EventPlace.Precision.COUNTRY;
      case REGION, AREA -> EventPlace.Precision.REGION;
      case CAPITAL, CITY, LANDMARK -> EventPlace.Precision.CITY;
    };
  }

  public double distanceKm(GeoPlace other) {
    return coordinates.distanceKm(other.coordinates);
  }
}
