package org.attache.annotate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an {@link Annotator} is asked to annotate: a document's clean text and the date relative
 * time expressions ("tomorrow", "last year") are resolved against.
 *
 * @param documentId the document's identifier, copied to the annotation
 * @param text the document's clean text: paragraphs separated by a blank line, headline and
 *     sub-headline paragraphs of their own
 * @param published the publication date, or {@code null} when unknown (relative expressions then
 *     stay unresolved, such as "XXXX-XX-XX")
 */
public record AnnotationRequest(String documentId, String text, LocalDate published) {

  public AnnotationRequest {
    Spans.requireLabel("documentId", documentId);
    Objects.requireNonNull(text, "text");
  }
}
