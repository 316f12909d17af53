package org.attache.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.attache.event.EventStatus;
import org.attache.model.ErrorCode;
import org.attache.store.EventFilter;

/**
 * Checks event filter values given as text, for the command line ({@code --dyad}) and the web API
 * ({@code dyad=}) alike, so both accept and reject the same values with the same one-line messages.
 * {@code prefix} is how the caller names a parameter: "--" for options, "" for query parameters.
 */
public final class EventFilterParser {
  private final String prefix;

  public EventFilterParser(String prefix) {
    this.prefix = prefix;
  }

  /** The filter (no limit), or a usage {@link UserException} naming the bad value. */
  public EventFilter parse(
      String actor,
      String recipient,
      String dyad,
      String code,
      String type,
      LocalDate from,
      LocalDate to,
      String status,
      String document) {
    String[] pair = null;
    if (dyad != null) {
      pair = dyad.split(",", -1);
      if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
        throw usage(
            prefix + "dyad needs two codes separated by a comma, e.g. BLR,PAK: '" + dyad + "'");
      }
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw usage(prefix + "code needs a CAMEO code of up to 4 digits, e.g. 042: '" + code + "'");
    }
    if (status != null
        && Arrays.stream(EventStatus.values())
            .noneMatch(value -> value.label().equals(status.toLowerCase(Locale.ROOT)))) {
      throw usage(
          prefix + "status must be occurred, planned, hypothetical or negated: '" + status + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw usage(prefix + "to must not precede " + prefix + "from: " + from + " > " + to);
    }
    return new EventFilter(actor, recipient, pair, code, type, from, to, status, document, 0);
  }

  /** A date as YYYY-MM-DD, or a usage error naming the parameter; null stays null. */
  public LocalDate date(String name, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw usage(prefix + name + " needs a date as YYYY-MM-DD: '" + text + "'");
    }
  }

  private static UserException usage(String message) {
    return new UserException(ErrorCode.USAGE, message);
  }
}
