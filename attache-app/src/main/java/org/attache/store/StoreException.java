package org.attache.store;

/**
 * The database could not be opened, read or written: an environment failure, not bad input. The
 * message names the database file and what was being done.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
