package org.attache.coding;

/** The two sides of an act: who does it (actor) and to whom it is done (recipient). */
public enum ArgumentRole {
  ACTOR,
  RECIPIENT
}
