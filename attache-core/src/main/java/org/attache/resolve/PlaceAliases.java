package org.attache.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aliases table: further alternate names for places of the other tables ("Fla." for Florida),
 * keyed by main name, country and kind. Tab-separated with '#' comments and a header: name, iso3,
 * kind, aliases ('|'). A row naming no place fails the load with its line.
 */
final class PlaceAliases {
  private PlaceAliases() {}

  /** The rows with the aliases added to the places they name. */
  static List<PlaceRow> apply(List<PlaceRow> rows, String source, BufferedReader reader)
      throws IOException {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
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
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 4 columns, found " + cells.length);
      }
      String key = key(cells[0], cells[1].strip(), cells[2].strip().toUpperCase(Locale.ROOT));
      aliases.put(key, List.of(cells[3].strip().split("\\|")));
      where.put(key, source + ":" + number);
    }
    List<PlaceRow> result = new ArrayList<>(rows.size());
    for (PlaceRow row : rows) {
      GeoPlace place = row.place();
      List<String> more = aliases.remove(key(place.name(), place.country(), place.kind().name()));
      if (more == null) {
        result.add(row);
      } else {
        List<String> names = new ArrayList<>(row.alternates());
        names.addAll(more);
        result.add(new PlaceRow(place, names));
      }
    }
    if (!aliases.isEmpty()) {
      String first = aliases.keySet().iterator().next();
      throw new IllegalArgumentException(
          where.get(first) + ": no such place in the tables: " + first.replace('\t', '/'));
    }
    return result;
  }

  private static String key(String name, String country, String kind) {
    return PlaceNames.fold(name) + "\t" + country + "\t" + kind;
  }
}
