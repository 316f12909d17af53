package org.attache.ingest;

import org.attache.model.Rejection;
import org.attache.model.SourceItem;

/**
 * Receives what a {@link DocumentSource} reads: each item is either accepted or rejected, never
 * both and never neither, so that a run's counts balance. Called on the reader's thread, in input
 * order.
 */
public interface ItemSink {
  void accept(SourceItem item);

  void reject(Rejection rejection);
}
