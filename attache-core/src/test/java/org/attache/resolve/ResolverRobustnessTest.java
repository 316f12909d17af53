package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotation;
import org.attache.event.EventPlace;
import org.junit.jupiter.api.Test;

/** Odd input never crashes the geocoder or the resolver, and threads share them safely. */
class ResolverRobustnessTest {
  private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.bundled();

  @Test
  void oddNamesResolveToNothingOrSomethingButNeverThrow() {
    for (String name :
        List.of("", "   ", "-", "'", "the", "The The", "日本", "x".repeat(10_000), "St.", "?!")) {
      assertThat(Geocoder.bundled().resolve(name, GeoContext.NONE)).isNotNull();
    }
    assertThat(Geocoder.bundled().context(List.of("", "the", "日本"), null).clues()).isEmpty();
  }

  @Test
  void sentencesWithoutArcsOrEntitiesGiveNoPlace() {
    Annotation bare = ParsedText.of().sentence("in/IN Minsk/NNP they/PRP met/VBD").annotation();
    for (int token = 0; token < 4; token++) {
      assertThat(RESOLVER.place(bare, 0, token, token % 2 == 0)).isEmpty();
    }
  }

  @Test
  void parallelCallsAgree() throws Exception {
    Annotation annotation =
        ParsedText.of()
            .sentence("Pakistan/NNP/LOCATION ~'s/POS government/NN responded/VBD", "3>2:nsubj")
            .sentence(
                "Protesters/NNS gathered/VBD in/IN Hyderabad/NNP/LOCATION",
                "1>0:nsubj",
                "1>3:obl:in")
            .annotation();
    Optional<EventPlace> expected = RESOLVER.place(annotation, 1, 1, false);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<EventPlace>>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(64, () -> RESOLVER.place(annotation, 1, 1, false)));
      for (Future<Optional<EventPlace>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected.orElseThrow().country()).isEqualTo("PAK");
  }
}
