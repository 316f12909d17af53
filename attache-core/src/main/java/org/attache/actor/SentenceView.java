package org.attache.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * One sentence as the phrase rules read it: its tokens, the known phrases that start at each token,
 * the PERSON entities, and the few questions the rules ask of the dependency graph: where a
 * phrase's head is, whether it stands as a place ("in Islamabad": obl/nmod with a locative
 * preposition) or as an agent (subject, object, agent, possessor). Without a parse the questions
 * fall back to the neighbouring words.
 */
final class SentenceView {

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

  private final String text;
  private final Sentence sentence;
  private final Lexeme[] lexemeAt;
  private final EntityMention[] personAt;
  private final List<List<Dependency>> incoming;
  private final List<List<Dependency>> outgoing;

  SentenceView(String text, Sentence sentence, List<Lexeme> lexemes) {
    this.text = text;
    this.sentence = sentence;
    int size = sentence.tokens().size();
    this.lexemeAt = new Lexeme[size];
    lexemes.forEach(l -> lexemeAt[l.first()] = l);
    this.personAt = new EntityMention[size];
    for (EntityMention entity : sentence.entities()) {
      if ("PERSON".equals(entity.type()) && entity.lastToken() < size) {
        personAt[entity.firstToken()] = entity;
      }
    }
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

  /** The document's text. */
  String text() {
    return text;
  }

  int index() {
    return sentence.index();
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int index) {
    return sentence.tokens().get(index);
  }

  /** The lowercased word at an index, or "" outside the sentence. */
  String word(int index) {
    return index < 0 || index >= size() ? "" : token(index).word().toLowerCase(Locale.ROOT);
  }

  Optional<Lexeme> lexeme(int index) {
    return index < 0 || index >= size() ? Optional.empty() : Optional.ofNullable(lexemeAt[index]);
  }

  Optional<EntityMention> person(int index) {
    return index < 0 || index >= size() ? Optional.empty() : Optional.ofNullable(personAt[index]);
  }

  /** The document text of tokens first..last. */
  String span(int first, int last) {
    return text.substring(token(first).start(), token(last).end());
  }

  /** A mention over tokens first..last. */
  ActorMention mention(int first, int last, Actor actor, String reason) {
    return new ActorMention(
        token(first).start(), token(last).end(), index(), span(first, last), actor, reason);
  }

  boolean isPossessiveMarker(int index) {
    String word = word(index).replace('\u2019', '\'');
    return word.equals("'s") || word.equals("'") || "POS".equals(pos(index));
  }

  boolean isAdjective(int index) {
    String pos = pos(index);
    return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("HYPH");
  }

  boolean isNoun(int index) {
    return pos(index).startsWith("NN");
  }

  /** The lowercased lemma (the word when there is none) at an index, or "" outside. */
  String lemma(int index) {
    if (index < 0 || index >= size()) {
      return "";
    }
    String lemma = token(index).lemma() == null ? token(index).word() : token(index).lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  String pos(int index) {
    if (index < 0 || index >= size() || token(index).pos() == null) {
      return "";
    }
    return token(index).pos();
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

  private int subjectOf(int governor) {
    return outgoing.get(governor).stream()
        .filter(d -> SUBJECT.contains(d.relation().toLowerCase(Locale.ROOT)))
        .mapToInt(Dependency::dependent)
        .findFirst()
        .orElse(-1);
  }
}
