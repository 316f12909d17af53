package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.actor.ActorKnowledge;
import org.attache.actor.DatelineCountry;
import org.junit.jupiter.api.Test;

/** {@link DatelineCountry#dateline}: the place a report was filed from, with its span. */
class FilingPlaceTest {
  private static final DatelineCountry DATELINES = new DatelineCountry(ActorKnowledge.bundled());

  private static String shown(String text) {
    return DATELINES
        .dateline(text)
        .map(d -> d.place() + "/" + d.country() + "/" + text.substring(d.start(), d.end()))
        .orElse("-");
  }

  @Test
  void aDatelineOnItsOwnLineOrBeforeADash() {
    assertThat(shown("ISLAMABAD:\n\nThe minister arrived.")).isEqualTo("Islamabad/PAK/ISLAMABAD");
    assertThat(shown("MINSK, 31 May (BelTA) - The president met.")).isEqualTo("Minsk/BLR/MINSK");
    assertThat(shown("NEW YORK (Reuters) - Stocks rose.")).isEqualTo("New York/USA/NEW YORK");
  }

  @Test
  void spansCountFromTheStartOfTheWholeText() {
    String text = "Minister visits Pakistan\n\n  KYIV, March 3 — Ministers met on Monday.";
    assertThat(shown(text)).isEqualTo("Kyiv/UKR/KYIV");
    assertThat(DATELINES.dateline(text).orElseThrow().start()).isEqualTo(text.indexOf("KYIV"));
  }

  @Test
  void noDatelineWhereTheCountryFinderSeesNone() {
    for (String text :
        new String[] {
          "Moscow, however, said nothing.",
          "",
          "\n\n\n",
          "The minister said: talks went well.",
          "ATLANTIS: a lost city"
        }) {
      assertThat(shown(text)).as(text).isEqualTo("-");
      assertThat(DATELINES.dateline(text).isPresent()).isEqualTo(DATELINES.find(text).isPresent());
    }
  }

  @Test
  void onlyTheFirstFourParagraphsAreRead() {
    String text = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nMINSK: Five.";
    assertThat(shown(text)).isEqualTo("-");
  }
}
