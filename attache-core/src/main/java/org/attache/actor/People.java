package org.attache.actor;

import java.util.ArrayList;
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

  /** Titles a head of state holds in the leaders table. */
  private static final List<String> HEADS_OF_STATE =
      List.of("President", "Monarch", "King", "Queen", "Emperor", "Emir", "Sultan");

  /**
   * The titles a title stands for: itself, and for "Head of State" also the heads of state's own
   * titles ("President", "King"…).
   */
  static List<String> titles(String title) {
    if (PhraseIndex.fold(title).equals("head of state")) {
      List<String> all = new ArrayList<>(List.of(title));
      all.addAll(HEADS_OF_STATE);
      return all;
    }
    return List.of(title);
  }

  /**
   * The one holder of an office of a country on the document's date ("Head of State" counts any
   * head of state's title); empty without a date, or when nobody or more than one person holds it.
   */
  static Optional<Leader> holder(DocumentMemory memory, String country, String title) {
    if (memory.date().isEmpty() || country == null || title == null) {
      return Optional.empty();
    }
    List<Leader> found = new ArrayList<>();
    for (String wanted : titles(title)) {
      found.addAll(memory.knowledge().officeHolder(country, wanted, memory.date().get()));
    }
    return found.stream().map(Leader::name).distinct().count() == 1
        ? Optional.of(found.get(0))
        : Optional.empty();
  }
}
