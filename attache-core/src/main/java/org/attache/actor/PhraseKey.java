package org.attache.actor;

/**
 * A phrase's two lookup keys, made once and used against every {@link PhraseIndex}: the normalised
 * form (matched by exact-case keys) and the case-folded form (matched by the others).
 */
record PhraseKey(String normalised, String folded) {

  PhraseKey {
    if (normalised == null || folded == null) {
      throw new IllegalArgumentException(
          "phrase key needs both forms, got " + normalised + " and " + folded);
    }
  }

  /** The keys of a phrase as written. */
  static PhraseKey of(String phrase) {
    String normalised = PhraseIndex.normalise(phrase);
    return new PhraseKey(normalised, normalised.toLowerCase(java.util.Locale.ROOT));
  }
}
