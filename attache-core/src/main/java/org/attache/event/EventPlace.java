package org.attache.event;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the event happened, geocoded: the place's name, the country it lies in (ISO 3166-1 alpha-3,
 * null when unknown), coordinates (null when unknown) and how precise they are. {@code span} is the
 * text it came from (null when it was inferred, as from a dateline of another paragraph); {@code
 * rule} names the rule that chose it.
 */
public record EventPlace(
    String name,
    String country,
    Double lat,
    Double lon,
    Precision precision,
    TextSpan span,
    String rule) {

  /** What the coordinates stand for. */
  public enum Precision {
    CITY,
    REGION,
    COUNTRY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EventPlace {
    Objects.requireNonNull(name, "name");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException(
          "latitude and longitude come together: lat=" + lat + ", lon=" + lon);
    }
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(rule, "rule");
  }
}
