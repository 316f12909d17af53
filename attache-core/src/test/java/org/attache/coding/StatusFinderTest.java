package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.annotate.DependencyGraph;
import org.attache.event.EventStatus;
import org.junit.jupiter.api.Test;

/** The status of a clause, and the rule marking a present-progressive report as under way. */
class StatusFinderTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 29);

  /** The status of "subject auxiliary verb object .", the verb being the third token. */
  private static StatusFinder.Found status(String text, String lemmas, String tags) {
    ParsedSentence parsed =
        new ParsedSentence(text)
            .lemmas(lemmas)
            .tags(tags)
            .arcs("nsubj 3 1", "aux 3 2", "root 0 3", "obj 3 4", "punct 3 5");
    DependencyGraph graph = new DependencyGraph(parsed.annotation().sentences().get(0));
    return StatusFinder.find(graph, 2, PUBLISHED);
  }

  @Test
  void aPresentProgressiveIsOccurredAndUnderWay() {
    StatusFinder.Found found =
        status(
            "Aleinik is visiting Pakistan .", "Aleinik be visit Pakistan .", "NNP VBZ VBG NNP .");

    assertThat(found.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(found.rule()).isEqualTo(StatusFinder.ONGOING);
  }

  @Test
  void aPastProgressiveIsNotUnderWay() {
    StatusFinder.Found found =
        status(
            "Aleinik was visiting Pakistan .", "Aleinik be visit Pakistan .", "NNP VBD VBG NNP .");

    assertThat(found.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(found.rule()).isNull();
  }

  @Test
  void aFutureProgressiveIsPlanned() {
    ParsedSentence parsed =
        new ParsedSentence("Aleinik will be visiting Pakistan .")
            .lemmas("Aleinik will be visit Pakistan .")
            .tags("NNP MD VB VBG NNP .")
            .arcs("nsubj 4 1", "aux 4 2", "aux 4 3", "root 0 4", "obj 4 5", "punct 4 6");
    DependencyGraph graph = new DependencyGraph(parsed.annotation().sentences().get(0));

    StatusFinder.Found found = StatusFinder.find(graph, 3, PUBLISHED);

    assertThat(found.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(found.rule()).isEqualTo("status:future:will");
  }

  @Test
  void aParticipleModifyingANounIsUnderWay() {
    ParsedSentence parsed =
        new ParsedSentence("Its minister visiting Pakistan may raise eyebrows .")
            .lemmas("its minister visit Pakistan may raise eyebrow .")
            .tags("PRP$ NN VBG NNP MD VB NNS .")
            .arcs(
                "nmod:poss 2 1",
                "nsubj 6 2",
                "acl 2 3",
                "obj 3 4",
                "aux 6 5",
                "root 0 6",
                "obj 6 7",
                "punct 6 8");
    DependencyGraph graph = new DependencyGraph(parsed.annotation().sentences().get(0));

    assertThat(StatusFinder.find(graph, 2, PUBLISHED).rule()).isEqualTo(StatusFinder.ONGOING);
  }
}
