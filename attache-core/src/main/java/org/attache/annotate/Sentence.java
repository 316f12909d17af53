package org.attache.annotate;

import java.util.List;

/**
 * One sentence: its span in the document's clean text, its tokens, the enhanced dependency graph
 * over them, and the entity mentions and time expressions it contains. The relations between these
 * parts (tokens ordered and inside the span, arcs between existing tokens) are checked by {@link
 * Annotations#check(Annotation)}.
 *
 * @param index the sentence's position in the document, from 0
 * @param start character offset of its first token's first character
 * @param end character offset just past its last token
 * @param tokens the tokens, in order, indexed from 0
 * @param dependencies the enhanced Universal Dependencies arcs, empty when not parsed
 * @param entities the entity mentions, in order, empty when not computed
 * @param times the time expressions, in order, empty when not computed
 */
public record Sentence(
    int index,
    int start,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<EntityMention> entities,
    List<TimeExpression> times) {

  public Sentence {
    Spans.requireIndex("index", index);
    Spans.requireSpan("sentence " + index, start, end);
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(
          "a sentence needs a token: index=" + index + ", start=" + start + ", end=" + end);
    }
  }

  /** The sentence's text, cut from the document's clean text. */
  public String text(String documentText) {
    return documentText.substring(start, end);
  }
}
