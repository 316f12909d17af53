package org.attache.model;

import java.util.Objects;

/**
 * Bad data in one input item: the item is quarantined with this code and message and processing
 * goes on. Messages are one line saying what, the offending value, and where.
 */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public DocumentException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public DocumentException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
