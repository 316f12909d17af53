package org.attache.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whole-phrase lookup: keys are compared after NFC normalisation, collapsing runs of white space
 * and reading a typographic apostrophe as {@code '}; case-insensitively (Locale.ROOT) unless the
 * key was written with a leading {@code =}, which makes it match only with exactly that case.
 * Values come back in the order they were added.
 */
final class PhraseIndex<T> {

  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    if (phrase == null) {
      return List.of();
    }
    List<T> found = new ArrayList<>(exact.getOrDefault(normalise(phrase), List.of()));
    for (T value : folded.getOrDefault(fold(phrase), List.of())) {
      if (!found.contains(value)) {
        found.add(value);
      }
    }
    return List.copyOf(found);
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

  static String normalise(String phrase) {
    String nfc = Normalizer.normalize(phrase, Normalizer.Form.NFC).replace('\u2019', '\'');
    return SPACES.matcher(nfc.strip()).replaceAll(" ");
  }

  static String fold(String phrase) {
    return normalise(phrase).toLowerCase(Locale.ROOT);
  }
}
