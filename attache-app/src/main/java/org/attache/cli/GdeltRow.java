package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One event record (EVENTS.md) as a line of the GDELT 2.0 Events table: 61 tab-separated fields in
 * the codebook's order, unknown values empty. docs/export.md says which fields are filled and from
 * what, and where Attaché deviates (ISO3 where GDELT has FIPS country codes in geography fields).
 */
final class GdeltRow {
  static final int FIELDS = 61;

  private GdeltRow() {}

  /** The 61 fields of this record, free of tabs, line breaks and other control characters. */
  static List<String> fields(JsonNode record) {
    String[] f = new String[FIELDS];
    Arrays.fill(f, "");
    f[0] = globalId(record.path("id").asText());
    LocalDate start = date(record.at("/date/start"));
    if (start != null) {
      f[1] =
          String.format(
              Locale.ROOT,
              "%04d%02d%02d",
              start.getYear(),
              start.getMonthValue(),
              start.getDayOfMonth());
      f[2] = f[1].substring(0, 6);
      f[3] = f[1].substring(0, 4);
      f[4] =
          String.format(
              Locale.ROOT,
              "%.4f",
              start.getYear() + (start.getDayOfYear() - 1.0) / start.lengthOfYear());
    }
    JsonNode actors = record.path("actor");
    JsonNode recipients = record.path("recipient");
    JsonNode first = actors.path(0);
    JsonNode second = recipients.size() > 0 ? recipients.path(0) : actors.path(1);
    actor(first, f, 5);
    actor(second, f, 15);
    String code = record.at("/cameo/code").asText("");
    f[26] = code;
    f[27] = code.length() > 3 ? code.substring(0, 3) : code;
    f[28] = record.at("/cameo/root").asText("");
    f[29] = text(record.at("/cameo/quad_class"));
    f[30] = number(record.at("/cameo/goldstein"));
    JsonNode mentions = record.path("mentions");
    f[31] = Integer.toString(mentions.size());
    f[32] = text(record.path("sources"));
    TreeSet<String> documents = new TreeSet<>();
    TreeSet<String> published = new TreeSet<>();
    String url = "";
    for (JsonNode mention : mentions) {
      documents.add(mention.path("doc").asText());
      if (mention.hasNonNull("published")) {
        published.add(mention.get("published").asText());
      }
      if (url.isEmpty() && mention.hasNonNull("url")) {
        url = mention.get("url").asText();
      }
    }
    f[33] = Integer.toString(documents.size());
    place(record.path("place"), f);
    f[59] = published.isEmpty() ? "" : published.first().replace("-", "") + "000000";
    f[60] = url;
    List<String> clean = new ArrayList<>(FIELDS);
    for (String value : f) {
      clean.add(MarkupText.strip(value).replace('\t', ' '));
    }
    return clean;
  }

  /** 63 bits of the event id's hash as a positive decimal number, as GDELT's ids are. */
  static String globalId(String eventId) {
    String hex = eventId.startsWith("ev-") ? eventId.substring(3) : eventId;
    try {
      return Long.toString(Long.parseUnsignedLong(hex, 16) & Long.MAX_VALUE);
    } catch (NumberFormatException e) {
      return Long.toString(eventId.hashCode() & 0x7fffffffL);
    }
  }

  private static void actor(JsonNode actor, String[] f, int at) {
    if (actor.isMissingNode() || actor.isNull()) {
      return;
    }
    String country = actor.path("country").asText("");
    String sector = actor.hasNonNull("sector") ? actor.get("sector").asText() : "";
    boolean isCountry = CountryNames.country(country).isPresent();
    f[at] = country + sector;
    f[at + 1] =
        actor.hasNonNull("name")
            ? actor.get("name").asText()
            : CountryNames.name(country).toUpperCase(Locale.ROOT);
    f[at + 2] = isCountry ? country : "";
    f[at + 3] = isCountry ? "" : country;
    f[at + 7] = sector;
  }

  private static void place(JsonNode place, String[] f) {
    if (place.isMissingNode() || place.isNull()) {
      return;
    }
    String country = place.hasNonNull("country") ? place.get("country").asText() : "";
    boolean usa = country.equals("USA");
    f[51] =
        switch (place.path("precision").asText()) {
          case "country" -> "1";
          case "region" -> usa ? "2" : "5";
          case "city" -> usa ? "3" : "4";
          default -> "";
        };
    String name = place.path("name").asText("");
    String countryName = country.isEmpty() ? "" : CountryNames.name(country);
    f[52] = countryName.isEmpty() || countryName.equals(name) ? name : name + ", " + countryName;
    f[53] = country;
    f[56] = number(place.path("lat"));
    f[57] = number(place.path("lon"));
  }

  private static LocalDate date(JsonNode node) {
    return node.isTextual() ? LocalDate.parse(node.asText()) : null;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }

  private static String number(JsonNode node) {
    return node.isNumber() ? BigDecimal.valueOf(node.asDouble()).toPlainString() : "";
  }
}
