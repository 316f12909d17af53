package org.attache.pipeline;

/**
 * Receives how long each step of {@link DocumentPipeline#process} took, for benchmarks and
 * profiling: the same code path as production, measured, instead of a copy that drifts. Called on
 * the thread that processes the item; an implementation shared by threads must be thread-safe.
 */
@FunctionalInterface
public interface StepTimer {
  /** The timed steps, in pipeline order. */
  enum Step {
    DECODE,
    EXTRACT,
    DATE,
    LANGUAGE,
    FINGERPRINT
  }

  void record(Step step, long nanos);

  /** Records nothing; the pipeline's default. */
  StepTimer NONE = (step, nanos) -> {};
}
