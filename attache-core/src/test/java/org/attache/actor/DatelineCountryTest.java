package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Datelines in the shapes real outlets use, and sentences that only look like them. */
class DatelineCountryTest {
  private final DatelineCountry datelines = new DatelineCountry(ActorKnowledge.bundled());

  @Test
  void aCapitalOnALineOfItsOwn() {
    String text =
        "Minister due in capital\n\nTalks to cover trade\n\nISLAMABAD:\n\nThe minister arrives today.";
    assertThat(datelines.find(text)).hasValue("PAK");
  }

  @Test
  void aCityWithDateAndAgency() {
    assertThat(
            datelines.find(
                "Headline\n\nMINSK, 31 May (BelTA) - The minister said talks went well."))
        .hasValue("BLR");
    assertThat(datelines.find("WASHINGTON (Reuters) - The State Department said on Friday…"))
        .hasValue("USA");
    assertThat(datelines.find("Kyiv, March 3 — Officials met again.")).hasValue("UKR");
    assertThat(datelines.find("NEW YORK: The assembly opened its session.")).hasValue("USA");
  }

  @Test
  void ordinarySentencesAndUnknownPlacesAreNotDatelines() {
    assertThat(datelines.find("Moscow, however, said it would respond in kind.")).isEmpty();
    assertThat(datelines.find("Atlantis, 5 May - Nothing happened.")).isEmpty();
    assertThat(datelines.find("No dateline in this text at all.")).isEmpty();
    assertThat(datelines.find("")).isEmpty();
  }
}
