package org.attache.resolve;

/**
 * Which way an underspecified expression ("Tuesday", "in April") points from the publication date:
 * back for a report of what happened, ahead for what is planned, or to the nearest candidate when
 * the text does not say.
 */
public enum Direction {
  BACKWARD,
  FORWARD,
  NEAREST
}
