package org.attache.actor;

import java.util.Objects;

/**
 * One row of the roles table: a role word or phrase ("foreign minister", "police", "lawmakers"),
 * the sector it gives an actor (a CAMEO role code such as {@code GOV}, {@code COP}, {@code LEG}, or
 * {@link Sectors#INHERITED} when the phrase takes the sector of the body named with it), and a
 * normalised title ("Foreign Minister").
 */
public record Role(String phrase, String sector, String title) {

  public Role {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(title, "title");
  }

  /** Whether the phrase takes the sector of the body it is named with. */
  public boolean inheritsSector() {
    return Sectors.INHERITED.equals(sector);
  }
}
