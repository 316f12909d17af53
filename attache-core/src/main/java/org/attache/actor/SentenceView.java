package org.attache.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * One sentence as the phrase rules read it: its tokens, the known phrases that start at each token,
 * the PERSON entities, and (through {@link ClauseGraph}) the questions the rules ask of the
 * dependency graph.
 */
final class SentenceView {

  private final String text;
  private final Sentence sentence;
  private final Lexeme[] lexemeAt;
  private final EntityMention[] personAt;
  private final ClauseGraph graph;

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
    this.graph = new ClauseGraph(sentence);
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

  int head(int first, int last) {
    return graph.head(first, last);
  }

  boolean isLocative(int first, int last) {
    return graph.isLocative(first, last);
  }

  boolean isAgentive(int first, int last) {
    return graph.isAgentive(first, last);
  }

  boolean isSubject(int first, int last) {
    return graph.isSubject(first, last);
  }

  int predicateSubject(int first, int last) {
    return graph.predicateSubject(first, last);
  }

  boolean isDummyIt(int index) {
    return graph.isDummyIt(index);
  }

  boolean isSpeaker(int first, int last) {
    return graph.isSpeaker(first, last);
  }

  /** Whether a closing quotation mark stands in the sentence before the token ("…,” he added). */
  boolean quoteBefore(int index) {
    String before = text.substring(sentence.start(), token(index).start());
    return before.contains("\u201d") || before.contains("\"") || before.contains("''");
  }
}
