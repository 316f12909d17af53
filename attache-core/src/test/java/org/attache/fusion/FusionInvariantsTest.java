package org.attache.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventIds;
import org.attache.event.Evidence;
import org.junit.jupiter.api.Test;

class FusionInvariantsTest {
  private static final EventFuser FUSER = new EventFuser();

  /**
   * Two visits, a one-sided report, a meeting, an unrelated act and three arrests by unresolved
   * actors, two of one player matched by the names in their sentences.
   */
  private static List<Evidence> mixed() {
    List<Evidence> evidence = new ArrayList<>(EventFuserTest.announcement("t-29", "tribune"));
    evidence.add(EventFuserTest.heldTalks());
    evidence.addAll(EventFuserTest.announcement("t-2024", "tribune-2024"));
    evidence.replaceAll(
        item ->
            item.mention().documentId().equals("t-2024")
                ? Reports.in("t-2024")
                    .sentence(item.mention().sentence())
                    .from("tribune", "2024-11-28")
                    .actor(Reports.ALEINIK)
                    .publicationDate()
                    .build()
                : item);
    evidence.add(
        Reports.in("m-1").code("190").from("m.com", "2023-05-30").actor(Reports.PAKISTAN).build());
    for (String document : List.of("n-1", "n-2", "n-3")) {
      evidence.add(
          Reports.in(document)
              .code("173")
              .text(
                  document.equals("n-3")
                      ? "Denver police held Broncos tackle Jamal Williams"
                      : "San Diego police arrested Chargers receiver Vincent Jackson")
              .build());
    }
    return evidence;
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<FusedEvent> expected = FUSER.fuse(mixed(), Map.of());
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<Evidence> shuffled = new ArrayList<>(mixed());
      Collections.shuffle(shuffled, random);
      assertThat(FUSER.fuse(shuffled, Map.of())).isEqualTo(expected);
    }
    assertThat(expected).hasSizeBetween(5, 7);
  }

  @Test
  void fusingIncrementallyEqualsFusingAtOnce() {
    List<Evidence> all = mixed();
    List<FusedEvent> batch = FUSER.fuse(all, Map.of());
    for (int split = 0; split <= all.size(); split++) {
      List<FusedEvent> first = FUSER.fuse(all.subList(0, split), Map.of());
      List<FusedEvent> both = FUSER.fuse(first, all.subList(split, all.size()), Map.of());
      assertThat(both).as("split at %d", split).isEqualTo(batch);
    }
  }

  @Test
  void fusingEachComponentOfTheBlockGraphEqualsFusingAtOnce() {
    List<Evidence> all = mixed();
    Map<String, List<Evidence>> components = new java.util.TreeMap<>();
    Map<String, String> keyToComponent = new java.util.HashMap<>();
    for (Evidence item : all) {
      String component =
          EventFuser.blocks(item).stream()
              .map(keyToComponent::get)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(EventIds.mention(item.mention()));
      List<Evidence> members = components.computeIfAbsent(component, c -> new ArrayList<>());
      members.add(item);
      for (String key : EventFuser.blocks(item)) {
        String previous = keyToComponent.put(key, component);
        if (previous != null && !previous.equals(component)) {
          List<Evidence> moved = components.remove(previous);
          members.addAll(moved);
          keyToComponent.replaceAll((k, v) -> v.equals(previous) ? component : v);
        }
      }
    }
    List<FusedEvent> pieces = new ArrayList<>();
    components.values().forEach(members -> pieces.addAll(FUSER.fuse(members, Map.of())));
    pieces.sort(java.util.Comparator.comparing(FusedEvent::id));

    assertThat(components).hasSizeGreaterThan(1);
    assertThat(pieces).isEqualTo(FUSER.fuse(all, Map.of()));
  }

  @Test
  void laterArticleAttachesToTheExistingEvent() {
    List<FusedEvent> before = FUSER.fuse(EventFuserTest.announcement("t-29", "t"), Map.of());
    List<FusedEvent> after = FUSER.fuse(before, List.of(EventFuserTest.heldTalks()), Map.of());

    assertThat(after).hasSize(1);
    assertThat(after.get(0).id()).isEqualTo(EventIds.event(mentionIds(after.get(0))));
    assertThat(after.get(0).evidence()).hasSize(4);
  }

  @Test
  void aLinkCompatibleWithTwoIncompatibleReportsDoesNotChainThem() {
    Reports aleinik = Reports.in("a").from("a", "2023-05-30").actor(Reports.ALEINIK);
    Reports minister = Reports.in("b").from("b", "2023-05-30").actor(Reports.BELARUS_MINISTER);
    Reports president = Reports.in("c").from("c", "2023-05-30").actor(Reports.LUKASHENKO);
    List<Evidence> evidence = new ArrayList<>();
    for (Reports report : List.of(aleinik, minister, president)) {
      evidence.add(
          report
              .recipient(Reports.PAKISTAN_GOVERNMENT)
              .stated("2023-05-30", "2023-05-30", Basis.EXPLICIT, "timex:date")
              .build());
    }

    List<FusedEvent> events = FUSER.fuse(evidence, Map.of());

    assertThat(events).hasSize(2);
    assertThat(events)
        .noneMatch(
            event ->
                event.evidence().stream()
                        .map(item -> item.mention().documentId())
                        .filter(doc -> doc.equals("a") || doc.equals("c"))
                        .count()
                    == 2);
  }

  @Test
  void aMonthPrecisionReportJoinsOnlyAUniqueCandidate() {
    Evidence month =
        Reports.in("m")
            .from("m", "2023-07-01")
            .actor(Reports.ALEINIK)
            .month("2023-05-01", "2023-05-31")
            .build();
    Evidence one = EventFuserTest.heldTalks();
    Evidence other =
        Reports.in("other")
            .from("o", "2023-05-12")
            .actor(Reports.ALEINIK)
            .recipient(Reports.PAKISTAN_GOVERNMENT)
            .stated("2023-05-10", "2023-05-10", Basis.EXPLICIT, "timex:date")
            .build();

    assertThat(FUSER.fuse(List.of(month, one), Map.of())).hasSize(1);
    List<FusedEvent> ambiguous = FUSER.fuse(List.of(month, one, other), Map.of());
    assertThat(ambiguous).hasSize(3);
    assertThat(FUSER.fuse(List.of(month, one), Map.of()).get(0).merges().get(0).reason())
        .startsWith("unique candidate");
  }

  private static List<String> mentionIds(FusedEvent event) {
    return event.evidence().stream().map(item -> EventIds.mention(item.mention())).toList();
  }
}
