package org.attache.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.Annotation;
import org.attache.annotate.CorefChain;
import org.attache.annotate.CorefMention;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Builds small annotations by hand for the resolver's tests. A sentence is written as tokens
 * separated by spaces, each {@code word/POS}, {@code word/POS/NER} or {@code word/POS/NER/lemma}
 * (the lemma is the word unless given); a token written with a leading {@code ~} follows the
 * previous one without a space ({@code ~'s/POS}, {@code ~./.}). Runs of equal NER tags other than O
 * become entity mentions. Dependencies are written {@code "governor>dependent:relation"} with token
 * indexes ({@code "3>0:nsubj"}).
 */
final class TestDocument {

  private final LocalDate published;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<CorefChain> chains = new ArrayList<>();

  private TestDocument(LocalDate published) {
    this.published = published;
  }

  static TestDocument on(String published) {
    return new TestDocument(published == null ? null : LocalDate.parse(published));
  }

  TestDocument sentence(String tagged, String... dependencies) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.trim().split(" +")) {
      boolean attached = item.startsWith("~");
      String spec = attached ? item.substring(1) : item;
      String[] parts = spec.split("/", -1);
      if (!tokens.isEmpty() && !attached) {
        text.append(' ');
      }
      int start = text.length();
      text.append(parts[0]);
      String pos = parts.length > 1 ? parts[1] : "NN";
      String ner = parts.length > 2 ? parts[2] : "O";
      String lemma = parts.length > 3 ? parts[3] : parts[0];
      tokens.add(new Token(tokens.size(), start, text.length(), parts[0], lemma, pos, ner));
    }
    List<Dependency> arcs = new ArrayList<>();
    for (String dependency : dependencies) {
      int arrow = dependency.indexOf('>');
      int colon = dependency.indexOf(':');
      arcs.add(
          new Dependency(
              Integer.parseInt(dependency.substring(0, arrow)),
              Integer.parseInt(dependency.substring(arrow + 1, colon)),
              dependency.substring(colon + 1)));
    }
    sentences.add(
        new Sentence(
            sentences.size(),
            sentenceStart,
            text.length(),
            tokens,
            arcs,
            entities(tokens),
            List.of()));
    return this;
  }

  /** A chain over token ranges: {sentence, firstToken, lastToken}, the first representative. */
  TestDocument chain(int[]... mentions) {
    List<CorefMention> chained = new ArrayList<>();
    for (int i = 0; i < mentions.length; i++) {
      Sentence sentence = sentences.get(mentions[i][0]);
      chained.add(
          new CorefMention(
              mentions[i][0],
              sentence.tokens().get(mentions[i][1]).start(),
              sentence.tokens().get(mentions[i][2]).end(),
              i == 0));
    }
    chains.add(new CorefChain(chains.size() + 1, chained));
    return this;
  }

  Annotation build() {
    return new Annotation("test", text.toString(), published, sentences, chains);
  }

  private static List<EntityMention> entities(List<Token> tokens) {
    List<EntityMention> entities = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(type)) {
        j++;
      }
      if (!type.equals("O")) {
        Token first = tokens.get(i);
        Token last = tokens.get(j);
        String covered = joined(tokens.subList(i, j + 1), first.start());
        entities.add(new EntityMention(first.start(), last.end(), i, j, type, covered));
      }
      i = j + 1;
    }
    return entities;
  }

  private static String joined(List<Token> tokens, int offset) {
    StringBuilder covered = new StringBuilder();
    for (Token token : tokens) {
      while (covered.length() < token.start() - offset) {
        covered.append(' ');
      }
      covered.append(token.word());
    }
    return covered.toString();
  }
}
