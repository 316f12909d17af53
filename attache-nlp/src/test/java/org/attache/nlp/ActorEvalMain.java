package org.attache.nlp;

import java.util.Locale;
import org.opentest4j.TestAbortedException;

/**
 * Runs the actor evaluations outside the build, for one-off measurements such as {@code full()}
 * against {@code fast()} (docs/actors.md): each argument names one, {@code spans} ({@link
 * ActorSpanEval}), {@code countries} ({@link CountryDetectionEval}) or {@code seeds} (the seed
 * annotations only). The system properties of {@link ActorEvalSupport} select the configuration, a
 * document limit and the annotation cache. An evaluation whose thresholds are skipped (another
 * configuration or a subset) still writes its figures.
 */
public final class ActorEvalMain {

  private ActorEvalMain() {}

  public static void main(String[] args) throws Exception {
    for (String name : args) {
      try {
        switch (name.toLowerCase(Locale.ROOT)) {
          case "spans" -> new ActorSpanEval().measuresActorSpansOnCameoDev();
          case "countries" -> new CountryDetectionEval().measuresCountryDetectionOnReuters();
          case "seeds" -> SeedActorsIT.annotateSeeds();
          default -> throw new IllegalArgumentException("unknown evaluation: " + name);
        }
      } catch (TestAbortedException e) {
        System.out.println(name + ": thresholds not checked: " + e.getMessage());
      }
    }
  }
}
