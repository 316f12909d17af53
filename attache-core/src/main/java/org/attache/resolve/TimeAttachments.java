package org.attache.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Finds the time expressions and durations attached to a trigger or its clause by walking the
 * sentence's dependency graph outwards from the trigger: down through its dependents, and up from a
 * nominal trigger ("visit" in "returned home on Wednesday after a three-day visit") to the verb of
 * its clause, or from a verb along "xcomp" ("is set to arrive"). The walk never enters another
 * clause (ccomp, advcl, parataxis, conj, relative clauses), so a date of another event in the same
 * sentence is not taken — except an aspectual relative clause of the trigger ("a visit that ended
 * Wednesday"), which dates the trigger itself. Results come closest first.
 */
final class TimeAttachments {

  /** A time expression or duration reached from the trigger, and how. */
  record Found(TimeCandidate candidate, int cost, String relation, boolean ending) {}

  /**
   * A token reached by the walk. {@code reach} says what its dependents may give: everything (the
   * trigger, the verbs climbed to, an aspectual relative clause), dates and durations but no
   * further walk (an adjunct such as "in the period 2025-2027"), or only a duration (an argument:
   * the date of "the agreement of 1994" dates the agreement, not the signing).
   */
  private record Step(int token, int cost, boolean climbing, boolean ending, Reach reach) {}

  private enum Reach {
    ALL,
    ADJUNCT,
    ARGUMENT
  }

  private static final int MAX_COST = 4;
  private static final Set<String> CLAUSES =
      Set.of("ccomp", "csubj", "advcl", "parataxis", "conj", "acl", "xcomp", "list", "appos");
  private static final Set<String> CLIMB =
      Set.of("obj", "iobj", "obl", "nmod", "nsubj", "compound", "xcomp", "dep");
  private static final Set<String> NOT_THE_DATE =
      Set.of("before", "after", "since", "until", "till", "by", "prior_to", "ago");
  private static final Set<String> ENDINGS = Set.of("end", "conclude", "wrap", "close", "finish");
  private static final Set<String> BEGINNINGS = Set.of("begin", "start", "open", "kick");

  private TimeAttachments() {}

  /** The date and duration candidates attached to {@code trigger}, closest first. */
  static List<Found> find(Sentence sentence, int trigger, List<TimeCandidate> candidates) {
    int[] owner = new int[sentence.tokens().size()];
    java.util.Arrays.fill(owner, -1);
    for (int i = 0; i < candidates.size(); i++) {
      for (int t = candidates.get(i).firstToken(); t <= candidates.get(i).lastToken(); t++) {
        owner[t] = i;
      }
    }
    List<Found> found = new ArrayList<>();
    boolean[] seen = new boolean[owner.length];
    boolean[] taken = new boolean[candidates.size()];
    Deque<Step> queue = new ArrayDeque<>();
    DependencyGraph graph = new DependencyGraph(sentence);
    seen[trigger] = true;
    queue.add(new Step(trigger, 0, true, false, Reach.ALL));
    if (owner[trigger] >= 0) {
      found.add(new Found(candidates.get(owner[trigger]), 0, "self", false));
      taken[owner[trigger]] = true;
    }
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      if (step.cost() >= MAX_COST) {
        continue;
      }
      for (Dependency arc : graph.children(step.token())) {
        int child = arc.dependent();
        String relation = arc.relation();
        if (seen[child] || relation.equals("punct") || relation.equals("ref")) {
          continue;
        }
        if (owner[child] >= 0) {
          TimeCandidate candidate = candidates.get(owner[child]);
          boolean wanted =
              switch (step.reach()) {
                case ALL -> true;
                case ADJUNCT -> !candidate.duration();
                case ARGUMENT -> candidate.duration();
              };
          if (wanted && !taken[owner[child]] && temporal(relation)) {
            seen[child] = true;
            taken[owner[child]] = true;
            found.add(new Found(candidate, step.cost() + 1, relation, step.ending()));
          }
          continue;
        }
        if (step.reach() != Reach.ALL) {
          continue;
        }
        seen[child] = true;
        String lemma = lemma(sentence.tokens().get(child));
        boolean aspectual =
            step.token() == trigger
                && relation.startsWith("acl")
                && (ENDINGS.contains(lemma) || BEGINNINGS.contains(lemma));
        if (CLAUSES.contains(base(relation)) && !aspectual) {
          continue;
        }
        boolean ending = step.ending() || (aspectual && ENDINGS.contains(lemma));
        Reach reach =
            aspectual ? Reach.ALL : base(relation).equals("obl") ? Reach.ADJUNCT : Reach.ARGUMENT;
        queue.add(new Step(child, step.cost() + 1, false, ending, reach));
      }
      if (step.climbing()) {
        climb(sentence, graph, step, queue, seen);
      }
    }
    found.sort(
        Comparator.comparingInt(Found::cost)
            .thenComparingInt(f -> Math.abs(f.candidate().firstToken() - trigger)));
    return found;
  }

  /** One step up: from a noun to its governor, from a verb only along xcomp. */
  private static void climb(
      Sentence sentence, DependencyGraph graph, Step step, Deque<Step> queue, boolean[] seen) {
    Dependency arc = graph.headArc(step.token());
    if (arc == null || seen[arc.governor()]) {
      return;
    }
    String base = base(arc.relation());
    String pos = sentence.tokens().get(step.token()).pos();
    boolean verb = pos != null && pos.startsWith("VB");
    // A verb the tagger took for an adjective ("since Russian invaded Ukraine" read as a noun
    // phrase) hangs from a noun as amod; from the trigger it climbs like a noun.
    boolean mistagged = base.equals("amod") && step.cost() == 0;
    if (!(CLIMB.contains(base) || mistagged) || (verb && !base.equals("xcomp"))) {
      return;
    }
    seen[arc.governor()] = true;
    boolean after = arc.relation().endsWith(":after");
    queue.add(new Step(arc.governor(), step.cost() + 1, true, step.ending() || after, Reach.ALL));
  }

  /** Whether a time expression entered through {@code relation} dates its governor. */
  private static boolean temporal(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 || !NOT_THE_DATE.contains(relation.substring(colon + 1));
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  private static String lemma(Token token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }
}
