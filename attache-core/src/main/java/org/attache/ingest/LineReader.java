package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines with their numbers and byte offsets, without holding more than
 * one line (and at most {@code limit} bytes of it) in memory. A line over the limit is returned
 * with only its first {@link BoundedContent#KEPT_BYTES} bytes and marked too large. When the stream
 * fails mid-line, {@link #pending()} tells which line was being read and what of it was read.
 */
final class LineReader {

  /**
   * One line.
   *
   * @param number the 1-based line number
   * @param offset the byte offset of its first byte in the (decompressed) stream
   * @param bytes its bytes without the line end, or the first bytes of a line over the limit
   * @param size its full length in bytes
   * @param tooLarge whether it is over the limit
   */
  record Line(long number, long offset, byte[] bytes, long size, boolean tooLarge) {}

  private final InputStream in;
  private final long limit;
  private final byte[] chunk = new byte[64 * 1024];
  private int position;
  private int end;
  private long consumed;
  private long lineNumber;
  private final ByteArrayOutputStream current = new ByteArrayOutputStream();
  private long currentOffset;
  private long currentSize;

  LineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    current.reset();
    currentSize = 0;
    currentOffset = consumed;
    lineNumber++;
    while (true) {
      if (position == end) {
        int read = in.read(chunk);
        if (read < 0) {
          return currentSize == 0 ? null : finish();
        }
        position = 0;
        end = read;
      }
      int newline = position;
      while (newline < end && chunk[newline] != '\n') {
        newline++;
      }
      keep(position, newline - position);
      consumed += newline - position;
      if (newline < end) {
        consumed++;
        position = newline + 1;
        return finish();
      }
      position = end;
    }
  }

  /** The line being read when the stream failed, with the bytes read of it. */
  Line pending() {
    return new Line(
        lineNumber, currentOffset, current.toByteArray(), currentSize, currentSize > limit);
  }

  private void keep(int from, int length) {
    currentSize += length;
    if (currentSize <= limit) {
      current.write(chunk, from, length);
      return;
    }
    // Over the limit: from here on only the head is kept, for the rejection's raw bytes.
    if (current.size() > BoundedContent.KEPT_BYTES) {
      byte[] head = current.toByteArray();
      current.reset();
      current.write(head, 0, BoundedContent.KEPT_BYTES);
    }
    int room = BoundedContent.KEPT_BYTES - current.size();
    current.write(chunk, from, Math.max(0, Math.min(room, length)));
  }

  private Line finish() {
    byte[] bytes = current.toByteArray();
    int length = bytes.length;
    boolean tooLarge = currentSize > limit;
    if (!tooLarge && length > 0 && bytes[length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, length - 1);
    }
    return new Line(lineNumber, currentOffset, bytes, currentSize, tooLarge);
  }
}
