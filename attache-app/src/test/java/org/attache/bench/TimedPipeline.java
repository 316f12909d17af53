package org.attache.bench;

import java.util.Arrays;
import org.attache.app.StandardComponents;
import org.attache.model.SourceItem;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.Outcome;
import org.attache.pipeline.StepTimer;

/**
 * The standard pipeline with each step timed through {@link StepTimer}: decode, extract, date,
 * language, fingerprint, and the rest of {@code process} (metadata, ids, warnings) as "other". It
 * is the production code path, not a copy. Used by the benchmark on one thread; not thread-safe.
 */
final class TimedPipeline implements StepTimer {
  static final String[] STAGES = {"decode", "extract", "date", "language", "fingerprint", "other"};

  private final DocumentPipeline pipeline = StandardComponents.pipeline().withTimer(this);

  /** Nanoseconds spent per stage, in the order of {@link #STAGES}. */
  final long[] nanos = new long[STAGES.length];

  long accepted;
  long rejected;

  void reset() {
    Arrays.fill(nanos, 0L);
    accepted = 0;
    rejected = 0;
  }

  @Override
  public void record(Step step, long stepNanos) {
    nanos[step.ordinal()] += stepNanos;
  }

  void process(SourceItem item) {
    long before = Arrays.stream(nanos, 0, STAGES.length - 1).sum();
    long start = System.nanoTime();
    Outcome outcome = pipeline.process(item);
    long total = System.nanoTime() - start;
    long stepped = Arrays.stream(nanos, 0, STAGES.length - 1).sum() - before;
    nanos[STAGES.length - 1] += Math.max(0, total - stepped);
    if (outcome instanceof Outcome.Accepted) {
      accepted++;
    } else {
      rejected++;
    }
  }
}
