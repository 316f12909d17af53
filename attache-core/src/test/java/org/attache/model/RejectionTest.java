package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rejection: every reason is one line, and the record refuses anything else. */
class RejectionTest {
  private static final Origin ORIGIN = Origin.of("feed.jsonl").record("line 3", 120);
  private static final byte[] RAW = {1, 2, 3};

  @Test
  void oneLineFoldsLineBreaksAndTheirIndentation() {
    assertThat(Rejection.oneLine("bad value\n  at line 3\r\n\r\nin feed"))
        .isEqualTo("bad value at line 3 in feed");
    assertThat(Rejection.oneLine("old\rmac")).isEqualTo("old mac");
    assertThat(Rejection.oneLine("\n  padded  \n")).isEqualTo("padded");
    assertThat(Rejection.oneLine("already one line")).isEqualTo("already one line");
  }

  @Test
  void oneLineOfNothingIsEmpty() {
    assertThat(Rejection.oneLine(null)).isEmpty();
    assertThat(Rejection.oneLine("")).isEmpty();
  }

  @Test
  void reasonOnSeveralLinesIsRefused() {
    assertThatThrownBy(
            () -> new Rejection(ORIGIN, RAW, Stage.READ, ErrorCode.EMPTY, "first\nsecond"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first\nsecond");
  }

  @Test
  void requiresEveryField() {
    assertThatThrownBy(() -> new Rejection(null, RAW, Stage.READ, ErrorCode.EMPTY, "r"))
        .hasMessage("origin");
    assertThatThrownBy(() -> new Rejection(ORIGIN, null, Stage.READ, ErrorCode.EMPTY, "r"))
        .hasMessage("raw");
    assertThatThrownBy(() -> new Rejection(ORIGIN, RAW, null, ErrorCode.EMPTY, "r"))
        .hasMessage("stage");
    assertThatThrownBy(() -> new Rejection(ORIGIN, RAW, Stage.READ, null, "r")).hasMessage("code");
    assertThatThrownBy(() -> new Rejection(ORIGIN, RAW, Stage.READ, ErrorCode.EMPTY, null))
        .hasMessage("reason");
  }

  @Test
  void fromADocumentExceptionKeepsItsCodeAndFoldsItsMessage() {
    DocumentException error =
        new DocumentException(ErrorCode.MALFORMED_JSON, "unexpected end\n of input");

    Rejection rejection = Rejection.of(ORIGIN, RAW, Stage.DECODE, error);

    assertThat(rejection.origin()).isEqualTo(ORIGIN);
    assertThat(rejection.raw()).isSameAs(RAW);
    assertThat(rejection.stage()).isEqualTo(Stage.DECODE);
    assertThat(rejection.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(rejection.reason()).isEqualTo("unexpected end of input");
  }

  @Test
  void fromADocumentExceptionWithoutAMessageStillSaysWhat() {
    Rejection rejection =
        Rejection.of(ORIGIN, RAW, Stage.EXTRACT, new DocumentException(ErrorCode.NO_TEXT, null));

    assertThat(rejection.reason()).isEqualTo("no_text");
  }
}
