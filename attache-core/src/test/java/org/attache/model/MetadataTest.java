package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Metadata.orElse and the with- copies: each field falls back on its own, nothing is guessed. */
class MetadataTest {
  private static final Metadata FULL =
      new Metadata(
          "id-1", "https://a.example/1", "a.example", "Title", LocalDate.of(2024, 5, 31), "en");
  private static final Metadata OTHER =
      new Metadata(
          "id-2",
          "https://b.example/2",
          "b.example",
          "Other title",
          LocalDate.of(2020, 1, 1),
          "ru");

  @Test
  void presentFieldsWin() {
    assertThat(FULL.orElse(OTHER)).isEqualTo(FULL);
  }

  @Test
  void missingFieldsComeFromTheFallback() {
    assertThat(Metadata.EMPTY.orElse(OTHER)).isEqualTo(OTHER);
    assertThat(OTHER.orElse(Metadata.EMPTY)).isEqualTo(OTHER);
    assertThat(Metadata.EMPTY.orElse(Metadata.EMPTY)).isEqualTo(Metadata.EMPTY);
  }

  @Test
  void eachFieldFallsBackOnItsOwn() {
    Metadata partial = new Metadata(null, "https://a.example/1", null, "Title", null, "en");

    assertThat(partial.orElse(OTHER))
        .isEqualTo(
            new Metadata(
                "id-2",
                "https://a.example/1",
                "b.example",
                "Title",
                LocalDate.of(2020, 1, 1),
                "en"));
  }

  @Test
  void withCopiesChangeOneField() {
    assertThat(FULL.withId("id-9"))
        .isEqualTo(
            new Metadata("id-9", FULL.url(), FULL.source(), FULL.title(), FULL.published(), "en"));
    assertThat(FULL.withUrl(null))
        .isEqualTo(
            new Metadata(FULL.id(), null, FULL.source(), FULL.title(), FULL.published(), "en"));
  }
}
