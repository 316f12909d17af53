package org.attache.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a place name is looked up under: accents removed, lower case ({@link Locale#ROOT}),
 * apostrophes dropped, other punctuation turned into spaces, a leading "the" dropped. So "Kyiv",
 * "KYIV" and "Kýiv" meet, as do "St. John's" and "St Johns", "the Netherlands" and "Netherlands".
 * ASCII names, the usual case, take a loop giving the same key as the patterns.
 */
final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ]");
  private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlaceNames() {}

  static String fold(String name) {
    String key = isAscii(name) ? asciiKey(name) : patternKey(name);
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  private static String patternKey(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return OTHER.matcher(lower).replaceAll(" ").strip();
  }

  /** Lower case, apostrophes dropped, each run of other non-alphanumerics one space, stripped. */
  private static String asciiKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        letter = true;
      }
      if (letter) {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        gap = false;
        key.append(c);
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
