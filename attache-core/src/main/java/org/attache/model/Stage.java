package org.attache.model;

import java.util.Locale;

/** The pipeline stage at which an item was rejected, recorded with every quarantine entry. */
public enum Stage {
  READ,
  DECODE,
  EXTRACT,
  DESCRIBE,
  STORE;

  /** The lower-case name used in reports and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
