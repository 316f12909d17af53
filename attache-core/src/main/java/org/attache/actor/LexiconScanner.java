package org.attache.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Rule 1, phrase scanning: finds the phrases of a sentence that the knowledge tables know. Every
 * token window up to the longest table key ({@link ActorKnowledge#phraseLengths()}) that is a key
 * of some table is looked up; a window that no key even starts with ends the windows from its first
 * token, as none of them can be a key ({@link PhraseTables#standing}). The windows found are then
 * taken longest first (ties: leftmost), skipping any that overlaps one already taken, so "the UN
 * General Assembly" is the General Assembly and not "the UN" followed by "General Assembly".
 * Countries, places and organisations must contain a capital letter; windows overlapping a PERSON
 * entity are not read as countries or places ("Jordan" the person). A single token such as
 * "Minsk-based" is read as its place with the "-based" mark.
 */
final class LexiconScanner {

  private static final String BASED = "-based";

  private final PhraseTables tables;
  private final int maxWords;

  LexiconScanner(ActorKnowledge knowledge) {
    this.tables = knowledge.phraseTables();
    PhraseLengths lengths = knowledge.phraseLengths();
    this.maxWords =
        Math.max(
            Math.max(lengths.countries(), lengths.places()),
            Math.max(
                Math.max(lengths.organisations(), lengths.roles()),
                Math.max(lengths.foreignMinistries(), lengths.named())));
  }

  /** The known phrases of the sentence, in token order, not overlapping (no date, no story). */
  List<Lexeme> scan(String text, Sentence sentence) {
    return scan(text, sentence, null, null);
  }

  /**
   * The known phrases of the sentence, in token order, not overlapping. A name of several parties,
   * groups or companies reads as the one whose row holds on the date, preferring the story's
   * country, else the first in table order.
   */
  List<Lexeme> scan(String text, Sentence sentence, LocalDate date, String storyCountry) {
    List<Token> tokens = sentence.tokens();
    boolean[] person = personTokens(sentence);
    List<Lexeme> found = new ArrayList<>();
    for (int first = 0; first < tokens.size(); first++) {
      for (int last = first; last < tokens.size() && last - first < maxWords; last++) {
        int end = tokens.get(last).end();
        String phrase = text.substring(tokens.get(first).start(), end);
        PhraseKey key = PhraseKey.of(phrase);
        PhraseTables.Standing standing = tables.standing(key);
        if (standing == PhraseTables.Standing.KEY) {
          boolean named = !overlaps(person, first, last);
          lookup(phrase, key, first, last, named, false, date, storyCountry).ifPresent(found::add);
        } else if (standing == PhraseTables.Standing.NONE
            && last + 1 < tokens.size()
            && PhraseKey.extendsAsPrefix(text, phrase, end, tokens.get(last + 1).start())) {
          break;
        }
      }
      String word = tokens.get(first).word();
      if (word.length() > BASED.length() && word.toLowerCase(Locale.ROOT).endsWith(BASED)) {
        String place = word.substring(0, word.length() - BASED.length());
        lookup(place, PhraseKey.of(place), first, first, true, true, date, storyCountry)
            .ifPresent(found::add);
      }
    }
    found.sort(
        Comparator.comparingInt((Lexeme l) -> l.last() - l.first())
            .reversed()
            .thenComparingInt(Lexeme::first));
    boolean[] taken = new boolean[tokens.size()];
    List<Lexeme> chosen = new ArrayList<>();
    for (Lexeme lexeme : found) {
      if (!overlaps(taken, lexeme.first(), lexeme.last())) {
        chosen.add(lexeme);
        for (int i = lexeme.first(); i <= lexeme.last(); i++) {
          taken[i] = true;
        }
      }
    }
    chosen.sort(Comparator.comparingInt(Lexeme::first));
    return chosen;
  }

  private Optional<Lexeme> lookup(
      String phrase,
      PhraseKey key,
      int first,
      int last,
      boolean named,
      boolean based,
      LocalDate date,
      String storyCountry) {
    boolean capitalised = PhraseKey.hasCapital(phrase);
    Optional<Country> country = named && capitalised ? tables.country(key) : Optional.empty();
    Optional<Place> place = named && capitalised ? tables.place(key) : Optional.empty();
    Optional<Organisation> organisation = capitalised ? tables.organisation(key) : Optional.empty();
    Optional<NamedActor> group =
        capitalised && !based ? choose(tables.named(key), date, storyCountry) : Optional.empty();
    Optional<Role> role = based ? Optional.empty() : tables.role(key);
    List<Country> ministries = based || !capitalised ? List.of() : tables.foreignMinistry(key);
    if (country.isEmpty()
        && place.isEmpty()
        && organisation.isEmpty()
        && group.isEmpty()
        && role.isEmpty()
        && ministries.isEmpty()) {
      return Optional.empty();
    }
    boolean demonym =
        country.isPresent()
            && country.get().demonyms().stream()
                .anyMatch(d -> PhraseIndex.fold(d).equals(key.folded()));
    return Optional.of(
        new Lexeme(
            first,
            last,
            phrase,
            country,
            demonym,
            place,
            organisation,
            group,
            role,
            ministries,
            based));
  }

  private static Optional<NamedActor> choose(
      List<NamedActor> candidates, LocalDate date, String storyCountry) {
    List<NamedActor> holding = candidates.stream().filter(n -> n.holdsOn(date)).toList();
    return holding.stream()
        .filter(n -> n.country().equals(storyCountry))
        .findFirst()
        .or(() -> holding.stream().findFirst());
  }

  private static boolean[] personTokens(Sentence sentence) {
    boolean[] person = new boolean[sentence.tokens().size()];
    for (EntityMention entity : sentence.entities()) {
      if ("PERSON".equals(entity.type())) {
        for (int i = entity.firstToken(); i <= entity.lastToken() && i < person.length; i++) {
          person[i] = true;
        }
      }
    }
    return person;
  }

  private static boolean overlaps(boolean[] marks, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (marks[i]) {
        return true;
      }
    }
    return false;
  }
}
