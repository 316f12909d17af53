package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * A sentence's enhanced dependency graph with arcs indexed by governor and by dependent. A token
 * may have several governors (enhanced UD propagates subjects to controlled verbs and conjuncts).
 * Relation names are compared in lower case; a controlled subject ({@code nsubj:xsubj}) also
 * answers to {@code nsubj}.
 */
final class SentenceGraph {

  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  SentenceGraph(Sentence sentence) {
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

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int index) {
    return sentence.tokens().get(index);
  }

  /** The token's lemma in lower case (its word when there is no lemma). */
  String lemma(int index) {
    Token token = token(index);
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  List<Dependency> children(int index) {
    return children.get(index);
  }

  List<Dependency> parents(int index) {
    return parents.get(index);
  }

  /** The dependents of a token along a relation (see {@link #is}), in arc order. */
  List<Integer> children(int index, String relation) {
    List<Integer> found = new ArrayList<>();
    for (Dependency arc : children.get(index)) {
      if (is(arc, relation) && !found.contains(arc.dependent())) {
        found.add(arc.dependent());
      }
    }
    return found;
  }

  /** The first arc governing this token along one of the relations, or null. */
  Dependency parent(int index, List<String> relations) {
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
  boolean isRoot(int index) {
    return parents.get(index).stream().anyMatch(Dependency::isRoot);
  }

  /**
   * Whether an arc has this relation: equal names, a controlled subject for {@code nsubj}, or any
   * subtype or none for a name ending in {@code :*} ({@code obl:*} matches {@code obl} and {@code
   * obl:to}).
   */
  static boolean is(Dependency arc, String relation) {
    String name = arc.relation().toLowerCase(Locale.ROOT);
    if (relation.endsWith(":*")) {
      String base = relation.substring(0, relation.length() - 2);
      return name.equals(base) || name.startsWith(base + ":");
    }
    return name.equals(relation) || name.equals(relation + ":xsubj");
  }

  /** The number of arcs from the root to the token along first governors (size when unreached). */
  int depth(int index) {
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
}
