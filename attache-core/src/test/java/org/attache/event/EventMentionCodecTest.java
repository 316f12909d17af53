package org.attache.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMentionCodecTest {

  @Test
  void roundTripsEveryField() {
    EventMention mention =
        EventFixtures.visit("doc-1", EventStatus.PLANNED, EventDate.Basis.RELATIVE);

    String json = EventMentionCodec.toJson(mention);

    assertThat(EventMentionCodec.fromJson(json)).isEqualTo(mention);
    assertThat(EventMentionCodec.toJson(EventMentionCodec.fromJson(json))).isEqualTo(json);
  }

  @Test
  void roundTripsUnknownDateAndPlace() {
    EventMention full =
        EventFixtures.visit("doc-1", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT);
    EventMention bare =
        new EventMention(
            full.documentId(),
            full.sentence(),
            full.triggerToken(),
            full.trigger(),
            full.type(),
            List.of(),
            full.recipients(),
            EventStatus.NEGATED,
            null,
            null,
            full.lexiconEntry(),
            List.of());

    assertThat(EventMentionCodec.fromJson(EventMentionCodec.toJson(bare))).isEqualTo(bare);
  }

  @Test
  void refusesOtherFormatsAndBrokenFields() {
    String json =
        EventMentionCodec.toJson(
            EventFixtures.visit("doc-1", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT));

    assertThatThrownBy(
            () -> EventMentionCodec.fromJson(json.replace("\"format\":1", "\"format\":9")))
        .hasMessageContaining("format 9");
    assertThatThrownBy(
            () -> EventMentionCodec.fromJson(json.replace("\"sentence\":0", "\"sentence\":\"x\"")))
        .hasMessage("field sentence must be an int: \"x\"");
    assertThatThrownBy(() -> EventMentionCodec.fromJson("[1]"))
        .hasMessage("event mention JSON must be an object");
  }
}
