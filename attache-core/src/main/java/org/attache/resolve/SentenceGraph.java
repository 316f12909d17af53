package org.attache.resolve;

import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;

/**
 * Walks of a sentence's enhanced dependency graph that date resolution needs: a token's head (the
 * nearest governor when the enhanced graph gives several, never a "ref" arc), its dependents, and
 * the verb of the clause it belongs to.
 */
final class SentenceGraph {

  private SentenceGraph() {}

  /** The arc from the token's head to it, or null for the root or an unattached token. */
  static Dependency headArc(Sentence sentence, int token) {
    Dependency best = null;
    for (Dependency arc : sentence.dependencies()) {
      if (arc.dependent() != token
          || arc.isRoot()
          || arc.relation().equals("ref")
          || governs(sentence, token, arc.governor(), "acl")) {
        // A relative clause's verb also governs the noun it modifies in the enhanced graph; that
        // arc points back into the noun's own phrase, not to its head.
        continue;
      }
      if (best == null || Math.abs(arc.governor() - token) < Math.abs(best.governor() - token)) {
        best = arc;
      }
    }
    return best;
  }

  private static boolean governs(Sentence sentence, int governor, int dependent, String prefix) {
    for (Dependency arc : sentence.dependencies()) {
      if (arc.governor() == governor
          && arc.dependent() == dependent
          && arc.relation().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The governor of {@code token} through a relation starting with {@code prefix}, or -1. */
  static int governor(Sentence sentence, int token, String prefix) {
    for (Dependency arc : sentence.dependencies()) {
      if (arc.dependent() == token && !arc.isRoot() && arc.relation().startsWith(prefix)) {
        return arc.governor();
      }
    }
    return -1;
  }

  /** The arcs from {@code token} to its dependents, in the graph's order. */
  static List<Dependency> children(Sentence sentence, int token) {
    List<Dependency> children = new ArrayList<>();
    for (Dependency arc : sentence.dependencies()) {
      if (arc.governor() == token) {
        children.add(arc);
      }
    }
    return children;
  }

  /** The verb heading the clause of {@code token} (the token itself when a verb), or -1. */
  static int clauseVerb(Sentence sentence, int token) {
    int current = token;
    for (int steps = 0; current >= 0 && steps < 12; steps++) {
      String pos = sentence.tokens().get(current).pos();
      if (pos != null && pos.startsWith("VB")) {
        return current;
      }
      Dependency arc = headArc(sentence, current);
      current = arc == null ? -1 : arc.governor();
    }
    return -1;
  }
}
