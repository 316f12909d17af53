package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fingerprints: exact content hashes, SimHash near-duplicates and stable short hashes. */
class FingerprintsTest {
  private static final String DROPPED_SENTENCE =
      "Officials said the first round of talks would focus on grain exports and the release of"
          + " detained fishermen. ";

  /** A wire story of about 250 words. */
  private static final String WIRE_STORY =
      "MINSK, 31 May (BelTA) - Delegations from both governments resumed talks in the capital on"
          + " Friday after a pause of almost three months, the foreign ministry said in a"
          + " statement. The meeting, held behind closed doors at the Palace of Independence,"
          + " brought together deputy ministers, trade officials and border commanders. "
          + DROPPED_SENTENCE
          + "A spokesman for the ministry told reporters that the atmosphere was constructive but"
          + " that serious differences remained over the pace of reopening checkpoints. The"
          + " opposition in exile condemned the talks as an attempt to legitimise the government"
          + " and called on European partners to keep sanctions in place until political"
          + " prisoners are freed. Several hundred people gathered outside the embassy in Vilnius"
          + " on Thursday evening to protest against the meeting, according to local police. In"
          + " a separate development, the central bank left its refinancing rate unchanged at"
          + " nine and a half percent, citing inflation that has stayed above its target for a"
          + " year. The talks are scheduled to continue on Saturday, when the two sides hope to"
          + " sign a memorandum on transit of fertiliser through ports on the Baltic coast."
          + " Earlier this year, a similar round"
          + " of negotiations collapsed after a dispute over the detention of two journalists,"
          + " who were later released and expelled. The ministry said it hoped that this time"
          + " both sides would show patience and goodwill, and that a joint commission would meet"
          + " again before the end of the summer to review progress on every point agreed.";

  private static final List<String> UNRELATED =
      List.of(
          WIRE_STORY,
          "Heavy rain flooded the lower town overnight, and the river rose two metres above its"
              + " usual level by dawn. Volunteers filled sandbags outside the school while the"
              + " fire brigade pumped water from cellars along the old market street. The mayor"
              + " said the bridge would stay closed until engineers had inspected its pillars,"
              + " and buses were diverted through the hills. Farmers upstream reported that"
              + " whole fields of young maize had been washed away.",
          "The home side won by four wickets with an over to spare after a patient unbeaten"
              + " half-century from their captain. Chasing two hundred and eleven on a slow pitch,"
              + " they lost three early wickets to the visiting spinners before a partnership of"
              + " ninety steadied the innings. The visitors dropped two catches in the deep in"
              + " the final overs, and their coach admitted afterwards that the fielding had cost"
              + " them the series.",
          "To make the dough, rub the cold butter into the flour with your fingertips until it"
              + " looks like fine breadcrumbs, then add a pinch of salt and just enough iced"
              + " water to bring it together. Wrap it and let it rest in the fridge for half an"
              + " hour. Roll it thinly, line the tin, prick the base with a fork and bake it"
              + " blind until it turns pale gold at the edges.",
          "The new telescope recorded its first images of a distant galaxy cluster last week,"
              + " and astronomers say the pictures are sharper than they dared to hope. The"
              + " mirror, assembled from eighteen hexagonal segments, was cooled for months"
              + " before the instruments could be switched on. Researchers will spend the"
              + " coming year measuring how light from the oldest stars has been bent by dark"
              + " matter on its long way to us.",
          "Shareholders approved the merger of the two regional banks at a meeting on Tuesday,"
              + " creating the third largest lender in the country by deposits. The combined"
              + " group plans to close forty branches and cut about six hundred jobs over two"
              + " years, mainly in back offices. Unions said they would challenge the plan in"
              + " court, while the chief executive promised that no customer would lose access"
              + " to a cash machine.");

  @Test
  void contentHashIgnoresCaseAndWhiteSpace() {
    String text = "Talks resume in Minsk.\n\nBoth delegations met at noon.";

    assertThat(
            Fingerprints.contentHash(
                "  TALKS  resume in\tminsk.\r\nBoth delegations met at NOON. "))
        .isEqualTo(Fingerprints.contentHash(text));
    assertThat(Fingerprints.contentHash("Talks resume in Minsk. Both delegations met at noon."))
        .isEqualTo(Fingerprints.contentHash(text));
  }

  @Test
  void contentHashChangesWithTheWords() {
    String text = "Talks resume in Minsk. Both delegations met at noon.";

    assertThat(Fingerprints.contentHash("Talks resume in Minsk. Both delegations met at dawn."))
        .isNotEqualTo(Fingerprints.contentHash(text));
    assertThat(Fingerprints.contentHash("Talks resume in Minsk. Both delegations met."))
        .isNotEqualTo(Fingerprints.contentHash(text));
    assertThat(Fingerprints.contentHash("Talks resume in Minsk. Both dele gations met at noon."))
        .isNotEqualTo(Fingerprints.contentHash(text));
  }

  @Test
  void contentHashIsHexSha256OfTheNormalisedText() {
    assertThat(Fingerprints.contentHash("The  MINSK talks,\nresume!"))
        .isEqualTo("fdd65653dc7394aff340e2b159d0855f26b6114329ac55f3b02cda0b434578ba")
        .matches("[0-9a-f]{64}");
  }

