package org.attache.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventRecords;
import org.attache.event.EventStatus;
import org.attache.event.Evidence;
import org.junit.jupiter.api.Test;

class EventFuserTest {
  private static final EventFuser FUSER = new EventFuser();

  /** The Tribune's 29 May 2023 announcement: headline, lead and a later reference. */
  static List<Evidence> announcement(String document, String outlet) {
    Reports headline =
        Reports.in(document).sentence(0).from(outlet, "2023-05-29").actor(Reports.BELARUS_MINISTER);
    Reports lead =
        Reports.in(document).sentence(1).from(outlet, "2023-05-29").actor(Reports.ALEINIK);
    Reports later =
        Reports.in(document).sentence(6).from(outlet, "2023-05-29").actor(Reports.BELARUS_MINISTER);
    return List.of(
        headline
            .status(EventStatus.PLANNED)
            .stated("2023-05-30", "2023-05-30", Basis.RELATIVE, "timex:tomorrow")
            .build(),
        lead.status(EventStatus.PLANNED)
            .recipient(Reports.PAKISTAN_GOVERNMENT)
            .city("Islamabad", "PAK")
            .stated("2023-05-29", "2023-06-04", Basis.RELATIVE, "timex:this-week")
            .build(),
        later
            .status(EventStatus.PLANNED)
            .stated("2023-05-30", "2023-05-31", Basis.RELATIVE, "timex:weekday+duration-from")
            .build());
  }

  /** Another outlet's 31 May report that the talks were held in Islamabad on 30 May. */
  static Evidence heldTalks() {
    return Reports.in("belarus-31")
        .from("belarus.by", "2023-05-31")
        .actor(Reports.ALEINIK)
        .recipient(Reports.PAKISTAN)
        .city("Islamabad", "PAK")
        .stated("2023-05-30", "2023-05-30", Basis.EXPLICIT, "timex:date")
        .build();
  }

  @Test
  void headlineLeadAndLaterReferenceAreOneEvent() {
    List<FusedEvent> events = FUSER.fuse(announcement("tribune-29", "tribune.com.pk"), Map.of());

    assertThat(events).hasSize(1);
    assertThat(events.get(0).evidence()).hasSize(3);
    assertThat(events.get(0).merges())
        .hasSize(2)
        .allSatisfy(merge -> assertThat(merge.reason()).startsWith("same document"))
        .allSatisfy(merge -> assertThat(merge.score()).isGreaterThanOrEqualTo(0.55));
  }

  @Test
  void plannedAndHeldReportsOfTwoOutletsAreOneOccurredEvent() throws Exception {
    List<Evidence> evidence = new java.util.ArrayList<>(announcement("tribune-29", "tribune"));
    evidence.add(heldTalks());

    List<FusedEvent> events = FUSER.fuse(evidence, Map.of());

    assertThat(events).hasSize(1);
    FusedEvent visit = events.get(0);
    assertThat(visit.merges()).anyMatch(merge -> merge.reason().startsWith("across documents"));
    JsonNode record =
        new ObjectMapper().readTree(EventRecords.toJson(visit.id(), visit.evidence()));
    assertThat(record.get("status").asText()).isEqualTo("occurred");
    assertThat(record.at("/date/start").asText()).isEqualTo("2023-05-30");
    assertThat(record.at("/date/end").asText()).isEqualTo("2023-05-31");
    assertThat(record.get("sources").asInt()).isEqualTo(2);
  }

  @Test
  void visitsInDifferentYearsStayApart() {
    Evidence visit2024 =
        Reports.in("tribune-2024")
            .from("tribune", "2024-11-28")
            .actor(Reports.ALEINIK)
            .recipient(Reports.PAKISTAN_GOVERNMENT)
            .city("Islamabad", "PAK")
            .publicationDate()
            .build();

    assertThat(FUSER.fuse(List.of(heldTalks(), visit2024), Map.of())).hasSize(2);
  }

  /** The Tribune's "is visiting Pakistan", dated only by its publication on 29 May. */
  static Reports underWay(String published) {
    return Reports.in("tribune-visiting-" + published)
        .from("tribune", published)
        .actor(Reports.ALEINIK)
        .recipient(Reports.PAKISTAN)
        .publicationDate();
  }

