package org.attache.app;

import org.attache.ingest.ItemSink;

/**
 * Reads one user-given input (a path, a folder, a URL or {@code -}) and reports every item to the
 * sink. The ingest job depends on this one method rather than on the reader registry, so tests can
 * feed it hand-written items.
 */
@FunctionalInterface
public interface ItemReader {
  void read(String input, ItemSink sink);
}
