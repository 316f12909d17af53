package org.attache.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.annotate.Annotation;
import org.attache.annotate.Annotations;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;

/**
 * Builds a one-sentence annotation by hand, as a parser would give it: words separated by single
 * spaces, a lemma and a tag per word, and arcs written "relation governor dependent" with 1-based
 * token numbers (0 for the root), as in CoNLL-U. Actors are placed by their text.
 */
final class ParsedSentence {
  private final String text;
  private final String[] words;
  private String[] lemmas;
  private String[] tags;
  private final List<Dependency> arcs = new ArrayList<>();
  private final List<ActorMention> actors = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private LocalDate published = LocalDate.of(2023, 5, 29);

  ParsedSentence(String text) {
    this.text = text;
    this.words = text.split(" ");
    this.lemmas = words.clone();
  }

  ParsedSentence lemmas(String spaced) {
    lemmas = spaced.split(" ");
    check(lemmas.length, "lemmas");
    return this;
  }

  ParsedSentence tags(String spaced) {
    tags = spaced.split(" ");
    check(tags.length, "tags");
    return this;
  }

  ParsedSentence arcs(String... lines) {
    for (String line : lines) {
      String[] parts = line.split(" ");
      arcs.add(
          new Dependency(Integer.parseInt(parts[1]) - 1, Integer.parseInt(parts[2]) - 1, parts[0]));
    }
    return this;
  }

  /** An actor mention over the first occurrence of {@code span}; sector may be null. */
  ParsedSentence actor(String span, String country, String sector) {
    int start = text.indexOf(span);
    if (start < 0) {
      throw new IllegalArgumentException("no '" + span + "' in: " + text);
    }
    actors.add(
        new ActorMention(
            start,
            start + span.length(),
            0,
            span,
            Actor.of(country, sector, null, null),
            "test: " + span));
    return this;
  }

  ParsedSentence time(String span, String value) {
    int start = text.indexOf(span);
    times.add(new TimeExpression(start, start + span.length(), "DATE", value, span));
    return this;
  }

  ParsedSentence published(LocalDate date) {
    published = date;
    return this;
  }

  Annotation annotation() {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(
          new Token(i, offset, offset + words[i].length(), words[i], lemmas[i], tags[i], "O"));
      offset += words[i].length() + 1;
    }
    Sentence sentence =
        new Sentence(0, 0, text.length(), tokens, arcs, List.of(), List.copyOf(times));
    return Annotations.check(
        new Annotation("test-doc", text, published, List.of(sentence), List.of()));
  }

  List<ActorMention> actors() {
    return List.copyOf(actors);
  }

  private void check(int length, String what) {
    if (length != words.length) {
      throw new IllegalArgumentException(
          what + ": " + length + " for " + words.length + " words: " + text);
    }
  }
}
