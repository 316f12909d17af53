package org.attache.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers that aggregate the whole store (stats, actors, dyads, briefs) kept until the store
 * changes: a read-only server computes each once; a writable one forgets them all after each
 * accepted POST. At most {@value #MAX_ENTRIES} answers are kept; beyond that the cache starts over.
 */
final class AnswerCache {
  static final int MAX_ENTRIES = 1_000;

  private final Map<String, String> answers = new ConcurrentHashMap<>();

  String get(String key, Supplier<String> compute) {
    String answer = answers.get(key);
    if (answer == null) {
      answer = compute.get();
      if (answers.size() >= MAX_ENTRIES) {
        answers.clear();
      }
      answers.put(key, answer);
    }
    return answer;
  }

  /** The store changed: every kept answer may be stale. */
  void clear() {
    answers.clear();
  }
}
