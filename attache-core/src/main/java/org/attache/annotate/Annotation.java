package org.attache.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document's linguistic annotation: its clean text and everything found in it. Every character
 * offset in the records below refers to {@code text}, in UTF-16 code units as {@link
 * String#substring(int, int)} counts them.
 *
 * @param documentId the document's identifier
 * @param text the document's clean text, as annotated
 * @param published the publication date relative dates were normalised against, or {@code null}
 *     when unknown
 * @param sentences the sentences, in order, indexed from 0
 * @param chains the coreference chains, empty when coreference was not resolved
 */
public record Annotation(
    String documentId,
    String text,
    LocalDate published,
    List<Sentence> sentences,
    List<CorefChain> chains) {

  public Annotation {
    Spans.requireLabel("documentId", documentId);
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    chains = List.copyOf(chains);
  }

  /** The number of tokens in all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(sentence -> sentence.tokens().size()).sum();
  }
}
