package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * The bytes of one document read with a size limit: either all of them, or, for a document over the
 * limit, only the first {@value #KEPT_BYTES} bytes kept as the rejection's raw bytes. A file's size
 * is checked before it is read, so an oversized file is never read beyond its head.
 *
 * @param bytes the whole document, or its first {@value #KEPT_BYTES} bytes when too large
 * @param size the document's size, or the bytes seen before giving up when not known in advance
 * @param tooLarge whether the document is over the limit
 * @param sizeKnown whether {@code size} is the exact size (a file) or a lower bound (a stream)
 */
record BoundedContent(byte[] bytes, long size, boolean tooLarge, boolean sizeKnown) {

  /** How much of an oversized document is kept for the quarantine: 64 KiB. */
  static final int KEPT_BYTES = 64 * 1024;

  static BoundedContent read(Input input, long limit) throws IOException {
    if (input.isFile()) {
      long size = Files.size(input.path());
      if (size > limit) {
        try (InputStream in = input.open()) {
          return new BoundedContent(in.readNBytes(KEPT_BYTES), size, true, true);
        }
      }
    }
    try (InputStream in = input.open()) {
      return read(in, limit);
    }
  }

  /** Reads at most {@code limit + 1} bytes from a stream the caller closes. */
  static BoundedContent read(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      return new BoundedContent(Arrays.copyOf(bytes, KEPT_BYTES), bytes.length, true, false);
    }
    return new BoundedContent(bytes, bytes.length, false, true);
  }

  /** The reason for a {@code TOO_LARGE} rejection, without the origin. */
  String tooLargeReason(long limit) {
    return "document too large: "
        + (sizeKnown ? size + " bytes" : "more than " + limit + " bytes")
        + " > limit "
        + limit
        + ", kept the first "
        + bytes.length
        + " bytes";
  }
}
