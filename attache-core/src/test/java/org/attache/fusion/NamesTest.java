package org.attache.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.attache.event.Evidence;
import org.junit.jupiter.api.Test;

/** Names in a report's sentence, and fusion of reports whose actors resolved to no country. */
class NamesTest {
  private static final EventFuser FUSER = new EventFuser();

  private static SortedSet<String> names(String sentence) {
    return Names.of(Reports.in("d").text(sentence).build());
  }

  private static Evidence arrest(String document, String sentence) {
    return Reports.in(document).code("173").text(sentence).build();
  }

  @Test
  void runsOfCapitalisedWordsAreNamesButNotOpeningsOrCalendarWords() {
    assertThat(names("Lindsay Lohan checks into Betty Ford Center on Friday"))
        .containsExactly("betty ford center", "lindsay lohan");
    assertThat(names("Police say the driver of a Toyota Camry fled in March"))
        .containsExactly("toyota camry");
    assertThat(names("The Sixers fired Cheeks , the team said"))
        .containsExactly("cheeks", "sixers");
  }

  @Test
  void aNameWithinAnotherIsShared() {
    assertThat(Names.shared(names("Star Lindsay Lohan rests"), names("Star Lohan rests")))
        .isEqualTo(1);
    assertThat(names("Star Betty Ford Center")).isNotEmpty();
    assertThat(Names.shared(names("at Betty Ford Center"), names("at Promises Treatment Center")))
        .isZero();
  }

  @Test
  void reportsOfUnknownActorsMergeOnTwoSharedNamesAndTheSameTrigger() {
    Evidence first =
        arrest("a", "Chargers linebacker Shawne Merriman was arrested by San Diego police");
    Evidence second = arrest("b", "San Diego police arrested Merriman of the Chargers on Sunday");

    List<FusedEvent> events = FUSER.fuse(List.of(first, second), Map.of());

    assertThat(events).hasSize(1);
    assertThat(events.get(0).merges().get(0).reason()).contains("names shared");
  }

  @Test
  void oneSharedNameAloneDoesNotMerge() {
    Evidence first = arrest("a", "Chargers linebacker Jackson was arrested");
    Evidence second = arrest("b", "Chargers tackle Williams was arrested");

    assertThat(FUSER.fuse(List.of(first, second), Map.of())).hasSize(2);
  }

  @Test
  void reportsNamingNothingInCommonAreIncompatible() {
    Evidence lohan = arrest("a", "Actress Lindsay Lohan was arrested in Beverly Hills");
    Evidence reid = arrest("b", "Actress Tara Reid was arrested in Malibu");

    assertThat(PairScore.compatible(report(lohan), report(reid))).isFalse();
    assertThat(EventFuser.blocks(lohan)).contains("17/~lohan", "17/~hills");
  }

  private static Report report(Evidence evidence) {
    return Report.of(evidence, Map.of());
  }
}
