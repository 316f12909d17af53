package org.attache.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;

/**
 * The questions the phrase rules ask of a sentence's dependency graph: where a phrase's head is,
 * whether it stands as a place ("in Islamabad": obl/nmod with a locative preposition), as an agent
 * (subject, object, agent, possessor) or as a subject, which subject a predicate is said of,
 * whether a phrase is the subject of a verb of saying, and whether an "it" is a dummy. Without a
 * parse the questions fall back to the neighbouring words.
 */
final class ClauseGraph {

  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "within",
          "inside",
          "across",
          "throughout",
          "near",
          "around",
          "outside",
          "into",
          "through",
          "over");
  private static final Set<String> AGENTIVE =
      Set.of(
          "nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "obl:agent", "obj", "iobj", "nmod:poss");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
  private static final Set<String> SPEECH =
      Set.of(
          "say",
          "add",
          "tell",
          "stress",
          "note",
          "state",
          "emphasise",
          "emphasize",
          "underline",
          "declare",
          "explain",
          "announce",
          "insist",
          "warn",
          "claim");

  private final Sentence sentence;
  private final List<List<Dependency>> incoming;
  private final List<List<Dependency>> outgoing;

  ClauseGraph(Sentence sentence) {
    this.sentence = sentence;
    int size = sentence.tokens().size();
    this.incoming = new ArrayList<>(size);
    this.outgoing = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      incoming.add(new ArrayList<>());
      outgoing.add(new ArrayList<>());
    }
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.dependent() < size) {
        incoming.get(dependency.dependent()).add(dependency);
      }
      if (dependency.governor() >= 0 && dependency.governor() < size) {
        outgoing.get(dependency.governor()).add(dependency);
      }
    }
  }

  private String word(int index) {
    int size = sentence.tokens().size();
    return index < 0 || index >= size
        ? ""
        : sentence.tokens().get(index).word().toLowerCase(Locale.ROOT);
  }

  private String pos(int index) {
    int size = sentence.tokens().size();
    if (index < 0 || index >= size || sentence.tokens().get(index).pos() == null) {
      return "";
    }
    return sentence.tokens().get(index).pos();
  }

  /** The token of first..last whose governor lies outside the span (the last token if none). */
  int head(int first, int last) {
    for (int i = first; i <= last; i++) {
      for (Dependency dependency : incoming.get(i)) {
        if (dependency.governor() < first || dependency.governor() > last) {
          return i;
        }
      }
    }
    return last;
  }

  /** Whether the phrase stands as a place: "in Islamabad", "talks held at Minsk". */
  boolean isLocative(int first, int last) {
    int head = head(first, last);
    for (Dependency dependency : incoming.get(head)) {
      String relation = dependency.relation().toLowerCase(Locale.ROOT);
      int colon = relation.indexOf(':');
      String base = colon < 0 ? relation : relation.substring(0, colon);
      if ((base.equals("obl") || base.equals("nmod"))
          && colon >= 0
          && LOCATIVE.contains(relation.substring(colon + 1))) {
        return true;
      }
    }
    return LOCATIVE.contains(word(first - 1))
        || (LOCATIVE.contains(word(first - 2)) && word(first - 1).equals("the"));
  }

  /**
   * Whether the phrase stands as an agent or patient: subject, object, passive agent or possessor;
   * without a parse, whether a verb or modal follows it.
   */
  boolean isAgentive(int first, int last) {
    if (sentence.dependencies().isEmpty()) {
      String next = pos(last + 1);
      return next.startsWith("VB") || next.equals("MD");
    }
    int head = head(first, last);
    return incoming.get(head).stream()
        .anyMatch(d -> AGENTIVE.contains(d.relation().toLowerCase(Locale.ROOT)));
  }

  /** Whether the phrase is a clause's subject; without a parse, whether a verb or modal follows. */
  boolean isSubject(int first, int last) {
    if (sentence.dependencies().isEmpty()) {
      String next = pos(last + 1);
      return next.startsWith("VB") || next.equals("MD");
    }
    return incoming.get(head(first, last)).stream()
        .anyMatch(d -> SUBJECT.contains(d.relation().toLowerCase(Locale.ROOT)));
  }

  /**
   * The subject of the clause a phrase is the predicate of, or -1: "Lukashenko is the president" (a
   * nominal predicate with its own subject) and "he became head of state" (the complement of a verb
   * whose subject is "he"). Needs a parse.
   */
  int predicateSubject(int first, int last) {
    int head = head(first, last);
    boolean copular = outgoing.get(head).stream().anyMatch(d -> d.relation().equals("cop"));
    if (copular) {
      return subjectOf(head);
    }
    for (Dependency dependency : incoming.get(head)) {
      if (dependency.relation().equals("xcomp") && dependency.governor() >= 0) {
        return subjectOf(dependency.governor());
      }
    }
    return -1;
  }

  /**
   * Whether the "it" at this index is a dummy subject rather than a reference: "it is clear that",
   * "it is a natural response" (the subject of a nominal or adjectival predicate).
   */
  boolean isDummyIt(int index) {
    for (Dependency dependency : incoming.get(index)) {
      if (dependency.relation().startsWith("expl")) {
        return true;
      }
      if (dependency.relation().startsWith("nsubj") && dependency.governor() >= 0) {
        boolean copular =
            outgoing.get(dependency.governor()).stream().anyMatch(d -> d.relation().equals("cop"));
        if (copular) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the phrase is the subject of a verb of saying ("Aleinik told…", "…, he added"). */
  boolean isSpeaker(int first, int last) {
    for (Dependency dependency : incoming.get(head(first, last))) {
      int governor = dependency.governor();
      if (dependency.relation().startsWith("nsubj")
          && governor >= 0
          && governor < sentence.tokens().size()) {
        String lemma = sentence.tokens().get(governor).lemma();
        if (lemma != null && SPEECH.contains(lemma.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private int subjectOf(int governor) {
    return outgoing.get(governor).stream()
        .filter(d -> SUBJECT.contains(d.relation().toLowerCase(Locale.ROOT)))
        .mapToInt(Dependency::dependent)
        .findFirst()
        .orElse(-1);
  }
}
