package org.attache.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whole-phrase lookup: keys are compared after NFC normalisation, collapsing runs of white space
 * and reading a typographic apostrophe as {@code '}; case-insensitively (Locale.ROOT) unless the
 * key was written with a leading {@code =}, which makes it match only with exactly that case.
 * Values come back in the order they were added.
 */
final class PhraseIndex<T> {

  private final Map<String, List<T>> folded = new HashMap<>();
  private final Map<String, List<T>> exact = new HashMap<>();
  private int maxWords;

  /** Adds a key as written in a table (a leading {@code =} marks an exact-case key). */
  void add(String rawKey, T value) {
    boolean exactCase = isExactCase(rawKey);
    String text = exactCase ? rawKey.substring(1) : rawKey;
    String key = exactCase ? normalise(text) : fold(text);
    if (key.isEmpty()) {
      return;
    }
    List<T> values = (exactCase ? exact : folded).computeIfAbsent(key, k -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
    maxWords = Math.max(maxWords, key.split(" ").length);
  }

  List<T> lookup(String phrase) {
    return phrase == null ? List.of() : lookup(PhraseKey.of(phrase));
  }

  /** As {@link #lookup(String)}, with the phrase's keys already made. */
  List<T> lookup(PhraseKey key) {
    List<T> exactValues = exact.get(key.normalised());
    List<T> foldedValues = folded.get(key.folded());
    if (exactValues == null && foldedValues == null) {
      return List.of();
    }
    List<T> found = new ArrayList<>(exactValues == null ? List.of() : exactValues);
    for (T value : foldedValues == null ? List.<T>of() : foldedValues) {
      if (!found.contains(value)) {
        found.add(value);
      }
    }
    return List.copyOf(found);
  }

  /** The case-folded keys (a view). */
  Set<String> foldedKeys() {
    return folded.keySet();
  }

  /** The exact-case keys, normalised, without their marker (a view). */
  Set<String> exactKeys() {
    return exact.keySet();
  }

  /** Keys mapping to more than one value (for integrity checks). */
  Map<String, List<T>> ambiguous() {
    Map<String, List<T>> result = new HashMap<>();
    for (Map<String, List<T>> map : List.of(folded, exact)) {
      map.forEach(
          (key, values) -> {
            if (values.size() > 1) {
              result.put(key, List.copyOf(values));
            }
          });
    }
    return result;
  }

  int maxWords() {
    return maxWords;
  }

  static boolean isExactCase(String rawKey) {
    return rawKey.length() > 1 && rawKey.charAt(0) == '=';
  }

  /** The text of a table key without its exact-case marker. */
  static String text(String rawKey) {
    return isExactCase(rawKey) ? rawKey.substring(1) : rawKey;
  }

  /**
   * NFC (skipped for ASCII, which it leaves unchanged), a typographic apostrophe read as {@code '},
   * stripped, and every run of space, tab, line feed, vertical tab, form feed and carriage return
   * (what regex {@code \s} matches) made one space.
   */
  static String normalise(String phrase) {
    String nfc =
        isAscii(phrase)
            ? phrase
            : Normalizer.normalize(phrase, Normalizer.Form.NFC).replace('\u2019', '\'');
    return collapseSpaces(nfc.strip());
  }

  static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String collapseSpaces(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && !needsCollapse(text, i)) {
      i++;
    }
    if (i == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, i);
    while (i < length) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < length && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether the run of spaces at this index differs from one plain space. */
  private static boolean needsCollapse(String text, int index) {
    char c = text.charAt(index);
    if (!isSpace(c)) {
      return false;
    }
    return c != ' ' || (index + 1 < text.length() && isSpace(text.charAt(index + 1)));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static String fold(String phrase) {
    return normalise(phrase).toLowerCase(Locale.ROOT);
  }
}
