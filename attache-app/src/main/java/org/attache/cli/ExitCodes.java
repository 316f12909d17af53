package org.attache.cli;

import org.attache.model.ErrorCode;

/**
 * The one place that maps outcomes to process exit codes: 0 success, 2 invalid input or usage, 3
 * finished but with quarantined items under {@code --strict}, 4 internal error (a bug or a broken
 * environment such as an unwritable database).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int INVALID_INPUT = 2;
  static final int QUARANTINED = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}

  static int of(ErrorCode.Category category) {
    return switch (category) {
      case INVALID_INPUT -> INVALID_INPUT;
      case INTERNAL -> INTERNAL;
    };
  }
}
