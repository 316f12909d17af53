package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Concurrent first requests compute an answer once; failures and clearing are not kept. */
class AnswerCacheTest {
  @Test
  void concurrentCallersShareOneComputation() throws Exception {
    AnswerCache cache = new AnswerCache();
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            pool.submit(
                () ->
                    cache.get(
                        "stats",
                        () -> {
                          computed.incrementAndGet();
                          await(release);
                          return "{\"events\":5}";
                        })));
      }
      Thread.sleep(100);
      release.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("{\"events\":5}");
      }
      assertThat(computed).hasValue(1);
      cache.clear();
      assertThat(cache.get("stats", () -> "{\"events\":6}")).isEqualTo("{\"events\":6}");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureIsNotKept() {
    AnswerCache cache = new AnswerCache();
    assertThatThrownBy(
            () ->
                cache.get(
                    "brief",
                    () -> {
                      throw new IllegalStateException("store closed");
                    }))
        .hasMessage("store closed");
    assertThat(cache.get("brief", () -> "{}")).isEqualTo("{}");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
