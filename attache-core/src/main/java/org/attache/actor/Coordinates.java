package org.attache.actor;

/**
 * A point on the earth in decimal degrees, as the tables give it (two decimals, so to about a
 * kilometre). Latitude is in [-90, 90] and longitude in [-180, 180]; anything else is refused
 * naming the value.
 */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude out of range [-90, 90]: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude out of range [-180, 180]: " + longitude);
    }
  }

  /** Great-circle distance to another point in kilometres (haversine, mean earth radius). */
  public double distanceKm(Coordinates other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
