package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.model.ErrorCode;
import org.attache.store.EventFilter;
import org.attache.store.EventStore;

/**
 * Builds the relations brief between two countries from the store, for {@code attache brief} and
 * the web API's {@code /api/brief}: both check the countries and the period the same way and give
 * the same JSON. {@code prefix} names parameters in messages ("--" for options, "" for the web).
 */
public final class Briefs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Briefs() {}

  /** The brief as the JSON of {@code attache brief --format json}. */
  public static String json(
      EventStore store, String first, String second, LocalDate from, LocalDate to, String prefix) {
    return BriefJson.write(brief(store, first, second, from, to, prefix));
  }

  static RelationsBrief brief(
      EventStore store, String first, String second, LocalDate from, LocalDate to, String prefix) {
    if (from != null && to != null && to.isBefore(from)) {
      throw usage(prefix + "to must not precede " + prefix + "from: " + from + " > " + to);
    }
    String a = code(first, store);
    String b = code(second, store);
    if (a.equals(b)) {
      throw usage("a brief needs two different countries: " + a + " " + b);
    }
    List<BriefEvent> events = new ArrayList<>();
    for (String record :
        store.records(
            new EventFilter(
                null, null, new String[] {a, b}, null, null, from, to, null, null, 0))) {
      events.add(BriefEvent.of(parse(record)));
    }
    return RelationsBrief.of(a, b, from, to, events);
  }

  /** Three letters (any case) is a country code; anything else must be a code in the data. */
  private static String code(String text, EventStore store) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (code.matches("[A-Z]{3}")) {
      return code;
    }
    if (code.matches("[A-Z0-9]{2,15}")
        && (!store.list(filter(code, true)).isEmpty()
            || !store.list(filter(code, false)).isEmpty())) {
      return code;
    }
    throw usage(
        "a country is an ISO3 code such as BLR, or a CAMEO actor code in the stored events: '"
            + text
            + "'");
  }

  private static EventFilter filter(String code, boolean actor) {
    return new EventFilter(
        actor ? code : null, actor ? null : code, null, null, null, null, null, null, null, 1);
  }

  private static JsonNode parse(String record) {
    try {
      return JSON.readTree(record);
    } catch (IOException e) {
      throw new IllegalStateException("a stored event record is not JSON: " + record, e);
    }
  }

  private static UserException usage(String message) {
    return new UserException(ErrorCode.USAGE, message);
  }
}
