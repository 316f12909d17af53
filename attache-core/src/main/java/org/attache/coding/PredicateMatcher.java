package org.attache.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;

/**
 * Finds the lexicon's predicates in a sentence. At each token the entries for its lemma are tried,
 * most specific first, and the first whose part of speech and further words match wins. A further
 * word matches a dependent of the head with that lemma, or the preposition of one of the head's
 * relations ({@code obl:for} for "call for"). Then two clean-ups: an event noun that a multi-word
 * verb consumed is not an event of its own ("hold talks" is one event), and a support verb with an
 * entry of its own ("receive aid") gives way to the event noun it governs.
 */
final class PredicateMatcher {

  private final PredicateLexicon lexicon;

  PredicateMatcher(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<PredicateMatch> find(DependencyGraph graph) {
    List<PredicateMatch> matches = new ArrayList<>();
    for (int token = 0; token < graph.size(); token++) {
      match(graph, token).ifPresent(matches::add);
    }
    Set<Integer> consumed = new HashSet<>();
    matches.forEach(m -> consumed.addAll(m.consumed()));
    Set<Integer> yielding = new HashSet<>();
    for (PredicateMatch match : matches) {
      if (match.entry().partOfSpeech() == LexiconEntry.PartOfSpeech.NOUN
          && !consumed.contains(match.head())) {
        Dependency up = graph.parent(match.head(), List.of("obj", "nsubj:pass"));
        if (up != null && lexicon.support(graph.lemma(up.governor())).isPresent()) {
          yielding.add(up.governor());
        }
      }
    }
    List<PredicateMatch> kept = new ArrayList<>();
    for (PredicateMatch match : matches) {
      boolean claimed = consumed.contains(match.head());
      boolean yields = yielding.contains(match.head()) && match.consumed().isEmpty();
      if (!claimed && !yields) {
        kept.add(match);
      }
    }
    return kept;
  }

  private Optional<PredicateMatch> match(DependencyGraph graph, int token) {
    Optional<PredicateMatch> participle = participle(graph, token);
    if (participle.isPresent()) {
      return participle;
    }
    String tag = graph.token(token).pos();
    for (LexiconEntry entry : lexicon.entries(graph.lemma(token))) {
      if (!entry.partOfSpeech().accepts(tag)) {
        continue;
      }
      List<Integer> consumed = new ArrayList<>();
      boolean all = true;
      for (List<String> word : entry.dependents()) {
        Optional<Integer> found = dependent(graph, token, word, consumed);
        if (found.isEmpty()) {
          all = false;
          break;
        }
        if (found.get() >= 0) {
          consumed.add(found.get());
        }
      }
      if (all) {
        return Optional.of(new PredicateMatch(entry, token, consumed));
      }
    }
    return Optional.empty();
  }

  /**
   * A verb's participle tagged as an adjective modifying a noun ("Russian invaded Ukraine" parsed
   * as a noun phrase): the single-word verb entry of its stem ("invaded" → "invade").
   */
  private Optional<PredicateMatch> participle(DependencyGraph graph, int token) {
    String lemma = graph.lemma(token);
    if (!"JJ".equals(graph.token(token).pos())
        || !lemma.endsWith("ed")
        || graph.parent(token, List.of("amod")) == null) {
      return Optional.empty();
    }
    for (String stem :
        List.of(lemma.substring(0, lemma.length() - 1), lemma.substring(0, lemma.length() - 2))) {
      for (LexiconEntry entry : lexicon.entries(stem)) {
        if (entry.partOfSpeech() == LexiconEntry.PartOfSpeech.VERB
            && entry.dependents().isEmpty()) {
          return Optional.of(new PredicateMatch(entry, token, List.of()));
        }
      }
    }
    return Optional.empty();
  }

  /** The dependent matching a pattern word, -1 when a relation's preposition matched, or empty. */
  private static Optional<Integer> dependent(
      DependencyGraph graph, int head, List<String> lemmas, List<Integer> taken) {
    for (Dependency arc : graph.children(head)) {
      int dependent = arc.dependent();
      if (!taken.contains(dependent) && lemmas.contains(graph.lemma(dependent))) {
        return Optional.of(dependent);
      }
    }
    for (Dependency arc : graph.children(head)) {
      String relation = arc.relation();
      int colon = relation.indexOf(':');
      if (colon > 0 && lemmas.contains(relation.substring(colon + 1))) {
        return Optional.of(-1);
      }
    }
    return Optional.empty();
  }
}
