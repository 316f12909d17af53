package org.attache.ingest;

import org.attache.model.MediaType;
import org.attache.model.Metadata;

/**
 * Reads an HTML file or page as one {@link MediaType#HTML} item with its raw bytes. The charset is
 * left {@code null} unless a byte-order mark, the transport or a {@code <meta>} tag in the first 2
 * KiB declares one. Malformed markup is accepted: repairing it is the extractor's job.
 */
public final class HtmlFileSource implements DocumentSource {
  private final ReadOptions options;

  public HtmlFileSource(ReadOptions options) {
    this.options = options;
  }

  @Override
  public void read(Input input, ItemSink sink) {
    Metadata metadata =
        input.uri() == null ? Metadata.EMPTY : Metadata.EMPTY.withUrl(input.uri().toString());
    WholeDocuments.read(input, input.origin(), metadata, MediaType.HTML, options, sink);
  }
}
