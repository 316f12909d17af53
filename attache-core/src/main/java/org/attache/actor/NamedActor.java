package org.attache.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A party, armed group or company from the named-actor tables: its home country (or IMG for an
 * international militarised group), sector, usual name and other names, and the period its row
 * holds when the coding of the same name changed (the Taliban before and after taking Kabul).
 *
 * @param id unique key of the row
 * @param kind {@code party}, {@code armed-group} or {@code company}
 * @param country ISO3 code, organisation code or {@code IMG}
 * @param sector CAMEO/PLOVER sector code (PTY, REB, SEP, UAF, BUS…)
 * @param name the usual English name
 * @param aliases other names and acronyms, without exact-case markers
 * @param term the period the row holds, or {@code null} for always
 */
public record NamedActor(
    String id,
    String kind,
    String country,
    String sector,
    String name,
    List<String> aliases,
    Term term) {

  /** The accepted kinds. */
  public static final Set<String> KINDS = Set.of("party", "armed-group", "company");

  public NamedActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(name, "name");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown named-actor kind: kind=" + kind + ", id=" + id);
    }
    aliases = List.copyOf(aliases);
  }

  /** Whether the row holds on that day (always without a period; any day without a date). */
  public boolean holdsOn(LocalDate date) {
    return term == null || date == null || term.covers(date);
  }
}
