package org.attache.model;

import java.util.Objects;

/**
 * One document as a reader found it, before decoding or cleaning.
 *
 * @param origin where it came from
 * @param metadata what the input said about it (manifest, JSON fields, WARC/HTTP headers, feed
 *     entry)
 * @param type whether the content is HTML or plain text
 * @param raw the bytes exactly as read (a file, a JSON line, a WARC payload), kept for provenance
 * @param text the content when the input already carried it as text (a JSON {@code text} or {@code
 *     html} field, a feed entry's body); {@code null} when it must be decoded from {@code raw}
 * @param charset the charset declared by the input (HTTP header, XML prolog), or {@code null}
 */
public record SourceItem(
    Origin origin, Metadata metadata, MediaType type, byte[] raw, String text, String charset) {

  public SourceItem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(raw, "raw");
  }
}
