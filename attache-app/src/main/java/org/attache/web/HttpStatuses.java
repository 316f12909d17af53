package org.attache.web;

import org.attache.model.ErrorCode;

/**
 * The one place that maps Attaché's error codes to HTTP statuses, as {@code ExitCodes} maps them to
 * exit codes: an unknown id is 404, an input too large 413, an unsupported format 415, any other
 * invalid input 400, and an internal error 500.
 */
final class HttpStatuses {
  private HttpStatuses() {}

  static int of(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> 404;
      case TOO_LARGE -> 413;
      case UNSUPPORTED -> 415;
      case INTERNAL -> 500;
      default -> code.category() == ErrorCode.Category.INVALID_INPUT ? 400 : 500;
    };
  }
}
