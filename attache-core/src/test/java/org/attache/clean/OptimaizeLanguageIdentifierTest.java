package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Language identification on short samples written for this test, on text too short or without
 * letters, and on the English newswire corpus in ../shared (skipped without it).
 */
final class OptimaizeLanguageIdentifierTest {

  private static final OptimaizeLanguageIdentifier IDENTIFIER = new OptimaizeLanguageIdentifier();

  @Test
  void identifiesSamplesOfSevenLanguages() {
    assertThat(
            IDENTIFIER.identify(
                "The foreign ministers met in the capital on Tuesday and agreed to expand trade."
                    + " Both sides said the talks had been frank and useful."))
        .contains("en");
    assertThat(
            IDENTIFIER.identify(
                "Les ministres des affaires étrangères se sont rencontrés mardi dans la capitale."
                    + " Ils ont convenu de renforcer les échanges commerciaux entre les deux pays."))
        .contains("fr");
    assertThat(
            IDENTIFIER.identify(
                "Die Außenminister trafen sich am Dienstag in der Hauptstadt. Beide Seiten"
                    + " vereinbarten, den Handel zwischen den beiden Ländern auszubauen."))
        .contains("de");
    assertThat(
            IDENTIFIER.identify(
                "Министры иностранных дел встретились во вторник в столице. Стороны"
                    + " договорились расширять торговлю между двумя странами."))
        .contains("ru");
    assertThat(
            IDENTIFIER.identify(
                "التقى وزيرا الخارجية يوم الثلاثاء في العاصمة واتفقا على توسيع التجارة بين"
                    + " البلدين. وقال الجانبان إن المحادثات كانت صريحة ومفيدة."))
        .contains("ar");
    assertThat(IDENTIFIER.identify("两国外交部长星期二在首都举行会谈，同意扩大双边贸易。双方表示，会谈坦诚而富有成果。")).contains("zh");
    assertThat(
            IDENTIFIER.identify(
                "دونوں ممالک کے وزرائے خارجہ نے منگل کے روز دارالحکومت میں ملاقات کی اور تجارت"
                    + " بڑھانے پر اتفاق کیا۔ دونوں فریقوں نے کہا کہ بات چیت مفید رہی۔"))
        .contains("ur");
  }

  @Test
  void unsureOnShortEmptyOrNumericText() {
    assertThat(IDENTIFIER.identify("")).isEmpty();
    assertThat(IDENTIFIER.identify("   \n\n ")).isEmpty();
    assertThat(IDENTIFIER.identify("Hello")).isEmpty();
    assertThat(IDENTIFIER.identify("12 345 678,90 -- 2024-11-28 | 17:45")).isEmpty();
    assertThat(IDENTIFIER.identify("!!! ??? ... ---")).isEmpty();
    assertThat(IDENTIFIER.identify(null)).isEmpty();
  }

  @Test
  void readsOnlyTheStartOfLongText() {
    String english = "The delegation arrived in the capital for talks on trade and security. ";
    assertThat(IDENTIFIER.identify(english.repeat(2000))).contains("en");
  }

  @Test
  void identifiesEnglishNewswire() throws IOException {
    Path path =
        Path.of(System.getProperty("attache.shared", "../shared"))
            .resolve("corpora/newswire-afp-xinhua.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(path), "no ../shared corpus: " + path);
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        texts.add(json.readTree(line).path("text").asText(""));
      }
    }
    long start = System.nanoTime();
    int english = 0;
    List<String> misses = new ArrayList<>();
    for (String text : texts) {
      Optional<String> language = IDENTIFIER.identify(text);
      if (language.equals(Optional.of("en"))) {
        english++;
      } else if (misses.size() < 10) {
        misses.add(language + ": " + text.substring(0, Math.min(80, text.length())));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double share = (double) english / texts.size();
    System.out.printf(
        Locale.ROOT,
        "language: %d docs, %.0f docs/s, %.2f%% identified as en; misses: %s%n",
        texts.size(),
        texts.size() / seconds,
        100 * share,
        misses);
    assertThat(share).isGreaterThanOrEqualTo(0.995);
  }
}
