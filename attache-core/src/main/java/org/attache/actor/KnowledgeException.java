package org.attache.actor;

/**
 * A table that cannot be loaded: an unreadable file, a file whose table cannot be told, or a bad
 * row. The message is one line, {@code file:line: what is wrong: value}, so a user can fix the
 * configuration; loading fails at start-up rather than coding events with broken facts.
 */
public final class KnowledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KnowledgeException(String message) {
    super(message);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
