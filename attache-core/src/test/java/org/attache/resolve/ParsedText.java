package org.attache.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.Annotation;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Hand-built annotations for the place tests, so that no model is loaded. Tokens are written {@code
 * word/POS/NER} (POS defaults to NN, NER to O), separated by spaces; {@code ~} glues a token to the
 * previous one. Consecutive tokens with the same NER other than O form one entity mention. Arcs are
 * {@code "governor>dependent:relation"} over token indexes; a lemma is the lower-cased word.
 */
final class ParsedText {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();

  static ParsedText of() {
    return new ParsedText();
  }

  /** Text outside any sentence, such as a dateline line ("ISLAMABAD:\n\n"). */
  ParsedText raw(String raw) {
    text.append(raw);
    return this;
  }

  ParsedText sentence(String tagged, String... arcs) {
    if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.strip().split(" +")) {
      boolean glued = item.startsWith("~");
      String[] parts = (glued ? item.substring(1) : item).split("/", -1);
      if (!tokens.isEmpty() && !glued) {
        text.append(' ');
      }
      int start = text.length();
      text.append(parts[0]);
      String pos = parts.length > 1 ? parts[1] : "NN";
      String ner = parts.length > 2 ? parts[2] : "O";
      String lemma = parts[0].toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(tokens.size(), start, text.length(), parts[0], lemma, pos, ner));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (String arc : arcs) {
      int arrow = arc.indexOf('>');
      int colon = arc.indexOf(':');
      dependencies.add(
          new Dependency(
              Integer.parseInt(arc.substring(0, arrow)),
              Integer.parseInt(arc.substring(arrow + 1, colon)),
              arc.substring(colon + 1)));
    }
    sentences.add(
        new Sentence(
            sentences.size(),
            sentenceStart,
            text.length(),
            tokens,
            dependencies,
            mentions(tokens),
            List.of()));
    return this;
  }

  Annotation annotation() {
    return new Annotation(
        "test", text.toString(), LocalDate.of(2024, 11, 26), sentences, List.of());
  }

  private List<EntityMention> mentions(List<Token> tokens) {
    List<EntityMention> mentions = new ArrayList<>();
    int first = 0;
    while (first < tokens.size()) {
      String ner = tokens.get(first).ner();
      int last = first;
      while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(ner)) {
        last++;
      }
      if (!ner.equals("O")) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        mentions.add(new EntityMention(start, end, first, last, ner, text.substring(start, end)));
      }
      first = last + 1;
    }
    return mentions;
  }
}
