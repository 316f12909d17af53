package org.attache.ingest;

import org.attache.model.MediaType;
import org.attache.model.Metadata;

/**
 * Reads a plain text file (or any input recognised as text) as one {@link MediaType#TEXT} item: no
 * id, the whole input as origin, charset only from a byte-order mark or the transport. Empty,
 * binary and oversized inputs are rejected.
 */
public final class PlainTextSource implements DocumentSource {
  private final ReadOptions options;

  public PlainTextSource(ReadOptions options) {
    this.options = options;
  }

  @Override
  public void read(Input input, ItemSink sink) {
    Metadata metadata =
        input.uri() == null ? Metadata.EMPTY : Metadata.EMPTY.withUrl(input.uri().toString());
    WholeDocuments.read(input, input.origin(), metadata, MediaType.TEXT, options, sink);
  }
}
