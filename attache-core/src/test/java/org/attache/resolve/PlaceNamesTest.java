package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Place keys: the loop for ASCII names gives the key the patterns define. */
class PlaceNamesTest {

  /** The definition: accents off, lower case, apostrophes dropped, other runs one space. */
  private static String byPatterns(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String lower = plain.toLowerCase(Locale.ROOT).replaceAll("['’`ʼ]", "");
    String key = lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  @Test
  void asciiNamesGetThePatternsKey() {
    List<String> names =
        List.of(
            "Kyiv",
            "KYIV",
            "St. John's",
            "St Johns",
            "the Netherlands",
            "The  Hague",
            "  -- Washington, D.C. --  ",
            "a ' b",
            "`Quoted`",
            "Route 66",
            "tab\there",
            "the",
            "the ",
            "...",
            "",
            "x\u0000y");
    for (String name : names) {
      assertThat(PlaceNames.fold(name)).as("key of '%s'", name).isEqualTo(byPatterns(name));
    }
  }

  @Test
  void otherNamesStillLoseAccentsAndTypographicApostrophes() {
    assertThat(PlaceNames.fold("Kýiv")).isEqualTo("kyiv");
    assertThat(PlaceNames.fold("Côte d’Ivoire")).isEqualTo("cote divoire");
    assertThat(PlaceNames.fold("São Tomé")).isEqualTo(byPatterns("São Tomé"));
  }
}