  @Test
  void contentHashOfNoWordsIsTheHashOfNothing() {
    String empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    assertThat(Fingerprints.contentHash("")).isEqualTo(empty);
    assertThat(Fingerprints.contentHash(" \n\t ... --- !!! ")).isEqualTo(empty);
  }

  @Test
  void simHashOfIdenticalTextsIsEqual() {
    assertThat(Fingerprints.simHash(WIRE_STORY)).isEqualTo(Fingerprints.simHash(WIRE_STORY));
    assertThat(Fingerprints.simHash(WIRE_STORY))
        .isEqualTo(Fingerprints.simHash(WIRE_STORY.toUpperCase(Locale.ROOT).replace(" ", "\n  ")));
  }

  @Test
  void simHashIsPinnedForStoredFingerprints() {
    // Stored fingerprints are compared with new ones; a change here makes every old one stale.
    assertThat(Fingerprints.simHash("Talks resume in Minsk")).isEqualTo(9025243447439131680L);
  }

  @Test
  void simHashOfAStoryWithOneSentenceDroppedIsClose() {
    String trimmed = WIRE_STORY.replace(DROPPED_SENTENCE, "");
    assertThat(trimmed).isNotEqualTo(WIRE_STORY);
    assertThat(WIRE_STORY.split("\\s+")).hasSizeBetween(230, 270);

    int distance =
        Fingerprints.distance(Fingerprints.simHash(WIRE_STORY), Fingerprints.simHash(trimmed));

    assertThat(distance).isLessThanOrEqualTo(12);
  }

  @Test
  void simHashOfAStoryWithANewHeadlineIsClose() {
    String republished = "Belarus and neighbours reopen talks on transit\n\n" + WIRE_STORY;

    assertThat(
            Fingerprints.distance(
                Fingerprints.simHash(WIRE_STORY), Fingerprints.simHash(republished)))
        .isLessThanOrEqualTo(12);
  }

  @Test
  void simHashesOfUnrelatedTextsAreFarApart() {
    for (int first = 0; first < UNRELATED.size(); first++) {
      for (int second = first + 1; second < UNRELATED.size(); second++) {
        long a = Fingerprints.simHash(UNRELATED.get(first));
        long b = Fingerprints.simHash(UNRELATED.get(second));
        assertThat(Fingerprints.distance(a, b))
            .as("texts %d and %d", first, second)
            .isGreaterThan(12);
      }
    }
  }

  @Test
  void simHashOfNoWordsIsZero() {
    assertThat(Fingerprints.simHash("")).isZero();
    assertThat(Fingerprints.simHash("   \n\t  ")).isZero();
    assertThat(Fingerprints.simHash("... --- !!! «» — ¿?")).isZero();
  }

  @Test
  void simHashOfShortTextsIsNotZero() {
    assertThat(Fingerprints.simHash("Minsk")).isNotZero();
    assertThat(Fingerprints.simHash("Minsk talks")).isNotZero();
    assertThat(Fingerprints.simHash("Minsk")).isNotEqualTo(Fingerprints.simHash("Vilnius"));
  }

  @Test
  void distanceCountsDifferingBitsAndIsSymmetric() {
    long a = Fingerprints.simHash(UNRELATED.get(1));
    long b = Fingerprints.simHash(UNRELATED.get(2));

    assertThat(Fingerprints.distance(a, b)).isEqualTo(Fingerprints.distance(b, a));
    assertThat(Fingerprints.distance(a, a)).isZero();
    assertThat(Fingerprints.distance(0L, -1L)).isEqualTo(64);
    assertThat(Fingerprints.distance(0b1011L, 0b0110L)).isEqualTo(3);
  }

  @Test
  void shortHashIsPinnedBecauseIdsMustNotChange() {
    assertThat(Fingerprints.shortHash("")).isEqualTo("e3b0c44298fc");
    assertThat(Fingerprints.shortHash("https://www.belta.by/politics/view/minsk-talks"))
        .isEqualTo("8d49643c81ef");
    assertThat(Fingerprints.shortHash("feed.jsonl#line 17@5120")).isEqualTo("351ac6f540b8");
  }

  @Test
  void shortHashIsExactUnlikeTheContentHash() {
    assertThat(Fingerprints.shortHash("Minsk")).isNotEqualTo(Fingerprints.shortHash("minsk"));
    assertThat(Fingerprints.shortHash("a b")).isNotEqualTo(Fingerprints.shortHash("a  b"));
    assertThat(Fingerprints.shortHash("Minsk")).matches("[0-9a-f]{12}");
  }

  @Test
  void composedAndDecomposedTextsAreTheSameContent() {
    String composed = "R\u00e9union des ministres \u00e0 Minsk, caf\u00e9 et d\u00e9bat.";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Fingerprints.contentHash(decomposed)).isEqualTo(Fingerprints.contentHash(composed));
    assertThat(Fingerprints.simHash(decomposed)).isEqualTo(Fingerprints.simHash(composed));
  }

  @Test
  void combiningVowelSignsStayInsideTheirWords() {
    // Hindi: "pradhan mantri" (prime minister); the vowel signs are combining marks.
    String words = "\u092a\u094d\u0930\u0927\u093e\u0928 \u092e\u0902\u0924\u094d\u0930\u0940";
    String spaced = "\u092a\u094d\u0930\u0927 \u093e\u0928 \u092e\u0902\u0924\u094d\u0930\u0940";
    assertThat(Fingerprints.contentHash(words)).isNotEqualTo(Fingerprints.contentHash(spaced));
  }
}
