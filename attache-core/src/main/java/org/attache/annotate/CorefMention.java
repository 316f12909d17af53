package org.attache.annotate;

/**
 * One mention of a coreference chain.
 *
 * @param sentence the index of the sentence holding the mention
 * @param start character offset of its first character in the document's clean text
 * @param end character offset just past its last character
 * @param representative whether this is the chain's representative (most informative) mention
 */
public record CorefMention(int sentence, int start, int end, boolean representative) {

  public CorefMention {
    Spans.requireIndex("sentence", sentence);
    Spans.requireNonEmptySpan("coreference mention", start, end);
  }
}
