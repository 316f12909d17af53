package org.attache.model;

import java.util.Locale;

/**
 * Why an item or a command failed. Each code has a category; one place (the CLI's exit-code mapper,
 * later the web layer's status mapper) turns categories into exit codes and HTTP statuses.
 */
public enum ErrorCode {
  NOT_FOUND(Category.INVALID_INPUT),
  UNREADABLE(Category.INVALID_INPUT),
  EMPTY(Category.INVALID_INPUT),
  TOO_LARGE(Category.INVALID_INPUT),
  BINARY(Category.INVALID_INPUT),
  BAD_ENCODING(Category.INVALID_INPUT),
  MALFORMED_JSON(Category.INVALID_INPUT),
  MALFORMED_XML(Category.INVALID_INPUT),
  MALFORMED_WARC(Category.INVALID_INPUT),
  MALFORMED_MANIFEST(Category.INVALID_INPUT),
  TRUNCATED(Category.INVALID_INPUT),
  NO_TEXT(Category.INVALID_INPUT),
  FETCH_FAILED(Category.INVALID_INPUT),
  UNSUPPORTED(Category.INVALID_INPUT),
  USAGE(Category.INVALID_INPUT),
  INTERNAL(Category.INTERNAL);

  /** Coarse classes of error; exit codes and HTTP statuses are chosen by category. */
  public enum Category {
    /** The input or the command line is wrong; the user can fix it. */
    INVALID_INPUT,
    /** A bug or an environment failure inside Attaché. */
    INTERNAL
  }

  private final Category category;

  ErrorCode(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }

  /** The lower-case name used in reports and the database ({@code malformed_json}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
