package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A document's time limit counts its analysis, not the wait for a free analysis thread (a task
 * hands several documents to the threads at once), and an analysis over its limit is interrupted.
 */
class ExecutorsTest {
  private static final JobOptions ONE_SECOND =
      JobOptions.parse("--input", "in.jsonl", "--output", "out", "--document-timeout", "1");

  private final ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    thread.shutdownNow();
  }

  @Test
  void waitingForAThreadDoesNotCountAgainstTheLimit() {
    Executors.Running slow =
        new Executors.Running(
            () -> {
              Thread.sleep(1_600);
              return null;
            },
            "slow");
    Executors.Running quick = new Executors.Running(() -> null, "quick");
    thread.execute(slow);
    thread.execute(quick);

    assertThat(Executors.await(ONE_SECOND, quick)).isNull();
    assertThat(slow.isDone()).isTrue();
  }

  @Test
  void anAnalysisOverItsLimitIsInterruptedAndReported() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Executors.Running stuck =
        new Executors.Running(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
              return null;
            },
            "stuck");
    thread.execute(stuck);

    long began = System.nanoTime();
    assertThatThrownBy(() -> Executors.await(ONE_SECOND, stuck))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("analysis of stuck took over 1 s");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isLessThan(10_000);
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }
}
