package org.attache.fusion;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;

/**
 * Whether two reports name compatible actors, side by side. Two actors are compatible when they
 * have the same id, or the same country with no conflicting sector (one may be null: "Pakistan" and
 * "the Pakistani government") and no conflicting name (one may be null: "Aleinik" and "the
 * Belarusian foreign minister"). A side is compatible with another when either is empty or every
 * actor of the smaller side has a compatible actor on the other. Scores per side: 1 for the same
 * ids, 0.7 for compatible actors, 0.3 when one or both sides are empty (nothing confirms it).
 */
final class Actors {
  static final double SAME = 1.0;
  static final double COMPATIBLE = 0.7;
  static final double UNKNOWN = 0.3;

  private Actors() {}

  static boolean compatible(Actor first, Actor second) {
    if (first.id().equals(second.id())) {
      return true;
    }
    return first.country().equals(second.country())
        && (first.sector() == null
            || second.sector() == null
            || first.sector().equals(second.sector()))
        && (first.name() == null || second.name() == null || first.name().equals(second.name()));
  }

  static boolean compatible(List<ActorMention> first, List<ActorMention> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return true;
    }
    List<ActorMention> small = first.size() <= second.size() ? first : second;
    List<ActorMention> large = small == first ? second : first;
    return small.stream()
        .allMatch(a -> large.stream().anyMatch(b -> compatible(a.actor(), b.actor())));
  }

  static double score(List<ActorMention> first, List<ActorMention> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return UNKNOWN;
    }
    return Objects.equals(ids(first), ids(second)) ? SAME : COMPATIBLE;
  }

  /** The distinct actor ids of a side, sorted. */
  static TreeSet<String> ids(List<ActorMention> side) {
    TreeSet<String> ids = new TreeSet<>();
    side.forEach(mention -> ids.add(mention.actor().id()));
    return ids;
  }

  /** The distinct countries of both sides, sorted. */
  static TreeSet<String> countries(List<ActorMention> actors, List<ActorMention> recipients) {
    TreeSet<String> countries = new TreeSet<>();
    actors.forEach(mention -> countries.add(mention.actor().country()));
    recipients.forEach(mention -> countries.add(mention.actor().country()));
    return countries;
  }
}
