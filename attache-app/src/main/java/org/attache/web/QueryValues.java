package org.attache.web;

import io.javalin.http.Context;

/**
 * Reads query parameters that are numbers, with bounds, and answers a bad value with a 400 naming
 * the parameter, the value and the route. Blank parameters count as absent.
 */
final class QueryValues {
  private QueryValues() {}

  /** A text parameter, stripped; null when absent or blank. */
  static String text(Context context, String name) {
    String value = context.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
  static int number(Context context, String name, int fallback, int min, int max) {
    String value = text(context, name);
    if (value == null) {
      return fallback;
    }
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      number = Integer.MIN_VALUE;
    }
    if (number < min || number > max) {
      throw ApiException.badRequest(
          name
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ": '"
              + value
              + "' in "
              + context.method()
              + " "
              + context.path());
    }
    return number;
  }

  static int limit(Context context, int fallback, int max) {
    return number(context, "limit", fallback, 1, max);
  }

  static int offset(Context context) {
    return number(context, "offset", 0, 0, 10_000_000);
  }
}
