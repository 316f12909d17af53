package org.attache.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the leaders table: a person who held an office (head of state or government, foreign
 * minister, or one of the European Union's top offices) in a country (ISO 3166-1 alpha-3, or the
 * organisation code {@code EEC} for the EU) with a normalised title, a sector, and the term. A
 * person holding an office twice has two rows; the role holds only within its term.
 */
public record Leader(
    String name, List<String> aliases, String country, String title, String sector, Term term) {

  public Leader {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(term, "term");
  }

  /** Whether this person held this office on that day. */
  public boolean heldOn(LocalDate date) {
    return term.covers(date);
  }
}
