package org.attache.actor;

import java.util.List;
import java.util.Optional;

/**
 * Rule 5, persons by the leaders table: the office holders a name refers to on the document's date,
 * and the usual name to code a person under, so that "Aleksandr Lukashenko" and a later
 * "Lukashenko" share one id.
 */
final class People {

  private People() {}

  /**
   * The one person this name refers to on the date, preferring a holder of the wanted country or
   * title when the name is shared; empty without a date or when the name stays ambiguous.
   */
  static Optional<Leader> leader(DocumentMemory memory, String name, String country, String title) {
    if (memory.date().isEmpty()) {
      return Optional.empty();
    }
    List<Leader> found =
        memory.knowledge().leaders(name, memory.date().get()).stream()
            .filter(l -> country == null || l.country().equals(country))
            .toList();
    List<Leader> titled =
        found.stream()
            .filter(
                l -> title != null && PhraseIndex.fold(l.title()).equals(PhraseIndex.fold(title)))
            .toList();
    List<Leader> candidates = titled.isEmpty() ? found : titled;
    long people = candidates.stream().map(Leader::name).distinct().count();
    return people == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** The usual name of the person of this country, or the name as written. */
  static String canonical(DocumentMemory memory, String written, String country) {
    return leader(memory, written, country, null)
        .map(Leader::name)
        .orElse(PhraseIndex.normalise(written));
  }

  /** "leader in office on 2023-05-30: Bilawal Bhutto Zardari, Foreign Minister of PAK". */
  static String reason(DocumentMemory memory, Leader leader) {
    return "leader in office on "
        + memory.date().map(Object::toString).orElse("?")
        + ": "
        + leader.name()
        + ", "
        + leader.title()
        + " of "
        + leader.country();
  }
}
