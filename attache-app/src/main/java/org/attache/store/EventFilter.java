package org.attache.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events a listing shows. Null fields do not filter. {@code actor} and {@code recipient} are
 * country codes on that side of the event; {@code dyad} holds two codes and keeps events involving
 * both, on either side or together as compound actors; {@code code} is a CAMEO code prefix ("04"
 * keeps the root and its sub-codes); dates keep events whose range overlaps {@code [from, to]}.
 */
public record EventFilter(
    String actor,
    String recipient,
    String[] dyad,
    String code,
    String ploverType,
    LocalDate from,
    LocalDate to,
    String status,
    String document,
    int limit) {
  public EventFilter {
    if (dyad != null && dyad.length != 2) {
      throw new IllegalArgumentException("a dyad has two actors: dyad=" + String.join(",", dyad));
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a CAMEO code has up to 4 digits: code=" + code);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not precede from: from=" + from + ", to=" + to);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: limit=" + limit);
    }
    actor = upper(actor);
    recipient = upper(recipient);
    ploverType = upper(ploverType);
    status = status == null ? null : status.toLowerCase(Locale.ROOT);
    if (dyad != null) {
      dyad = new String[] {upper(dyad[0]), upper(dyad[1])};
    }
  }

  /** The same filter with at most {@code limit} events (0: no limit). */
  public EventFilter withLimit(int limit) {
    return new EventFilter(
        actor, recipient, dyad, code, ploverType, from, to, status, document, limit);
  }

  /** No filter, no limit. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null, null, null, 0);
  }

  private static String upper(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
