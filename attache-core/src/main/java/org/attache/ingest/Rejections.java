package org.attache.ingest;

import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.Origin;
import org.attache.model.Rejection;
import org.attache.model.Stage;

/**
 * Builds read-stage rejections whose reason ends with where the item was: {@code "what, value:
 * origin"}. Values quoted from the input are shortened so a reason stays one readable line.
 */
final class Rejections {
  /** The longest quoted value kept in a reason. */
  private static final int MAX_VALUE_CHARS = 160;

  private static final byte[] NO_BYTES = new byte[0];

  private Rejections() {}

  static Rejection of(Origin origin, byte[] raw, ErrorCode code, String what) {
    return new Rejection(
        origin,
        raw == null ? NO_BYTES : raw,
        Stage.READ,
        code,
        // The origin may carry a file or record name with a line break in it: fold the whole line.
        Rejection.oneLine(what + ": " + origin));
  }

  static Rejection of(Origin origin, byte[] raw, DocumentException error) {
    return of(origin, raw, error.code(), error.getMessage());
  }

  /** The input could not be read at all (an I/O error before any item was found). */
  static Rejection unreadable(Origin origin, Exception error) {
    return of(origin, null, ErrorCode.UNREADABLE, "cannot read: " + describe(error));
  }

  /** A value from the input, on one line and at most {@value #MAX_VALUE_CHARS} characters. */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String line = Rejection.oneLine(value);
    return line.length() <= MAX_VALUE_CHARS ? line : line.substring(0, MAX_VALUE_CHARS) + "…";
  }

  /** The message of an I/O failure, or its type when it has none. */
  static String describe(Exception error) {
    String message = error.getMessage();
    return quote(message == null || message.isBlank() ? error.getClass().getSimpleName() : message);
  }
}