  @Test
  void aVisitReportedAsUnderWayJoinsTheVisitThatStartsTheNextDay() {
    List<Evidence> evidence = new java.util.ArrayList<>(announcement("tribune-29", "tribune"));
    evidence.add(heldTalks());
    evidence.add(underWay("2023-05-29").rule(DateWindow.ONGOING).build());

    assertThat(FUSER.fuse(evidence, Map.of())).hasSize(1);
  }

  @Test
  void aVisitReportedAsHeldBeforeTheDayAnotherStartsStaysApart() {
    List<Evidence> evidence = new java.util.ArrayList<>(announcement("tribune-29", "tribune"));
    evidence.add(heldTalks());
    evidence.add(underWay("2023-05-29").build());

    assertThat(FUSER.fuse(evidence, Map.of())).hasSize(2);
  }

  @Test
  void aVisitUnderWayAYearLaterStaysApart() {
    List<Evidence> evidence = new java.util.ArrayList<>(announcement("tribune-29", "tribune"));
    evidence.add(heldTalks());
    evidence.add(underWay("2024-05-29").rule(DateWindow.ONGOING).build());

    assertThat(FUSER.fuse(evidence, Map.of())).hasSize(2);
  }

  @Test
  void swappedActorsMergeOnlyForSymmetricActs() {
    Reports belarusFirst = Reports.in("a").from("a.com", "2023-05-31");
    Reports pakistanFirst = Reports.in("b").from("b.com", "2023-05-31");
    for (Reports side : List.of(belarusFirst, pakistanFirst)) {
      side.stated("2023-05-30", "2023-05-30", Basis.EXPLICIT, "timex:date");
    }
    belarusFirst.actor(Reports.ALEINIK).recipient(Reports.PAKISTAN_GOVERNMENT);
    pakistanFirst.actor(Reports.PAKISTAN_GOVERNMENT).recipient(Reports.ALEINIK);

    List<Evidence> visits = List.of(belarusFirst.build(), pakistanFirst.build());
    List<Evidence> meetings =
        List.of(belarusFirst.code("040").build(), pakistanFirst.code("040").build());
    List<Evidence> visitAndHost =
        List.of(belarusFirst.code("042").build(), pakistanFirst.code("043").build());

    assertThat(FUSER.fuse(visits, Map.of())).hasSize(2);
    assertThat(FUSER.fuse(meetings, Map.of())).hasSize(1);
    assertThat(FUSER.fuse(visitAndHost, Map.of())).hasSize(1);
    assertThat(FUSER.fuse(meetings, Map.of()).get(0).merges().get(0).reason()).contains("swapped");
  }

  @Test
  void nearDuplicateArticlesCountAsOneSource() {
    List<Evidence> evidence = new java.util.ArrayList<>(announcement("tribune-29", "tribune"));
    evidence.addAll(announcement("copy-29", "wire-copy.example"));
    Map<String, String> originals = Map.of("copy-29", "tribune-29");

    List<FusedEvent> events = FUSER.fuse(evidence, originals);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).evidence()).hasSize(6);
    assertThat(Sources.count(events.get(0).evidence(), originals)).isEqualTo(1);
    assertThat(Sources.count(events.get(0).evidence(), Map.of())).isEqualTo(2);
    assertThat(events.get(0).merges()).allMatch(m -> m.reason().startsWith("same document"));
  }

  @Test
  void statementsAcrossDocumentsNeedDates() {
    Reports first = Reports.in("s-1").code("010").actor(Reports.ALEINIK);
    Reports second = Reports.in("s-2").code("010").actor(Reports.ALEINIK);
    List<Evidence> undated = List.of(first.build(), second.build());
    for (Reports report : List.of(first, second)) {
      report.stated("2023-05-30", "2023-05-30", Basis.EXPLICIT, "timex:date");
    }
    List<Evidence> dated = List.of(first.build(), second.build());

    assertThat(FUSER.fuse(undated, Map.of())).hasSize(2);
    assertThat(FUSER.fuse(dated, Map.of())).hasSize(1);
  }
}
