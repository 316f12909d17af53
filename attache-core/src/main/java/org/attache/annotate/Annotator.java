package org.attache.annotate;

/**
 * Turns a document's clean text into the project's {@link Annotation} records; the only way later
 * stages see linguistic analysis, whatever library computes it.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Every character offset in the result refers to {@link AnnotationRequest#text()} exactly as
 *       given (UTF-16 code units), and every token's word equals the text at its offsets; the
 *       result satisfies {@link Annotations#check(Annotation)}.
 *   <li>A line break in the text is a hard boundary for sentences in the sense the implementation
 *       documents: headline, sub-headline and dateline lines never share a sentence with the body.
 *   <li>Relative time expressions are normalised against {@link AnnotationRequest#published()}.
 *   <li>Implementations are thread-safe: one instance may be shared by any number of threads
 *       calling {@code annotate} at once, and the result for a request does not depend on what
 *       other threads annotate at the same time.
 *   <li>The result is deterministic: the same request gives an equal annotation.
 * </ul>
 */
public interface Annotator {

  /**
   * Annotates one document.
   *
   * @throws IllegalArgumentException if the text cannot be annotated
   */
  Annotation annotate(AnnotationRequest request);
}
