package org.attache.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.attache.actor.Coordinates;

/**
 * One row of the places table: a place and the alternate names kept for it. The table is
 * tab-separated with '#' comment lines and a header: name, alternates ('|'), country ISO3, lat,
 * lon, population, kind (capital, city, region, country, area); the country of an area is '-'.
 */
public record PlaceRow(GeoPlace place, List<String> alternates) {
  private static final int COLUMNS = 7;

  public PlaceRow {
    Objects.requireNonNull(place, "place");
    alternates = List.copyOf(alternates);
  }

  /** Reads every row; a bad row fails with its source, line and value. */
  static List<PlaceRow> readAll(String source, BufferedReader reader) throws IOException {
    List<PlaceRow> rows = new ArrayList<>();
    int number = 0;
    boolean header = false;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        continue;
      }
      rows.add(parse(source + ":" + number, line));
    }
    return rows;
  }

  static PlaceRow parse(String where, String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(
          where + ": expected " + COLUMNS + " columns, found " + cells.length);
    }
    try {
      GeoPlace.Kind kind = GeoPlace.Kind.valueOf(cells[6].strip().toUpperCase(Locale.ROOT));
      Coordinates at = new Coordinates(Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
      String country = cells[2].strip().equals("-") ? "" : cells[2].strip();
      GeoPlace place = new GeoPlace(cells[0].strip(), country, at, Long.parseLong(cells[5]), kind);
      List<String> alternates =
          cells[1].isBlank() ? List.of() : List.of(cells[1].strip().split("\\|"));
      return new PlaceRow(place, alternates);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": bad row: " + e.getMessage(), e);
    }
  }
}
