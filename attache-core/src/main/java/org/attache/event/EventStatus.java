package org.attache.event;

import java.util.Locale;

/**
 * Whether a report says the event happened, is planned, might happen, or did not happen (PLOVER's
 * auxiliary modes). Written in lower case in every output.
 */
public enum EventStatus {
  OCCURRED,
  PLANNED,
  HYPOTHETICAL,
  NEGATED;

  /** The lower-case name every output uses. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
