package org.attache.coding;

import java.util.List;

/**
 * A lexicon entry found at a token: the head token and the tokens its further pattern words matched
 * ("talks" in "hold talks"), which no other match may claim.
 */
record PredicateMatch(LexiconEntry entry, int head, List<Integer> consumed) {
  PredicateMatch {
    consumed = List.copyOf(consumed);
  }

  int first() {
    return consumed.stream().mapToInt(Integer::intValue).reduce(head, Math::min);
  }

  int last() {
    return consumed.stream().mapToInt(Integer::intValue).reduce(head, Math::max);
  }
}
