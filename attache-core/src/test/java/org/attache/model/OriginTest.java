package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Origin: the forms used in every error message, and validation naming the offending value. */
class OriginTest {

  @Test
  void wholeInputIsJustItsName() {
    assertThat(Origin.of("doc.txt")).hasToString("doc.txt");
    assertThat(Origin.of("-")).hasToString("-");
    assertThat(Origin.of("doc.txt").offset()).isEqualTo(Origin.UNKNOWN_OFFSET);
    assertThat(Origin.of("doc.txt").record()).isNull();
  }

  @Test
  void recordAndOffsetAreAppended() {
    assertThat(new Origin("crawl.warc.gz", null, 81234)).hasToString("crawl.warc.gz@81234");
    assertThat(Origin.of("feed.jsonl").record("line 17", 5120))
        .hasToString("feed.jsonl#line 17@5120");
    assertThat(Origin.of("feed.xml").record("https://a.example/1", Origin.UNKNOWN_OFFSET))
        .hasToString("feed.xml#https://a.example/1");
    assertThat(new Origin("crawl.warc", null, 0)).hasToString("crawl.warc@0");
  }

  @Test
  void recordKeepsTheInput() {
    Origin record = Origin.of("crawl.warc").record("urn:uuid:1", 42);

    assertThat(record).isEqualTo(new Origin("crawl.warc", "urn:uuid:1", 42));
  }

  @Test
  void blankInputIsRefusedNamingTheRecord() {
    assertThatThrownBy(() -> new Origin(" \t", "line 3", 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("origin input must not be blank: record=line 3");
    assertThatThrownBy(() -> Origin.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void nullInputIsRefused() {
    assertThatThrownBy(() -> Origin.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("input");
  }

  @Test
  void negativeOffsetIsRefusedNamingTheValueAndInput() {
    assertThatThrownBy(() -> new Origin("crawl.warc", null, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must be >= -1: offset=-2 input=crawl.warc");
    assertThatThrownBy(() -> Origin.of("crawl.warc").record("r", Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset=" + Long.MIN_VALUE);
  }
}
