package org.attache.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.attache.actor.ActorMention;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Evidence evidence(EventMention mention, String source, LocalDate published) {
    return new Evidence(mention, source, null, published, EventFixtures.TEXT, 0);
  }

  @Test
  void writesTheEventsMdRecordOfOneMention() throws Exception {
    EventMention mention =
        EventFixtures.visit("doc-1", EventStatus.PLANNED, EventDate.Basis.RELATIVE);
    String id = EventIds.event(List.of(EventIds.mention(mention)));

    JsonNode record =
        JSON.readTree(
            EventRecords.toJson(
                id, List.of(evidence(mention, "tribune.com.pk", LocalDate.of(2023, 5, 29)))));

    assertThat(record.get("id").asText()).isEqualTo(id).matches("ev-[0-9a-f]{16}");
    assertThat(record.at("/cameo/code").asText()).isEqualTo("042");
    assertThat(record.at("/cameo/quad_class").asInt()).isEqualTo(1);
    assertThat(record.at("/plover/type").asText()).isEqualTo("CONSULT");
    assertThat(record.at("/plover/mode").asText()).isEqualTo("visit");
    assertThat(record.at("/actor/0/country").asText()).isEqualTo("BLR");
    assertThat(record.at("/actor/0/sector").asText()).isEqualTo("GOV");
    assertThat(record.at("/actor/0/name").asText()).isEqualTo("Sergei Aleinik");
    assertThat(record.at("/recipient/0/country").asText()).isEqualTo("PAK");
    assertThat(record.at("/recipient/0/name").isNull()).isTrue();
    assertThat(record.at("/date/start").asText()).isEqualTo("2023-05-30");
    assertThat(record.at("/date/end").asText()).isEqualTo("2023-05-31");
    assertThat(record.at("/date/basis").asText()).isEqualTo("relative");
    assertThat(record.at("/place/name").asText()).isEqualTo("Islamabad");
    assertThat(record.at("/status").asText()).isEqualTo("planned");
    assertThat(record.at("/sources").asInt()).isEqualTo(1);
    JsonNode spans = record.at("/mentions/0/spans");
    assertThat(spans.get("trigger").toString()).isEqualTo("[44,50]");
    assertThat(spans.get("actor").toString()).isEqualTo("[[0,38]]");
    assertThat(spans.get("recipient").toString()).isEqualTo("[[51,60]]");
    assertThat(spans.get("date").toString()).isEqualTo("[[61,69]]");
    assertThat(spans.get("place").toString()).isEqualTo("[[51,60]]");
    assertThat(record.at("/mentions/0/published").asText()).isEqualTo("2023-05-29");
  }

  @Test
  void summarisesMentionsWhateverTheirOrder() {
    Evidence announced =
        evidence(
            EventFixtures.visit("doc-a", EventStatus.PLANNED, EventDate.Basis.PUBLICATION),
            "tribune.com.pk",
            LocalDate.of(2023, 5, 29));
    Evidence reported =
        evidence(
            EventFixtures.visit("doc-b", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT),
            "belta.by",
            LocalDate.of(2023, 5, 31));
    Evidence again =
        evidence(
            EventFixtures.visit("doc-c", EventStatus.OCCURRED, EventDate.Basis.RELATIVE),
            "belta.by",
            LocalDate.of(2023, 6, 1));

    String forward = EventRecords.toJson("ev-1", List.of(announced, reported, again));
    String backward = EventRecords.toJson("ev-1", List.of(again, reported, announced));

    assertThat(forward).isEqualTo(backward);
    assertThat(forward)
        .contains("\"status\":\"occurred\"", "\"sources\":2", "\"basis\":\"explicit\"");
  }

  @Test
  void theHostOfAVisitIsItsRecipient() {
    EventMention visit =
        EventFixtures.visit("doc-a", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT);
    EventMention hosting =
        new EventMention(
            "doc-b",
            0,
            2,
            new TextSpan(10, 17),
            new EventType("043", "04", "Host a visit", 2.8, 1, "CONSULT", "visit", List.of()),
            visit.recipients(),
            visit.actors(),
            EventStatus.OCCURRED,
            visit.date(),
            null,
            "host",
            List.of());
    List<Evidence> both =
        List.of(
            evidence(visit, "a", LocalDate.of(2023, 5, 29)),
            evidence(hosting, "b", LocalDate.of(2023, 5, 30)));

    assertThat(EventRecords.side(both, true))
        .extracting(m -> m.actor().country())
        .containsExactly("BLR");
    assertThat(EventRecords.side(both, false))
        .extracting(m -> m.actor().country())
        .containsExactly("PAK");
  }

  @Test
  void jointReportsDoNotPutTheHostAmongTheVisitors() {
    EventMention visit =
        EventFixtures.visit("doc-a", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT);
    EventMention talks =
        new EventMention(
            "doc-b",
            0,
            2,
            new TextSpan(10, 15),
            new EventType("040", "04", "Consult", 1.0, 1, "CONSULT", null, List.of()),
            List.of(visit.actors().get(0), visit.recipients().get(0)),
            List.of(),
            EventStatus.OCCURRED,
            visit.date(),
            null,
            "talks",
            List.of());
    List<Evidence> both =
        List.of(
            evidence(visit, "a", LocalDate.of(2023, 5, 29)),
            evidence(talks, "b", LocalDate.of(2023, 5, 30)));

    assertThat(EventRecords.side(both, true))
        .extracting(m -> m.actor().country())
        .containsExactly("BLR");
    assertThat(EventRecords.side(both, false))
        .extracting(m -> m.actor().country())
        .containsExactly("PAK");
  }

  @Test
  void aLeadWithoutHostDoesNotLetJointTalksMakeTheHostAVisitor() {
    EventMention visit =
        EventFixtures.visit("doc-b", EventStatus.OCCURRED, EventDate.Basis.EXPLICIT);
    EventMention arrival = oneSided(visit, "doc-a", "042", List.of(visit.actors().get(0)));
    EventMention talks =
        oneSided(visit, "doc-a", "040", List.of(visit.actors().get(0), visit.recipients().get(0)));
    List<Evidence> reports =
        List.of(
            evidence(arrival, "a", LocalDate.of(2023, 5, 29)),
            evidence(talks, "a", LocalDate.of(2023, 5, 29)),
            evidence(visit, "b", LocalDate.of(2023, 5, 31)));

    assertThat(EventRecords.side(reports, true))
        .extracting(m -> m.actor().country())
        .containsExactly("BLR");
    assertThat(EventRecords.side(reports, false))
        .extracting(m -> m.actor().country())
        .containsExactly("PAK");
  }

  /** A report in {@code document} of {@code code} with these actors and no recipient. */
  private static EventMention oneSided(
      EventMention like, String document, String code, List<ActorMention> actors) {
    return new EventMention(
        document,
        code.equals("042") ? 0 : 1,
        2,
        new TextSpan(code.equals("042") ? 0 : 20, code.equals("042") ? 6 : 25),
        new EventType(code, "04", "act " + code, 1.0, 1, "CONSULT", null, List.of()),
        actors,
        List.of(),
        EventStatus.PLANNED,
        like.date(),
        null,
        "test",
        List.of());
  }

  @Test
  void idsAreStableAndOrderFree() {
    EventMention first =
        EventFixtures.visit("doc-a", EventStatus.PLANNED, EventDate.Basis.RELATIVE);
    EventMention second =
        EventFixtures.visit("doc-b", EventStatus.PLANNED, EventDate.Basis.RELATIVE);
    String a = EventIds.mention(first);
    String b = EventIds.mention(second);

    assertThat(a).isEqualTo(EventIds.mention(first)).isNotEqualTo(b).matches("mn-[0-9a-f]{16}");
    assertThat(EventIds.event(List.of(a, b))).isEqualTo(EventIds.event(List.of(b, a)));
  }

  private static Evidence dated(
      String doc,
      EventStatus status,
      LocalDate start,
      LocalDate end,
      EventDate.Basis basis,
      String rule) {
    EventMention base = EventFixtures.visit(doc, status, basis);
    EventDate date =
        new EventDate(start, end, EventDate.Precision.DAY, basis, new TextSpan(61, 69), rule);
    EventMention mention =
        new EventMention(
            base.documentId(),
            base.sentence(),
            base.triggerToken(),
            base.trigger(),
            base.type(),
            base.actors(),
            base.recipients(),
            status,
            date,
            base.place(),
            base.lexiconEntry(),
            base.rules());
    return evidence(mention, doc, LocalDate.of(2023, 5, 29));
  }

  @Test
  void aStatedLengthThatContainsTheBestDateGivesTheEventsExtent() {
    LocalDate may30 = LocalDate.of(2023, 5, 30);
    LocalDate may31 = LocalDate.of(2023, 5, 31);
    Evidence twoDayTrip =
        dated(
            "doc-a",
            EventStatus.PLANNED,
            may30,
            may31,
            EventDate.Basis.RELATIVE,
            "timex:weekday+duration-from");
    Evidence talksHeld =
        dated("doc-b", EventStatus.OCCURRED, may30, may30, EventDate.Basis.EXPLICIT, "timex:date");
    Evidence thisWeek =
        dated(
            "doc-c",
            EventStatus.PLANNED,
            may30.minusDays(1),
            may30.plusDays(5),
            EventDate.Basis.RELATIVE,
            "timex:week");

    EventDate fused = EventRecords.date(List.of(talksHeld, twoDayTrip, thisWeek)).orElseThrow();
    EventDate withoutLength = EventRecords.date(List.of(talksHeld, thisWeek)).orElseThrow();

    assertThat(fused.start()).isEqualTo(may30);
    assertThat(fused.end()).isEqualTo(may31);
    assertThat(withoutLength.start()).isEqualTo(may30);
    assertThat(withoutLength.end()).isEqualTo(may30);
    assertThat(withoutLength.basis()).isEqualTo(EventDate.Basis.EXPLICIT);
  }
}
