package org.attache.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers that aggregate the whole store (stats, actors, dyads, briefs) kept until the store
 * changes: a read-only server computes each once; a writable one forgets them all after each
 * accepted POST. Each answer is computed by one caller while concurrent callers for the same key
 * wait for it, so a burst of first requests (or the start-up warm-up) does the work once. At most
 * {@value #MAX_ENTRIES} answers are kept; beyond that the cache starts over. A failed computation
 * is not kept.
 */
final class AnswerCache {
  static final int MAX_ENTRIES = 1_000;

  private final Map<String, CompletableFuture<String>> answers = new ConcurrentHashMap<>();

  String get(String key, Supplier<String> compute) {
    CompletableFuture<String> existing = answers.get(key);
    if (existing == null) {
      if (answers.size() >= MAX_ENTRIES) {
        answers.clear();
      }
      CompletableFuture<String> mine = new CompletableFuture<>();
      existing = answers.putIfAbsent(key, mine);
      if (existing == null) {
        try {
          mine.complete(compute.get());
        } catch (RuntimeException e) {
          answers.remove(key, mine);
          mine.completeExceptionally(e);
          throw e;
        }
        return mine.join();
      }
    }
    try {
      return existing.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The store changed: every kept answer may be stale. */
  void clear() {
    answers.clear();
  }
}
