package org.attache.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's enhanced dependency graph with arcs indexed by governor and by dependent, and the
 * walks later stages share (the event coder's arguments, the date and place resolvers'
 * attachments). A token may have several governors (enhanced UD propagates subjects to controlled
 * verbs and conjuncts). Relation names are compared in lower case; a controlled subject ({@code
 * nsubj:xsubj}) also answers to {@code nsubj}.
 */
public final class DependencyGraph {

  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  public DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int size = sentence.tokens().size();
    children = new ArrayList<>(size);
    parents = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency arc : sentence.dependencies()) {
      if (!arc.isRoot()) {
        children.get(arc.governor()).add(arc);
      }
      parents.get(arc.dependent()).add(arc);
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return sentence.tokens().size();
  }

  public Token token(int index) {
    return sentence.tokens().get(index);
  }

  /** The token's lemma in lower case (its word when there is no lemma). */
  public String lemma(int index) {
    Token token = token(index);
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  public List<Dependency> children(int index) {
    return children.get(index);
  }

  public List<Dependency> parents(int index) {
    return parents.get(index);
  }

  /** The dependents of a token along a relation (see {@link #is}), in arc order. */
  public List<Integer> children(int index, String relation) {
    List<Integer> found = new ArrayList<>();
    for (Dependency arc : children.get(index)) {
      if (is(arc, relation) && !found.contains(arc.dependent())) {
        found.add(arc.dependent());
      }
    }
    return found;
  }

  /** The first arc governing this token along one of the relations, or null. */
  public Dependency parent(int index, List<String> relations) {
    for (Dependency arc : parents.get(index)) {
      for (String relation : relations) {
        if (!arc.isRoot() && is(arc, relation)) {
          return arc;
        }
      }
    }
    return null;
  }

  /** Whether the token is the sentence's root. */
  public boolean isRoot(int index) {
    return parents.get(index).stream().anyMatch(Dependency::isRoot);
  }

  /**
   * Whether an arc has this relation: equal names, a controlled subject for {@code nsubj}, or any
   * subtype or none for a name ending in {@code :*} ({@code obl:*} matches {@code obl} and {@code
   * obl:to}).
   */
  public static boolean is(Dependency arc, String relation) {
    String name = arc.relation().toLowerCase(Locale.ROOT);
    if (relation.endsWith(":*")) {
      String base = relation.substring(0, relation.length() - 2);
      return name.equals(base) || name.startsWith(base + ":");
    }
    return name.equals(relation) || name.equals(relation + ":xsubj");
  }

  /** The number of arcs from the root to the token along first governors (size when unreached). */
  public int depth(int index) {
    int depth = 0;
    int current = index;
    while (depth <= size()) {
      List<Dependency> up = parents.get(current);
      if (up.isEmpty()) {
        return size();
      }
      Dependency first = up.stream().filter(Dependency::isRoot).findFirst().orElse(up.get(0));
      if (first.isRoot()) {
        return depth;
      }
      current = first.governor();
      depth++;
    }
    return size();
  }

  /**
   * The arc from the token's head to it, or null for the root or an unattached token: the nearest
   * governor when the enhanced graph gives several, never a "ref" arc, and not the arc by which a
   * relative clause's verb governs the noun the clause modifies (that arc points back into the
   * noun's own phrase, not to its head).
   */
  public Dependency headArc(int index) {
    Dependency best = null;
    for (Dependency arc : parents.get(index)) {
      if (arc.isRoot() || arc.relation().equals("ref") || governsBy(index, arc.governor(), "acl")) {
        continue;
      }
      if (best == null || Math.abs(arc.governor() - index) < Math.abs(best.governor() - index)) {
        best = arc;
      }
    }
    return best;
  }

  private boolean governsBy(int governor, int dependent, String prefix) {
    for (Dependency arc : children.get(governor)) {
      if (arc.dependent() == dependent && arc.relation().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The governor of the token through a relation starting with {@code prefix}, or -1. */
  public int governor(int index, String prefix) {
    for (Dependency arc : parents.get(index)) {
      if (!arc.isRoot() && arc.relation().startsWith(prefix)) {
        return arc.governor();
      }
    }
    return -1;
  }

  /** The verb heading the token's clause (the token itself when a verb), or -1. */
  public int clauseVerb(int index) {
    int current = index;
    for (int steps = 0; current >= 0 && steps < 12; steps++) {
      String pos = token(current).pos();
      if (pos != null && pos.startsWith("VB")) {
        return current;
      }
      Dependency arc = headArc(current);
      current = arc == null ? -1 : arc.governor();
    }
    return -1;
  }
}
