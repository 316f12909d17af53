package org.attache.web;

/**
 * A request the API refuses, with its HTTP status and the one line the client sees: what was wrong,
 * the offending value and where. Thrown by routes, answered as {@code {"error": "…"}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an API error has a 4xx or 5xx status: status=" + status);
    }
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
