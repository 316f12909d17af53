package org.attache.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a place name is looked up under: accents removed, lower case ({@link Locale#ROOT}),
 * apostrophes dropped, other punctuation turned into spaces, a leading "the" dropped. So "Kyiv",
 * "KYIV" and "Kýiv" meet, as do "St. John's" and "St Johns", "the Netherlands" and "Netherlands".
 */
final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ]");
  private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlaceNames() {}

  static String fold(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    String key = OTHER.matcher(lower).replaceAll(" ").strip();
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
