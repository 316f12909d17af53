package org.attache.annotate;

import java.util.Objects;

/**
 * One token of a sentence: its surface text exactly as it stands in the document's clean text, and
 * the tags the annotator gave it.
 *
 * @param index the token's position within its sentence, from 0
 * @param start character offset of the first character in the document's clean text
 * @param end character offset just past the last character
 * @param word the token's text, equal to {@code text.substring(start, end)}
 * @param lemma the lemma, or {@code null} when lemmas were not computed
 * @param pos the Penn Treebank part-of-speech tag, or {@code null} when not computed
 * @param ner the named-entity tag ("O" outside entities), or {@code null} when not computed
 */
public record Token(
    int index, int start, int end, String word, String lemma, String pos, String ner) {

  public Token {
    Spans.requireIndex("index", index);
    Spans.requireNonEmptySpan("token " + index, start, end);
    Objects.requireNonNull(word, "word");
    if (word.isEmpty()) {
      throw new IllegalArgumentException("word must not be empty: index=" + index);
    }
  }
}
