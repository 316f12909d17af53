package org.attache.coding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;
import org.attache.event.EventStatus;

/**
 * Tells a report's status from its clause: negated ("not", "never", or governed by "refused to",
 * "failed to", "denied that"), hypothetical ("may", "might", "could", "would", "should", "if"),
 * planned ("will", "is set to", "plans to", "is expected to", a bare "to arrive" headline, a date
 * after the publication date attached to the clause), otherwise occurred. A nominal event takes the
 * status of the verb it hangs from. The clause is followed up through control verbs ("agreed to
 * expand", "refused to sign") but not out of reported speech: "said that X will visit" is planned
 * because of "will", not because of "said". Negation outranks hypothesis, which outranks plan. An
 * occurred report in the present progressive ("is visiting") is marked {@code status:ongoing}: the
 * event is under way or imminent at publication, so it may go on after that day (fusion widens its
 * publication-date window accordingly).
 */
final class StatusFinder {

  private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no");
  private static final Set<String> HYPOTHESIS =
      Set.of("may", "might", "could", "would", "should", "can");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> NEGATING =
      Set.of("refuse", "decline", "fail", "deny", "resist", "avoid", "cancel", "reject", "stop");
  private static final Set<String> PLANNING =
      Set.of(
          "plan",
          "set",
          "expect",
          "schedule",
          "intend",
          "prepare",
          "aim",
          "due",
          "hope",
          "want",
          "seek",
          "propose",
          "decide",
          "vow",
          "pledge",
          "promise",
          "slate",
          "go",
          "wish",
          "agree",
          "try",
          "offer",
          "threaten",
          "consider",
          "likely");
  private static final Set<String> CONDITION = Set.of("if", "unless", "whether");
  private static final int MAX_STEPS = 4;

  private StatusFinder() {}

  /** The rule of an occurred report in the present progressive. */
  static final String ONGOING = "status:ongoing";

  /** The status, and the rule that decided it (null for plain occurred). */
  record Found(EventStatus status, String rule) {}

  static Found find(DependencyGraph graph, int head, LocalDate published) {
    int clause = clauseOf(graph, head);
    Found best = new Found(EventStatus.OCCURRED, null);
    int current = clause;
    for (int step = 0; step < MAX_STEPS; step++) {
      best = stronger(best, own(graph, current, published));
      Dependency up = graph.parent(current, List.of("xcomp", "ccomp", "advcl:*", "csubj"));
      if (up == null) {
        if (step == 0 && isBareInfinitive(graph, current)) {
          best = stronger(best, new Found(EventStatus.PLANNED, "status:headline-infinitive"));
        }
        break;
      }
      String governor = graph.lemma(up.governor());
      if (DependencyGraph.is(up, "xcomp")) {
        if (NEGATING.contains(governor)) {
          best = stronger(best, new Found(EventStatus.NEGATED, "status:control:" + governor));
        } else if (PLANNING.contains(governor)) {
          best = stronger(best, new Found(EventStatus.PLANNED, "status:control:" + governor));
        }
        current = up.governor();
      } else {
        if (DependencyGraph.is(up, "ccomp") && governor.equals("deny")) {
          best = stronger(best, new Found(EventStatus.NEGATED, "status:denied"));
        }
        break;
      }
    }
    if (best.status() == EventStatus.OCCURRED && isPresentProgressive(graph, clause)) {
      return new Found(EventStatus.OCCURRED, ONGOING);
    }
    return best;
  }

  /**
   * A verb in "-ing" with a present-tense "be" as auxiliary ("is visiting", "are holding"), or
   * without auxiliary modifying a noun, as a reduced "who is visiting" ("its minister visiting
   * Pakistan").
   */
  private static boolean isPresentProgressive(DependencyGraph graph, int clause) {
    if (!"VBG".equals(graph.token(clause).pos())) {
      return false;
    }
    if (graph.children(clause, "aux").isEmpty() && graph.parent(clause, List.of("acl")) != null) {
      return true;
    }
    return graph.children(clause, "aux").stream()
        .anyMatch(
            t ->
                graph.lemma(t).equals("be")
                    && Set.of("VBZ", "VBP").contains(String.valueOf(graph.token(t).pos())));
  }

  /** The verb a nominal event hangs from, or the head itself. */
  private static int clauseOf(DependencyGraph graph, int head) {
    if (graph.token(head).pos() != null && graph.token(head).pos().startsWith("NN")) {
      Dependency up = graph.parent(head, List.of("obj", "nsubj", "nsubj:pass", "obl:*"));
      if (up != null
          && graph.token(up.governor()).pos() != null
          && graph.token(up.governor()).pos().startsWith("VB")) {
        return up.governor();
      }
    }
    return head;
  }

  private static Found own(DependencyGraph graph, int clause, LocalDate published) {
    Found found = new Found(EventStatus.OCCURRED, null);
    for (Dependency arc : graph.children(clause)) {
      String lemma = graph.lemma(arc.dependent());
      if ((DependencyGraph.is(arc, "advmod") || DependencyGraph.is(arc, "det"))
          && NEGATION.contains(lemma)) {
        found = stronger(found, new Found(EventStatus.NEGATED, "status:negation:" + lemma));
      } else if (DependencyGraph.is(arc, "aux") && HYPOTHESIS.contains(lemma)) {
        found = stronger(found, new Found(EventStatus.HYPOTHETICAL, "status:modal:" + lemma));
      } else if (DependencyGraph.is(arc, "aux") && FUTURE.contains(lemma)) {
        found = stronger(found, new Found(EventStatus.PLANNED, "status:future:" + lemma));
      } else if (DependencyGraph.is(arc, "mark") && CONDITION.contains(lemma)) {
        found = stronger(found, new Found(EventStatus.HYPOTHETICAL, "status:condition:" + lemma));
      } else if (published != null && isLater(graph, arc.dependent(), published)) {
        found = stronger(found, new Found(EventStatus.PLANNED, "status:future-date"));
      }
    }
    return found;
  }

  /** A "to"-infinitive that governs nothing above it ("Belarus FM to arrive …"). */
  private static boolean isBareInfinitive(DependencyGraph graph, int clause) {
    boolean to = graph.children(clause, "mark").stream().anyMatch(t -> graph.lemma(t).equals("to"));
    boolean subject = !graph.children(clause, "nsubj").isEmpty();
    return to && (graph.isRoot(clause) || !subject);
  }

  /** Whether a time expression covering the token dates a day after the publication date. */
  private static boolean isLater(DependencyGraph graph, int index, LocalDate published) {
    Token token = graph.token(index);
    for (TimeExpression time : graph.sentence().times()) {
      if (time.start() <= token.start() && token.end() <= time.end() && time.value() != null) {
        try {
          String value = time.value();
          if (value.length() >= 10 && LocalDate.parse(value.substring(0, 10)).isAfter(published)) {
            return true;
          }
        } catch (DateTimeParseException e) {
          // Not a calendar day (a week, a season, a duration): says nothing about the future.
          continue;
        }
      }
    }
    return false;
  }

  private static Found stronger(Found a, Found b) {
    return rank(b.status()) > rank(a.status()) ? b : a;
  }

  private static int rank(EventStatus status) {
    return switch (status) {
      case OCCURRED -> 0;
      case PLANNED -> 1;
      case HYPOTHETICAL -> 2;
      case NEGATED -> 3;
    };
  }
}
