package org.attache.actor;

import java.util.Locale;

/**
 * A phrase's two lookup keys, made once and used against every {@link PhraseIndex}: the normalised
 * form (matched by exact-case keys) and the case-folded form (matched by the others). Also the two
 * questions the phrase scanner asks of a token window before and after looking it up.
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
    return new PhraseKey(normalised, normalised.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the keys of every longer window from the same token start with this window's keys, so
   * that when no key starts with them, no longer window can be found: true when the phrase and the
   * character after it are ASCII (folding and NFC then act on each side alone) and the next token
   * starts after the phrase.
   */
  static boolean extendsAsPrefix(String text, String phrase, int end, int nextStart) {
    return nextStart >= end
        && end < text.length()
        && text.charAt(end) < 0x80
        && PhraseIndex.isAscii(phrase);
  }

  /** Whether lowercasing changes the phrase (a capital letter, or any cased letter not lower). */
  static boolean hasCapital(String phrase) {
    if (!PhraseIndex.isAscii(phrase)) {
      return !phrase.equals(phrase.toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
