package org.attache.cli;

import java.util.Objects;
import org.attache.model.ErrorCode;

/**
 * A command that cannot proceed because of what the user asked: a missing input, a bad option
 * value, an unknown document id. The message is the one line the user sees. The web API answers it
 * with a 4xx status chosen by its code.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public UserException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
