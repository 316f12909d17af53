package org.attache.model;

import java.util.Objects;

/**
 * Where an input item came from, precise enough for a user to find it again: the input (a file
 * path, a URL, or {@code -} for standard input), the record inside it (a manifest line, a JSON
 * line, a WARC record id, a feed entry link) and the byte offset of that record in the input, when
 * known.
 *
 * <p>{@link #toString()} is the form used in every error message: {@code crawl.warc.gz@81234} or
 * {@code feed.jsonl#line 17@5120}.
 */
public record Origin(String input, String record, long offset) {

  /** Offset value for inputs where a byte position has no meaning or is unknown. */
  public static final long UNKNOWN_OFFSET = -1;

  public Origin {
    Objects.requireNonNull(input, "input");
    if (input.isBlank()) {
      throw new IllegalArgumentException("origin input must not be blank: record=" + record);
    }
    if (offset < UNKNOWN_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be >= -1: offset=" + offset + " input=" + input);
    }
  }

  /** A whole input with no record inside it, such as a plain text file. */
  public static Origin of(String input) {
    return new Origin(input, null, UNKNOWN_OFFSET);
  }

  /** The same input, narrowed to one record at a byte offset. */
  public Origin record(String recordName, long recordOffset) {
    return new Origin(input, recordName, recordOffset);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(input);
    if (record != null) {
      text.append('#').append(record);
    }
    if (offset >= 0) {
      text.append('@').append(offset);
    }
    return text.toString();
  }
}
