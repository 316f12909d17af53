package org.attache.coding;

/**
 * A predicate lexicon file that cannot be loaded: unreadable, of an unknown table, or with a bad
 * line. The message is one line, {@code file:line: what is wrong: value}, so that a user can fix
 * the file; loading fails at start-up rather than coding events with a broken lexicon.
 */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
