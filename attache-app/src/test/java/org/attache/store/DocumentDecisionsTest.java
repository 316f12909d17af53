package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDecisionsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  private static DocumentDecisions.Facts facts(
      String id, String hash, long fingerprint, LocalDate published, boolean eligible) {
    return new DocumentDecisions.Facts(id, hash, fingerprint, published, eligible);
  }

  @Test
  void theSameContentUnderAnotherIdIsADuplicateOfTheFirst() {
    DocumentDecisions decisions = new DocumentDecisions();
    assertThat(decisions.next(facts("a", "h1", 0L, DAY, true)).disposition())
        .isEqualTo(Disposition.STORED);
    assertThat(decisions.next(facts("b", "h1", 0L, DAY, true)))
        .isEqualTo(new DocumentDecisions.Decision(Disposition.DUPLICATE, "a", null));
  }

  @Test
  void aKnownIdIsUnchangedOrUpdated() {
    DocumentDecisions decisions = new DocumentDecisions();
    decisions.next(facts("a", "h1", 0L, DAY, false));
    assertThat(decisions.next(facts("a", "h1", 0L, DAY, false)).disposition())
        .isEqualTo(Disposition.UNCHANGED);
    assertThat(decisions.next(facts("a", "h2", 0L, DAY, false)).disposition())
        .isEqualTo(Disposition.UPDATED);
  }

  @Test
  void closeFingerprintsWithinAWeekAreNearDuplicates() {
    DocumentDecisions decisions = new DocumentDecisions();
    decisions.next(facts("a", "h1", 0b1111_0000L, DAY, true));
    assertThat(decisions.next(facts("b", "h2", 0b1111_0111L, DAY.plusDays(5), true)))
        .isEqualTo(new DocumentDecisions.Decision(Disposition.NEAR_DUPLICATE, "a", 3));
    assertThat(decisions.next(facts("c", "h3", 0b1111_0000L, DAY.plusDays(30), true)).disposition())
        .as("outside the 7-day window")
        .isEqualTo(Disposition.STORED);
    assertThat(decisions.next(facts("d", "h4", 0b1111_0000L, DAY, false)).disposition())
        .as("too short to compare")
        .isEqualTo(Disposition.STORED);
  }
}
