package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Stream helpers shared by the readers: peeking at a stream's head and transparent gunzip. */
final class Streams {
  /** How many bytes are looked at to recognise a format. */
  static final int SNIFF_BYTES = 8 * 1024;

  private Streams() {}

  /** A stream that supports mark/reset, wrapping {@code in} only if needed. */
  static BufferedInputStream buffered(InputStream in) {
    return in instanceof BufferedInputStream buffered
        ? buffered
        : new BufferedInputStream(in, SNIFF_BYTES * 2);
  }

  /** Up to {@code count} bytes from the head of the stream, which is reset to where it was. */
  static byte[] peek(BufferedInputStream in, int count) throws IOException {
    in.mark(count);
    try {
      return in.readNBytes(count);
    } finally {
      in.reset();
    }
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** The stream decompressed if it starts with the gzip magic bytes, else as it is. */
  static InputStream gunzipIfCompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = buffered(in);
    return isGzip(peek(buffered, 2)) ? new GZIPInputStream(buffered, 64 * 1024) : buffered;
  }

  /**
   * The first bytes of gzip-compressed content, decompressed from its compressed head; as many as
   * the head yields, possibly none.
   */
  static byte[] gunzipHead(byte[] compressedHead, int count) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressedHead))) {
      byte[] out = new byte[count];
      int filled = 0;
      while (filled < count) {
        int read;
        try {
          read = in.read(out, filled, count - filled);
        } catch (EOFException endOfHead) {
          // The head is a prefix of a longer stream; what was decompressed so far is the answer.
          break;
        }
        if (read < 0) {
          break;
        }
        filled += read;
      }
      return java.util.Arrays.copyOf(out, filled);
    } catch (IOException notGzip) {
      // Corrupt compressed data: nothing can be recognised from it.
      return new byte[0];
    }
  }
}
