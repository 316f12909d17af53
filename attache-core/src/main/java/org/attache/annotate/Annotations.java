package org.attache.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invariants that tie an annotation's records to its text and to each other: spans inside the
 * text, sentences and tokens in order and numbered from 0, tokens inside their sentence and equal
 * to the text at their offsets, dependency arcs and entity mentions between existing tokens, and
 * coreference mentions inside their sentence. Annotators check their output with it and tests check
 * recorded annotations.
 */
public final class Annotations {
  private static final int MESSAGE_PROBLEMS = 5;

  private Annotations() {}

  /**
   * Throws if the annotation breaks an invariant.
   *
   * @throws IllegalArgumentException naming the document and the first problems found
   */
  public static Annotation check(Annotation annotation) {
    List<String> problems = problems(annotation);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "annotation of "
              + annotation.documentId()
              + " breaks "
              + problems.size()
              + " invariant(s): "
              + String.join(
                  "; ", problems.subList(0, Math.min(MESSAGE_PROBLEMS, problems.size()))));
    }
    return annotation;
  }

  /** Every broken invariant, one line each, in document order; empty when there is none. */
  public static List<String> problems(Annotation annotation) {
    List<String> problems = new ArrayList<>();
    String text = annotation.text();
    int previousEnd = 0;
    List<Sentence> sentences = annotation.sentences();
    for (int position = 0; position < sentences.size(); position++) {
      Sentence sentence = sentences.get(position);
      String where = "sentence " + position;
      if (sentence.index() != position) {
        problems.add(where + ": index is " + sentence.index());
      }
      if (sentence.end() > text.length()) {
        problems.add(
            where + ": ends at " + sentence.end() + " past the text's end " + text.length());
        continue;
      }
      if (sentence.start() < previousEnd) {
        problems.add(
            where
                + ": starts at "
                + sentence.start()
                + " before the previous sentence ends at "
                + previousEnd);
      }
      previousEnd = sentence.end();
      checkTokens(text, sentence, where, problems);
      checkArcs(sentence, where, problems);
      checkEntities(text, sentence, where, problems);
      checkTimes(text, sentence, where, problems);
    }
    checkChains(annotation, problems);
    return List.copyOf(problems);
  }

  private static void checkTokens(
      String text, Sentence sentence, String where, List<String> problems) {
    List<Token> tokens = sentence.tokens();
    int previousEnd = sentence.start();
    for (int position = 0; position < tokens.size(); position++) {
      Token token = tokens.get(position);
      String at = where + ", token " + position;
      if (token.index() != position) {
        problems.add(at + ": index is " + token.index());
      }
      if (token.start() < previousEnd || token.end() > sentence.end()) {
        problems.add(
            at
                + ": span "
                + token.start()
                + ".."
                + token.end()
                + " is out of order or outside the sentence "
                + sentence.start()
                + ".."
                + sentence.end());
        continue;
      }
      previousEnd = token.end();
      String surface = text.substring(token.start(), token.end());
      if (!surface.equals(token.word())) {
        problems.add(at + ": word '" + token.word() + "' but the text says '" + surface + "'");
      }
    }
    if (tokens.get(0).start() != sentence.start()
        || tokens.get(tokens.size() - 1).end() != sentence.end()) {
      problems.add(
          where
              + ": span "
              + sentence.start()
              + ".."
              + sentence.end()
              + " is not the span of its tokens "
              + tokens.get(0).start()
              + ".."
              + tokens.get(tokens.size() - 1).end());
    }
  }

  private static void checkArcs(Sentence sentence, String where, List<String> problems) {
    int size = sentence.tokens().size();
    for (Dependency arc : sentence.dependencies()) {
      if (arc.governor() >= size || arc.dependent() >= size) {
        problems.add(where + ": arc " + arc + " names a token past the last index " + (size - 1));
      }
    }
  }

  private static void checkEntities(
      String text, Sentence sentence, String where, List<String> problems) {
    List<Token> tokens = sentence.tokens();
    for (EntityMention mention : sentence.entities()) {
      if (mention.lastToken() >= tokens.size()) {
        problems.add(
            where + ": entity " + mention + " names a token past index " + (tokens.size() - 1));
        continue;
      }
      if (mention.start() != tokens.get(mention.firstToken()).start()
          || mention.end() != tokens.get(mention.lastToken()).end()) {
        problems.add(where + ": entity " + mention + " is not the span of its tokens");
      } else if (!text.substring(mention.start(), mention.end()).equals(mention.text())) {
        problems.add(where + ": entity " + mention + " text differs from the document's");
      }
    }
  }

  private static void checkTimes(
      String text, Sentence sentence, String where, List<String> problems) {
    for (TimeExpression time : sentence.times()) {
      if (time.start() < sentence.start() || time.end() > sentence.end()) {
        problems.add(where + ": time " + time + " lies outside the sentence");
      } else if (!text.substring(time.start(), time.end()).equals(time.text())) {
        problems.add(where + ": time " + time + " text differs from the document's");
      }
    }
  }

  private static void checkChains(Annotation annotation, List<String> problems) {
    Set<Integer> ids = new HashSet<>();
    List<Sentence> sentences = annotation.sentences();
    for (CorefChain chain : annotation.chains()) {
      if (!ids.add(chain.id())) {
        problems.add("chain " + chain.id() + ": id used twice");
      }
      for (CorefMention mention : chain.mentions()) {
        if (mention.sentence() >= sentences.size()) {
          problems.add("chain " + chain.id() + ": mention " + mention + " names no sentence");
          continue;
        }
        Sentence sentence = sentences.get(mention.sentence());
        if (mention.start() < sentence.start() || mention.end() > sentence.end()) {
          problems.add(
              "chain " + chain.id() + ": mention " + mention + " lies outside its sentence");
        }
      }
    }
  }
}
