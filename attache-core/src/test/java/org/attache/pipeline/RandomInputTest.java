package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.junit.jupiter.api.Test;

/** Fingerprints and DocumentIds on random text: never an exception, always the same answer. */
class RandomInputTest {
  private static final long SEED = 20240531L;
  private static final int STRINGS = 400;
  private static final String WHITE_SPACE = " \t\n\r\u000b\f\u00a0\u2028\u2029\u3000\u200b";

  /** Random strings: unicode (including lone surrogates), control characters, white space runs. */
  private static List<String> strings(long seed) {
    Random random = new Random(seed);
    List<String> strings = new ArrayList<>();
    for (int n = 0; n < STRINGS; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int piece = 0; piece < pieces; piece++) {
        switch (random.nextInt(6)) {
          case 0 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1));
          case 1 -> text.append((char) random.nextInt(0x20));
          case 2 -> {
            char space = WHITE_SPACE.charAt(random.nextInt(WHITE_SPACE.length()));
            text.append(
                String.valueOf(space)
                    .repeat(random.nextInt(random.nextInt(10) == 0 ? 20_000 : 20)));
          }
          case 3 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
          case 4 -> {
            for (int c = random.nextInt(15); c > 0; c--) {
              text.append((char) ('a' + random.nextInt(26)));
            }
          }
          default -> text.append("Minsk ÄÖÜ İı ß Σς ǅ 𝐀 مرحبا 新闻 ").append(random.nextInt());
        }
      }
      strings.add(text.toString());
    }
    return strings;
  }

  /** Everything derived from one string, as text, so that two runs can be compared whole. */
  private static String derived(String text) {
    String hash = Fingerprints.contentHash(text);
    long simHash = Fingerprints.simHash(text);
    String origin = text.isBlank() ? "-" : text;
    String fromOrigin = DocumentIds.derive(Metadata.EMPTY, Origin.of(origin), hash);
    String fromRecord =
        DocumentIds.derive(Metadata.EMPTY, Origin.of("feed.jsonl").record(text, 7), hash);
    String fromUrl =
        DocumentIds.derive(new Metadata(null, text, null, null, null, null), Origin.of("a"), hash);
    String fromId =
        DocumentIds.derive(new Metadata(text, null, null, null, null, null), Origin.of("a"), hash);
    return String.join(
        "|",
        hash,
        Long.toHexString(simHash),
        Fingerprints.shortHash(text),
        fromOrigin,
        fromRecord,
        fromUrl,
        fromId);
  }

  @Test
  void sameSeedGivesTheSameFingerprintsAndIds() {
    List<String> first = strings(SEED).stream().map(RandomInputTest::derived).toList();
    List<String> second = strings(SEED).stream().map(RandomInputTest::derived).toList();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void idsAreNeverBlankAndDerivedOnesHaveAFixedShape() {
    for (String text : strings(SEED)) {
      String hash = Fingerprints.contentHash(text);
      String origin = text.isBlank() ? "-" : text;

      assertThat(DocumentIds.derive(Metadata.EMPTY, Origin.of(origin), hash))
          .matches("[a-z0-9][a-z0-9-]*-[0-9a-f]{12}");
      assertThat(
              DocumentIds.derive(
                  new Metadata(null, text, null, null, null, null), Origin.of("a"), hash))
          .matches(text.isBlank() ? "a-[0-9a-f]{12}" : "url-[0-9a-f]{12}");
      assertThat(
              DocumentIds.derive(
                  new Metadata(text, null, null, null, null, null), Origin.of("a"), hash))
          .isNotBlank();
    }
  }

  @Test
  void fingerprintsIgnoreAddedWhiteSpaceAndCase() {
    for (String text : strings(SEED + 1)) {
      String spaced = "\n\t " + text.replace(" ", " \u3000\r\n ") + "   \n";

      assertThat(Fingerprints.contentHash(spaced))
          .as("content hash of %s", text)
          .isEqualTo(Fingerprints.contentHash(text))
          .matches("[0-9a-f]{64}");
      assertThat(Fingerprints.simHash(spaced)).isEqualTo(Fingerprints.simHash(text));
    }
  }

  @Test
  void distanceIsSymmetricAndZeroOnlyForEqualFingerprints() {
    List<String> strings = strings(SEED + 2);
    for (int n = 1; n < strings.size(); n++) {
      long a = Fingerprints.simHash(strings.get(n - 1));
      long b = Fingerprints.simHash(strings.get(n));

      assertThat(Fingerprints.distance(a, b))
          .isEqualTo(Fingerprints.distance(b, a))
          .isBetween(0, 64);
      assertThat(Fingerprints.distance(a, b) == 0).isEqualTo(a == b);
    }
  }
}
