package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** PublicationDate: the date is null exactly when the basis is NONE. */
class PublicationDateTest {
  private static final LocalDate MAY_31 = LocalDate.of(2024, 5, 31);

  @Test
  void everyBasisButNoneCarriesADate() {
    for (DateBasis basis : DateBasis.values()) {
      if (basis == DateBasis.NONE) {
        assertThat(new PublicationDate(null, basis)).isEqualTo(PublicationDate.UNKNOWN);
      } else {
        assertThat(new PublicationDate(MAY_31, basis).date()).isEqualTo(MAY_31);
      }
    }
  }

  @Test
  void dateWithoutABasisIsRefusedNamingBoth() {
    assertThatThrownBy(() -> new PublicationDate(MAY_31, DateBasis.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must be null exactly when basis is none: date=2024-05-31, basis=NONE");
  }

  @Test
  void basisWithoutADateIsRefused() {
    assertThatThrownBy(() -> new PublicationDate(null, DateBasis.DATELINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basis=DATELINE");
  }

  @Test
  void basisIsRequired() {
    assertThatThrownBy(() -> new PublicationDate(MAY_31, null)).hasMessage("basis");
  }

  @Test
  void unknownIsNone() {
    assertThat(PublicationDate.UNKNOWN.date()).isNull();
    assertThat(PublicationDate.UNKNOWN.basis()).isEqualTo(DateBasis.NONE);
    assertThat(DateBasis.BYLINE.label()).isEqualTo("byline");
  }
}
