package org.attache.ingest;

/**
 * How inputs are read.
 *
 * @param followLinks whether a feed entry's linked page is fetched and becomes the item's content
 *     (otherwise the entry's own content or description is used)
 * @param maxDocumentBytes the largest document (file, JSON line, WARC payload, page) accepted; a
 *     larger one is rejected as {@code TOO_LARGE} without being read into memory
 */
public record ReadOptions(boolean followLinks, long maxDocumentBytes) {

  /** 32 MiB: far above any news article, low enough to keep a run's memory bounded. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

  public static final ReadOptions DEFAULTS = new ReadOptions(false, DEFAULT_MAX_DOCUMENT_BYTES);

  public ReadOptions {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and "
              + (Integer.MAX_VALUE - 16)
              + ": "
              + maxDocumentBytes);
    }
  }

  public ReadOptions withFollowLinks(boolean follow) {
    return new ReadOptions(follow, maxDocumentBytes);
  }

  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(followLinks, bytes);
  }
}
