package org.attache.ingest;

import java.net.URI;
import org.attache.model.DocumentException;

/**
 * Fetches one web page. Implementations fail with {@code FETCH_FAILED} for transport errors,
 * unsupported schemes and statuses outside 200–299, and with {@code TOO_LARGE} for a body over
 * their size cap; they never hang beyond their timeouts. Thread-safe.
 */
@FunctionalInterface
public interface Fetcher {
  FetchedPage fetch(URI uri) throws DocumentException;
}
