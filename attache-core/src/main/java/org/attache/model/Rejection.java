package org.attache.model;

import java.util.Objects;

/**
 * An input item that could not be turned into a document: everything needed to quarantine it, so
 * that nothing read is ever lost.
 *
 * @param origin where it came from
 * @param raw the bytes read for it (may be empty when nothing could be read, such as a missing
 *     file)
 * @param stage the stage that rejected it
 * @param code why, as a code
 * @param reason one line saying what, the offending value and where
 */
public record Rejection(Origin origin, byte[] raw, Stage stage, ErrorCode code, String reason) {

  public Rejection {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    if (reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("reason must be one line: reason=" + reason);
    }
  }

  /** A rejection for bad data; an exception without a message is described by its code. */
  public static Rejection of(Origin origin, byte[] raw, Stage stage, DocumentException error) {
    String reason = oneLine(error.getMessage());
    return new Rejection(
        origin, raw, stage, error.code(), reason.isEmpty() ? error.code().label() : reason);
  }

  /** Folds a message onto one line so a report stays one line per item. */
  public static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
