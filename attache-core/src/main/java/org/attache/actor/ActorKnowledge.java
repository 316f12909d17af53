package org.attache.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The facts an actor resolver looks things up in: countries with their names, demonyms, capitals
 * and cities; international organisations with their CAMEO codes; role phrases with their sectors;
 * office holders with their terms; and named parties, armed groups and companies. Loaded once from
 * the bundled tables plus optional user files in the same TSV formats, whose rows add to or replace
 * bundled rows with the same key (ISO3 for countries, id for organisations and named actors, phrase
 * for roles, person, country, title and start for leaders). Bad files and rows fail the load with a
 * one-line {@link KnowledgeException} naming file, line and value. Instances are immutable and safe
 * to share between threads; lookups are by whole phrase, case-insensitive ({@link Locale#ROOT})
 * except for keys the tables mark as exact-case, and return results in table order.
 */
public final class ActorKnowledge {

  private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern CAMEO = Pattern.compile("(?:[A-Z]{3})+");

  private final List<Country> countries;
  private final List<Place> places;
  private final List<Organisation> organisations;
  private final List<Role> roles;
  private final List<Leader> leaders;
  private final List<NamedActor> named;
  private final Map<String, Country> byCode;
  private final PhraseIndex<Country> countryIndex = new PhraseIndex<>();
  private final PhraseIndex<Place> placeIndex = new PhraseIndex<>();
  private final PhraseIndex<Country> ministryIndex = new PhraseIndex<>();
  private final PhraseIndex<Organisation> organisationIndex = new PhraseIndex<>();
  private final PhraseIndex<Role> roleIndex = new PhraseIndex<>();
  private final PhraseIndex<Leader> leaderIndex = new PhraseIndex<>();
  private final PhraseIndex<NamedActor> namedIndex = new PhraseIndex<>();

  private static final class Bundled {
    static final ActorKnowledge INSTANCE = load(List.of());
  }

  private ActorKnowledge(Map<KnowledgeTable, List<TsvRow>> rows) {
    List<Country> countryList = new ArrayList<>();
    List<Place> placeList = new ArrayList<>();
    Map<String, Country> codes = new HashMap<>();
    for (TsvRow row : rows.get(KnowledgeTable.COUNTRIES)) {
      Country country = parseCountry(row, placeList);
      countryList.add(country);
      codes.put(country.iso3(), country);
      codes.putIfAbsent(country.iso2(), country);
    }
    this.countries = List.copyOf(countryList);
    this.places = List.copyOf(placeList);
    this.byCode = Map.copyOf(codes);

    List<Organisation> organisationList = new ArrayList<>();
    Set<String> organisationCodes = new HashSet<>();
    for (TsvRow row : rows.get(KnowledgeTable.ORGANISATIONS)) {
      Organisation organisation = parseOrganisation(row);
      organisationList.add(organisation);
      organisationCodes.add(organisation.code());
    }
    this.organisations = List.copyOf(organisationList);

    List<Role> roleList = new ArrayList<>();
    for (TsvRow row : rows.get(KnowledgeTable.ROLES)) {
      roleList.add(parseRole(row));
    }
    this.roles = List.copyOf(roleList);

    List<Leader> leaderList = new ArrayList<>();
    for (TsvRow row : rows.get(KnowledgeTable.LEADERS)) {
      Leader leader = parseLeader(row);
      if (!codes.containsKey(leader.country()) && !organisationCodes.contains(leader.country())) {
        throw row.error(
            "unknown country (neither an ISO3 code in countries nor an organisation code)",
            leader.country());
      }
      leaderList.add(leader);
    }
    this.leaders = List.copyOf(leaderList);

    List<NamedActor> namedList = new ArrayList<>();
    for (TsvRow row : rows.get(KnowledgeTable.NAMED)) {
      NamedActor actor = parseNamed(row);
      boolean known =
          codes.containsKey(actor.country())
              || organisationCodes.contains(actor.country())
              || actor.country().equals("IMG");
      if (!known) {
        throw row.error(
            "unknown country (an ISO3 code in countries, an organisation code, or IMG)",
            actor.country());
      }
      namedList.add(actor);
    }
    this.named = List.copyOf(namedList);
  }

  /** The bundled tables alone, loaded on first use and shared. */
  public static ActorKnowledge bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the bundled tables and then each user file in order; a user row replaces the row with the
   * same key (bundled or from an earlier file) in place, otherwise it is added at the end.
   *
   * @throws KnowledgeException naming file and line, for an unreadable file, a file whose table
   *     cannot be told, or a bad or duplicated row
   */
  public static ActorKnowledge load(List<Path> userFiles) {
    Objects.requireNonNull(userFiles, "userFiles");
    Map<KnowledgeTable, LinkedHashMap<String, TsvRow>> merged = new EnumMap<>(KnowledgeTable.class);
    for (KnowledgeTable table : KnowledgeTable.values()) {
      LinkedHashMap<String, TsvRow> rows = new LinkedHashMap<>();
      for (TsvRow row : readBundled(table)) {
        TsvRow previous = rows.put(key(table, row), row);
        if (previous != null) {
          throw row.error("duplicate key, first at line " + previous.line(), key(table, row));
        }
      }
      merged.put(table, rows);
    }
    for (Path file : userFiles) {
      TsvReader.TableFile tableFile = readUser(file);
      Map<String, TsvRow> inThisFile = new HashMap<>();
      for (TsvRow row : tableFile.rows()) {
        String key = key(tableFile.table(), row);
        TsvRow previous = inThisFile.put(key, row);
        if (previous != null) {
          throw row.error("duplicate key, first at line " + previous.line(), key);
        }
        merged.get(tableFile.table()).put(key, row);
      }
    }
    Map<KnowledgeTable, List<TsvRow>> rows = new EnumMap<>(KnowledgeTable.class);
    merged.forEach((table, byKey) -> rows.put(table, List.copyOf(byKey.values())));
    return new ActorKnowledge(rows);
  }

  // ---------------------------------------------------------------- lookups

  /**
   * The country a name, alias, adjective or demonym names ("Belarus", "Byelorussia", "Pakistani",
   * "British"), or whose ISO3 code this is in capitals ("BLR").
   */
  public Optional<Country> country(String nameOrAdjectiveOrDemonymOrCode) {
    return first(countryIndex.lookup(nameOrAdjectiveOrDemonymOrCode));
  }

  /** The country with this ISO 3166-1 alpha-3 or alpha-2 code (case-insensitive). */
  public Optional<Country> countryByCode(String iso3OrIso2) {
    if (iso3OrIso2 == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byCode.get(iso3OrIso2.strip().toUpperCase(Locale.ROOT)));
  }

  /** The city or capital with this name ("Kyiv", "Kiev", "New York"). */
  public Optional<Place> place(String cityOrCapital) {
    return first(placeIndex.lookup(cityOrCapital));
  }

  /** The country of a city or capital ("Islamabad" is in Pakistan). */
  public Optional<Country> countryOfPlace(String cityOrCapital) {
    return place(cityOrCapital).map(p -> byCode.get(p.iso3()));
  }

  /** Whether this is the name of a capital (or seat of government) of a country. */
  public boolean isCapital(String name) {
    return placeIndex.lookup(name).stream().anyMatch(Place::capital);
  }

  /**
   * The countries whose foreign ministry has this distinctive name ("State Department" is the
   * United States'; "Foreign Office" is both Pakistan's and the United Kingdom's).
   */
  public List<Country> foreignMinistry(String name) {
    return ministryIndex.lookup(name);
  }

  /** The international organisation with this name or acronym ("UNGA", "NATO", "Amnesty"). */
  public Optional<Organisation> organisation(String nameOrAcronym) {
    return first(organisationIndex.lookup(nameOrAcronym));
  }

  /** The sector and title of a role phrase ("foreign minister", "police", "lawmakers"). */
  public Optional<Role> role(String phrase) {
    return first(roleIndex.lookup(phrase));
  }

  /**
   * The office holders this name or alias refers to whose term covers the date, in table order:
   * "Lukashenko" on 2024-11-26 is the President of Belarus; "Bilawal Bhutto Zardari" on 2024-06-01
   * holds none of the listed offices.
   */
  public List<Leader> leaders(String nameOrAlias, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return leaderIndex.lookup(nameOrAlias).stream().filter(l -> l.heldOn(date)).toList();
  }

  /**
   * Who held an office on a date: the country's ISO3 code (or {@code EEC}), a normalised title
   * ("Foreign Minister", compared case-insensitively) and the day. Usually one person; two on a
   * handover day, ordered by start.
   */
  public List<Leader> officeHolder(String iso3, String title, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (iso3 == null || title == null) {
      return List.of();
    }
    String country = iso3.strip().toUpperCase(Locale.ROOT);
    String wanted = PhraseIndex.fold(title);
    return leaders.stream()
        .filter(l -> l.country().equals(country))
        .filter(l -> PhraseIndex.fold(l.title()).equals(wanted))
        .filter(l -> l.heldOn(date))
        .sorted(Comparator.comparing((Leader l) -> l.term().start()).thenComparing(Leader::name))
        .toList();
  }

  /**
   * The parties, armed groups and companies this name or acronym names ("PTI", "Hamas", "Gazprom"),
   * in table order, each with the period its row holds.
   */
  public List<NamedActor> named(String nameOrAcronym) {
    return namedIndex.lookup(nameOrAcronym);
  }

  /** The lookups of the phrase scanner, by keys made once per phrase. */
  PhraseTables phraseTables() {
    return new PhraseTables(
        countryIndex, placeIndex, organisationIndex, namedIndex, roleIndex, ministryIndex);
  }

  /** The longest key of each lookup, in words, to bound a resolver's token windows. */
  public PhraseLengths phraseLengths() {
    return new PhraseLengths(
        countryIndex.maxWords(),
        placeIndex.maxWords(),
        organisationIndex.maxWords(),
        roleIndex.maxWords(),
        leaderIndex.maxWords(),
        ministryIndex.maxWords(),
        namedIndex.maxWords());
  }

  /** Every party, armed group and company, in table order. */
  public List<NamedActor> namedActors() {
    return named;
  }

  /** Every country, in table order. */
  public List<Country> countries() {
    return countries;
  }

  /** Every city and capital, in table order. */
  public List<Place> places() {
    return places;
  }

  /** Every organisation, in table order. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** Every role phrase, in table order. */
  public List<Role> roles() {
    return roles;
  }

  /** Every office holder's term, in table order. */
  public List<Leader> leaders() {
    return leaders;
  }

  /** Keys that name more than one country, place or organisation (for integrity checks). */
  Map<String, List<String>> ambiguousKeys() {
    Map<String, List<String>> result = new TreeMap<>();
    countryIndex
        .ambiguous()
        .forEach((k, v) -> result.put("country " + k, v.stream().map(Country::iso3).toList()));
    placeIndex
        .ambiguous()
        .forEach((k, v) -> result.put("place " + k, v.stream().map(Place::iso3).toList()));
    organisationIndex
        .ambiguous()
        .forEach(
            (k, v) -> result.put("organisation " + k, v.stream().map(Organisation::id).toList()));
    roleIndex
        .ambiguous()
        .forEach((k, v) -> result.put("role " + k, v.stream().map(Role::title).toList()));
    return result;
  }

  // ---------------------------------------------------------------- parsing

  private Country parseCountry(TsvRow row, List<Place> placeList) {
    String iso3 = code(row, 0, CODE3, "ISO 3166-1 alpha-3 code must be three capital letters");
    String iso2 = code(row, 1, CODE2, "ISO 3166-1 alpha-2 code must be two capital letters");
    String name = required(row, 2, "empty name");
    List<String> aliases = split(row.cell(3));
    List<String> demonyms = split(row.cell(4));
    List<String> capitalNames = split(row.cell(5));
    if (capitalNames.isEmpty()) {
      throw row.error("empty capital", "''");
    }
    Coordinates capitalAt =
        coordinates(row, row.cell(6), row.cell(7), row.cell(6) + "," + row.cell(7));
    Set<String> capitalKeys = new HashSet<>();
    capitalNames.forEach(n -> capitalKeys.add(PhraseIndex.fold(PhraseIndex.text(n))));

    List<Place> cities = new ArrayList<>();
    List<List<String>> cityRawNames = new ArrayList<>();
    Set<String> cityKeys = new HashSet<>();
    for (String item : split(row.cell(8))) {
      int lon = item.lastIndexOf(':');
      int lat = lon <= 0 ? -1 : item.lastIndexOf(':', lon - 1);
      if (lat <= 0) {
        throw row.error("city must be name:lat:lon", item);
      }
      List<String> rawNames = new ArrayList<>();
      for (String n : item.substring(0, lat).split("/", -1)) {
        if (n.isBlank()) {
          throw row.error("empty city name", item);
        }
        rawNames.add(n.strip());
      }
      Coordinates at =
          coordinates(row, item.substring(lat + 1, lon), item.substring(lon + 1), item);
      boolean capital = false;
      for (String n : rawNames) {
        String key = PhraseIndex.fold(PhraseIndex.text(n));
        capital |= capitalKeys.contains(key);
        cityKeys.add(key);
      }
      cities.add(new Place(texts(rawNames), iso3, at, capital));
      cityRawNames.add(rawNames);
    }
    List<String> ministries = split(row.cell(9));
    Country country =
        new Country(
            iso3,
            iso2,
            name,
            texts(aliases),
            texts(demonyms),
            texts(capitalNames),
            capitalAt,
            cities,
            texts(ministries));

    countryIndex.add("=" + iso3, country);
    countryIndex.add(name, country);
    aliases.forEach(a -> countryIndex.add(a, country));
    demonyms.forEach(d -> countryIndex.add(d, country));
    ministries.forEach(m -> ministryIndex.add(m, country));

    List<String> capitalOnly = new ArrayList<>();
    for (String n : capitalNames) {
      if (!cityKeys.contains(PhraseIndex.fold(PhraseIndex.text(n)))) {
        capitalOnly.add(n);
      }
    }
    if (!capitalOnly.isEmpty()) {
      Place capital = new Place(texts(capitalOnly), iso3, capitalAt, true);
      placeList.add(capital);
      capitalOnly.forEach(n -> placeIndex.add(n, capital));
    }
    for (int i = 0; i < cities.size(); i++) {
      Place city = cities.get(i);
      placeList.add(city);
      cityRawNames.get(i).forEach(n -> placeIndex.add(n, city));
    }
    return country;
  }

  private Organisation parseOrganisation(TsvRow row) {
    String id = required(row, 0, "empty id");
    String code = code(row, 1, CODE3, "organisation code must be three capital letters");
    String sector = sector(row, 2, false);
    String cameo = row.cell(3);
    if (!cameo.equals("-") && !CAMEO.matcher(cameo).matches()) {
      throw row.error("CAMEO code must be groups of three capital letters or '-'", cameo);
    }
    String name = required(row, 4, "empty name");
    List<String> aliases = split(row.cell(5));
    Organisation organisation = new Organisation(id, code, sector, cameo, name, texts(aliases));
    organisationIndex.add(name, organisation);
    aliases.forEach(a -> organisationIndex.add(a, organisation));
    return organisation;
  }

  private Role parseRole(TsvRow row) {
    String phrase = required(row, 0, "empty phrase");
    Role role =
        new Role(PhraseIndex.text(phrase), sector(row, 1, true), required(row, 2, "empty title"));
    roleIndex.add(phrase, role);
    return role;
  }

  private Leader parseLeader(TsvRow row) {
    String name = required(row, 0, "empty name");
    List<String> aliases = split(row.cell(1));
    String country = code(row, 2, CODE3, "country must be an ISO3 code (three capital letters)");
    String title = required(row, 3, "empty title");
    String sector = sector(row, 4, false);
    Term term = term(row);
    Leader leader = new Leader(name, texts(aliases), country, title, sector, term);
    leaderIndex.add(name, leader);
    aliases.forEach(a -> leaderIndex.add(a, leader));
    return leader;
  }

  private NamedActor parseNamed(TsvRow row) {
    String id = required(row, 0, "empty id");
    String kind = row.cell(1);
    if (!NamedActor.KINDS.contains(kind)) {
      throw row.error("kind must be party, armed-group or company", kind.isEmpty() ? "''" : kind);
    }
    String country = code(row, 2, CODE3, "country must be three capital letters");
    String sector = sector(row, 3, false);
    String name = required(row, 4, "empty name");
    List<String> aliases = split(row.cell(5));
    Term term = null;
    if (!row.cell(6).isEmpty() || !row.cell(7).isEmpty()) {
      term = term(row, row.cell(6).isEmpty() ? "0001" : row.cell(6), row.cell(7));
    }
    NamedActor actor =
        new NamedActor(id, kind, country, sector, PhraseIndex.text(name), texts(aliases), term);
    namedIndex.add(name, actor);
    aliases.forEach(a -> namedIndex.add(a, actor));
    return actor;
  }

  private static Term term(TsvRow row, String start, String end) {
    try {
      return Term.parse(start, end);
    } catch (IllegalArgumentException e) {
      throw new KnowledgeException(row.where() + ": " + e.getMessage(), e);
    }
  }

  private static Term term(TsvRow row) {
    try {
      return Term.parse(row.cell(5), row.cell(6));
    } catch (IllegalArgumentException e) {
      throw new KnowledgeException(row.where() + ": " + e.getMessage(), e);
    }
  }

  private static String key(KnowledgeTable table, TsvRow row) {
    return switch (table) {
      case COUNTRIES ->
          code(row, 0, CODE3, "ISO 3166-1 alpha-3 code must be three capital letters");
      case ORGANISATIONS -> required(row, 0, "empty id").toUpperCase(Locale.ROOT);
      case ROLES -> {
        String phrase = required(row, 0, "empty phrase");
        yield PhraseIndex.isExactCase(phrase)
            ? "=" + PhraseIndex.normalise(phrase.substring(1))
            : PhraseIndex.fold(phrase);
      }
      case LEADERS ->
          String.join(
              " / ",
              PhraseIndex.fold(required(row, 0, "empty name")),
              row.cell(2),
              PhraseIndex.fold(row.cell(3)),
              term(row).start().toString());
      case NAMED -> required(row, 0, "empty id").toUpperCase(Locale.ROOT);
    };
  }

  private static String code(TsvRow row, int column, Pattern pattern, String problem) {
    String value = row.cell(column);
    if (!pattern.matcher(value).matches()) {
      throw row.error(problem, value.isEmpty() ? "''" : value);
    }
    return value;
  }

  private static String required(TsvRow row, int column, String problem) {
    String value = row.cell(column);
    if (value.isEmpty()) {
      throw row.error(problem, "''");
    }
    return value;
  }

  private static String sector(TsvRow row, int column, boolean inheritedAllowed) {
    String value = row.cell(column);
    if (Sectors.isKnown(value) || (inheritedAllowed && Sectors.INHERITED.equals(value))) {
      return value;
    }
    throw row.error("unknown sector (see Sectors.CODES)", value.isEmpty() ? "''" : value);
  }

  private static Coordinates coordinates(TsvRow row, String lat, String lon, String shown) {
    double latitude;
    double longitude;
    try {
      latitude = Double.parseDouble(lat.strip());
      longitude = Double.parseDouble(lon.strip());
    } catch (NumberFormatException e) {
      throw row.error("coordinates are not numbers", shown);
    }
    try {
      return new Coordinates(latitude, longitude);
    } catch (IllegalArgumentException e) {
      throw new KnowledgeException(row.where() + ": " + e.getMessage(), e);
    }
  }

  /** Splits a multi-valued cell on '|', dropping empty values. */
  private static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    for (String value : cell.split("\\|", -1)) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }

  /** Values without their exact-case markers. */
  private static List<String> texts(List<String> raw) {
    return raw.stream().map(PhraseIndex::text).toList();
  }

  private static <T> Optional<T> first(List<T> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  // ---------------------------------------------------------------- reading

  private static List<TsvRow> readBundled(KnowledgeTable table) {
    List<TsvRow> rows = new ArrayList<>();
    for (String resource : table.resources()) {
      rows.addAll(readBundled(table, resource).rows());
    }
    return rows;
  }

  private static TsvReader.TableFile readBundled(KnowledgeTable table, String resource) {
    String name = resource + " (bundled)";
    InputStream in = ActorKnowledge.class.getResourceAsStream(resource);
    if (in == null) {
      throw new KnowledgeException(name + ": bundled table missing from the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
      return TsvReader.read(name, reader, table);
    } catch (CharacterCodingException e) {
      throw new KnowledgeException(name + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static TsvReader.TableFile readUser(Path file) {
    Objects.requireNonNull(file, "user file");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TsvReader.read(file.toString(), reader, null);
    } catch (CharacterCodingException e) {
      throw new KnowledgeException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new KnowledgeException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
