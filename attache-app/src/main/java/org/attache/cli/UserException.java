package org.attache.cli;

import java.util.Objects;
import org.attache.model.ErrorCode;

/**
 * A command that cannot proceed because of what the user asked: a missing input, a bad option
 * value, an unknown document id. The message is the one line the user sees.
 */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  UserException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  ErrorCode code() {
    return code;
  }
}
