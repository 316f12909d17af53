package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A document ready to store: its identity, provenance, clean text and what was learnt about it.
 * Every character offset later stages record refers to {@link #text()}.
 *
 * @param id stable identifier: the input's own id, else derived from the URL, else from the origin
 * @param origin where it was read
 * @param metadata what the input and the page said about it, merged (input first)
 * @param type the media type it was read as
 * @param raw the bytes as read, for provenance and for retrying
 * @param title the headline, or {@code null}
 * @param subtitle the sub-headline (standfirst), or {@code null}
 * @param text the clean text: headline, sub-headline and body separated by blank lines
 * @param published the publication date and its basis
 * @param language the identified language (ISO 639-1), or {@code null} when unknown
 * @param contentHash SHA-256 of the clean text, hex; equal hashes are exact duplicates
 * @param fingerprint a 64-bit SimHash of the text's word shingles; close fingerprints are
 *     near-duplicates
 * @param warnings one line each, what a user should know about how it was read
 */
public record Document(
    String id,
    Origin origin,
    Metadata metadata,
    MediaType type,
    byte[] raw,
    String title,
    String subtitle,
    String text,
    PublicationDate published,
    String language,
    String contentHash,
    long fingerprint,
    List<String> warnings) {

  /**
   * The only language the analysis stages handle for now; other documents are stored unanalysed.
   */
  public static final String ANALYSED_LANGUAGE = "en";

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(contentHash, "contentHash");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank: origin=" + origin);
    }
    warnings = List.copyOf(warnings);
  }

  /** Whether later stages (language analysis, event coding) will read this document. */
  public boolean analysable() {
    return ANALYSED_LANGUAGE.equals(language);
  }
}
