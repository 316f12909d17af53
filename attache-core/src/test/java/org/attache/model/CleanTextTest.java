package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CleanText.text(): headline, sub-headline and body joined by blank lines, empty parts skipped. */
class CleanTextTest {

  private static CleanText clean(String title, String subtitle, String body) {
    return new CleanText(title, subtitle, body, Metadata.EMPTY, List.of());
  }

  @Test
  void joinsThePartsWithBlankLines() {
    assertThat(clean("Talks resume", "Delegations meet", "MINSK - First.\n\nSecond.").text())
        .isEqualTo("Talks resume\n\nDelegations meet\n\nMINSK - First.\n\nSecond.");
  }

  @Test
  void skipsMissingAndBlankParts() {
    assertThat(clean(null, null, "Body.").text()).isEqualTo("Body.");
    assertThat(clean("Title", null, "Body.").text()).isEqualTo("Title\n\nBody.");
    assertThat(clean(null, "Sub", "Body.").text()).isEqualTo("Sub\n\nBody.");
    assertThat(clean(" \n", "\t", "Body.").text()).isEqualTo("Body.");
    assertThat(clean("Title", "Sub", "  ").text()).isEqualTo("Title\n\nSub");
    assertThat(clean(null, null, "").text()).isEmpty();
  }

  @Test
  void stripsEachPart() {
    assertThat(clean("  Title \n", "\nSub ", "\n\n Body.\n\n").text())
        .isEqualTo("Title\n\nSub\n\nBody.");
  }

  @Test
  void textIsStableWhateverItIsCalled() {
    CleanText clean = clean("Title", null, "Body.");

    assertThat(clean.text()).isEqualTo(clean.text());
  }

  @Test
  void requiresBodyAndFoundMetadata() {
    assertThatThrownBy(() -> new CleanText("t", null, null, Metadata.EMPTY, List.of()))
        .hasMessage("body");
    assertThatThrownBy(() -> new CleanText("t", null, "b", null, List.of())).hasMessage("found");
  }

  @Test
  void warningsAreCopied() {
    List<String> warnings = new ArrayList<>(List.of("one"));
    CleanText clean = new CleanText(null, null, "b", Metadata.EMPTY, warnings);
    warnings.add("two");

    assertThat(clean.warnings()).containsExactly("one");
  }
}
