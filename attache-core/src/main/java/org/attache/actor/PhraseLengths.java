package org.attache.actor;

/**
 * The longest keys of each lookup, in whitespace-separated words, so a resolver can bound the token
 * windows it tries: e.g. {@code countries} is the most words any country name, alias or demonym
 * has. Punctuation attached to a word ("Washington, D.C.") does not add words.
 */
public record PhraseLengths(
    int countries,
    int places,
    int organisations,
    int roles,
    int leaders,
    int foreignMinistries,
    int named) {

  /** The longest of all. */
  public int max() {
    return Math.max(
        Math.max(Math.max(countries, places), Math.max(organisations, roles)),
        Math.max(Math.max(leaders, foreignMinistries), named));
  }
}
