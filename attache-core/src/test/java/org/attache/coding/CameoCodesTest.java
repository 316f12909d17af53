package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.attache.event.EventType;
import org.junit.jupiter.api.Test;

class CameoCodesTest {
  private final CameoCodes codes = CameoCodes.bundled();

  private EventType type(String code) {
    return codes.type(code).orElseThrow(() -> new AssertionError("no code " + code));
  }

  @Test
  void codebookFacts() {
    assertThat(type("163").name()).isEqualTo("Impose embargo, boycott, or sanctions");
    assertThat(type("166").name()).startsWith("Expel or withdraw");
    EventType visit = type("042");
    assertThat(visit.name()).isEqualTo("Make a visit");
    assertThat(visit.root()).isEqualTo("04");
    assertThat(visit.goldstein()).isEqualTo(1.9);
    assertThat(visit.quadClass()).isEqualTo(1);
    assertThat(visit.ploverType()).isEqualTo("CONSULT");
    assertThat(visit.ploverMode()).isEqualTo("visit");
    assertThat(type("057").name()).isEqualTo("Sign formal agreement");
    assertThat(type("073").ploverContext()).containsExactly("humanitarian");
    assertThat(type("190").goldstein()).isEqualTo(-10.0);
    assertThat(type("0874").root()).isEqualTo("08");
  }

  @Test
  void quadClassFollowsTheRoot() {
    for (EventType type : codes.all()) {
      int root = Integer.parseInt(type.root());
      int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertThat(type.quadClass()).as(type.code()).isEqualTo(expected);
    }
  }

  @Test
  void everyRootAndEveryCodeIsThere() {
    Set<String> roots = codes.all().stream().map(EventType::root).collect(Collectors.toSet());
    assertThat(roots).hasSize(20);
    assertThat(codes.all()).hasSizeGreaterThan(300);
    assertThat(codes.type("999")).isEmpty();
    assertThat(codes.type(null)).isEmpty();
  }

  @Test
  void codesThePloverTableLeavesOutAreTypedByTheProject() {
    assertThat(type("010").ploverType()).isNull();
    assertThat(type("023").ploverType()).isEqualTo("REQUEST");
    assertThat(type("163").ploverType()).isEqualTo("COERCE");
  }
}
