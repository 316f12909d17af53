package org.attache.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.Coordinates;
import org.attache.actor.Country;
import org.attache.actor.Place;

/**
 * The project's gazetteer: the countries of {@link ActorKnowledge} (by name and alias, and by
 * demonym as an alternate name) with a centre point each, the bundled table {@code places.tsv.gz}
 * of populated places and first-level regions (GeoNames cities of 15,000 people or more, every
 * capital and regional seat; see tools/gazetteer; a region is also known without a generic suffix:
 * "Tigray Region" as "Tigray"), {@code areas.tsv}: continents, seas and macro-regions, and {@code
 * additions.tsv}: landmarks named instead of their city ("the Kremlin") and informal or disputed
 * regions ("Donbas", "Kashmir"). The actor tables' own names of capitals and cities ("Kyiv",
 * "Kiev") are added as main names of the nearest table place. Immutable and thread-safe; loaded
 * once.
 */
public final class Gazetteer {
  static final String RESOURCE = "places.tsv.gz";
  static final String REGIONS = "regions.tsv.gz";
  static final String AREAS = "areas.tsv";
  static final String ADDITIONS = "additions.tsv";
  static final String ALIASES = "aliases.tsv";

  /**
   * Generic words after a region's name, dropped to give an alternate name ("Tigray"); alternate,
   * so that a city of the same name keeps the name ("Gomel" is the city, not Gomel Region).
   */
  private static final Pattern REGION_SUFFIX =
      Pattern.compile(
          "(?i)\\s+(?:region|province|oblast|governorate|prefecture|state|district"
              + "|autonomous region|autonomous community|voivodeship|county|department)$");

  private static final double SAME_PLACE_KM = 30;

  /** A place under one lookup key, and whether the key is one of its main names. */
  public record Entry(GeoPlace place, boolean main) {}

  private final Map<String, List<Entry>> index = new HashMap<>();
  private final List<GeoPlace> places = new ArrayList<>();
  private final int maxWords;

  private static final class Bundled {
    static final Gazetteer INSTANCE = new Gazetteer(ActorKnowledge.bundled(), readBundled());

    private Bundled() {}
  }

  /** The bundled table with the bundled actor tables, loaded on first use and shared. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** A gazetteer of these countries and table rows (tests use small tables). */
  public Gazetteer(ActorKnowledge knowledge, List<PlaceRow> rows) {
    Map<String, Coordinates> centres = new HashMap<>();
    Map<String, List<GeoPlace>> byCountry = new HashMap<>();
    for (PlaceRow row : rows) {
      if (row.place().kind() == GeoPlace.Kind.COUNTRY) {
        centres.put(row.place().country(), row.place().coordinates());
        continue;
      }
      places.add(row.place());
      add(row.place().name(), row.place(), true);
      if (row.place().kind() == GeoPlace.Kind.REGION) {
        add(REGION_SUFFIX.matcher(row.place().name()).replaceFirst(""), row.place(), false);
      }
      row.alternates().forEach(alternate -> add(alternate, row.place(), false));
      byCountry.computeIfAbsent(row.place().country(), k -> new ArrayList<>()).add(row.place());
    }
    for (Country country : knowledge.countries()) {
      Coordinates centre = centres.getOrDefault(country.iso3(), country.capitalCoordinates());
      GeoPlace place =
          new GeoPlace(country.name(), country.iso3(), centre, 0, GeoPlace.Kind.COUNTRY);
      places.add(place);
      add(country.name(), place, true);
      country.aliases().forEach(alias -> add(alias, place, true));
      country.demonyms().forEach(demonym -> add(demonym, place, false));
    }
    for (Place known : knowledge.places()) {
      GeoPlace place = nearest(known, byCountry.getOrDefault(known.iso3(), List.of()));
      if (!places.contains(place)) {
        places.add(place);
      }
      known.names().forEach(name -> add(name, place, true));
    }
    this.maxWords = index.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** Every place with this name or alternate name, main names first, then in table order. */
  public List<Entry> lookup(String name) {
    List<Entry> found = index.getOrDefault(PlaceNames.fold(name), List.of());
    List<Entry> ordered = new ArrayList<>(found.stream().filter(Entry::main).toList());
    found.stream().filter(e -> !e.main()).forEach(ordered::add);
    return List.copyOf(ordered);
  }

  /** Every place, countries included, in table order (for reverse look-ups and checks). */
  public List<GeoPlace> places() {
    return List.copyOf(places);
  }

  /** The number of words of the longest name, to bound a scan over tokens. */
  public int maxWords() {
    return maxWords;
  }

  private void add(String name, GeoPlace place, boolean main) {
    String key = PlaceNames.fold(name);
    if (key.isEmpty()) {
      return;
    }
    List<Entry> entries = index.computeIfAbsent(key, k -> new ArrayList<>());
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).place() == place) {
        if (main && !entries.get(i).main()) {
          entries.set(i, new Entry(place, true));
        }
        return;
      }
    }
    entries.add(new Entry(place, main));
  }

  /** The table's city or capital within 30 km of an actor-table place, or that place itself. */
  private static GeoPlace nearest(Place known, List<GeoPlace> candidates) {
    Comparator<GeoPlace> preference =
        Comparator.comparing((GeoPlace p) -> p.kind() == GeoPlace.Kind.CAPITAL)
            .thenComparingLong(GeoPlace::population);
    Optional<GeoPlace> close =
        candidates.stream()
            .filter(p -> p.kind() == GeoPlace.Kind.CITY || p.kind() == GeoPlace.Kind.CAPITAL)
            .filter(p -> p.coordinates().distanceKm(known.coordinates()) <= SAME_PLACE_KM)
            .max(preference);
    GeoPlace.Kind kind = known.capital() ? GeoPlace.Kind.CAPITAL : GeoPlace.Kind.CITY;
    return close.orElseGet(
        () -> new GeoPlace(known.name(), known.iso3(), known.coordinates(), 0, kind));
  }

  private static List<PlaceRow> readBundled() {
    List<PlaceRow> rows = new ArrayList<>(read(RESOURCE, true));
    rows.addAll(read(REGIONS, true));
    rows.addAll(read(AREAS, false));
    rows.addAll(read(ADDITIONS, false));
    try (BufferedReader reader = open(ALIASES, false)) {
      return PlaceAliases.apply(rows, ALIASES, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ALIASES, e);
    }
  }

  private static List<PlaceRow> read(String resource, boolean gzipped) {
    try (BufferedReader reader = open(resource, gzipped)) {
      return PlaceRow.readAll(resource, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static BufferedReader open(String resource, boolean gzipped) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + ": bundled table missing from the class path");
    }
    return new BufferedReader(
        new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
  }
}
