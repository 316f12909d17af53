package org.attache.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Which way a clause points in time, from its verb: "will", "shall", "'ll" or an intention ("is set
 * to", "plans to", "is due to", "is expected to") point ahead; a past tense ("visited", "had
 * visited", "was received") points back; anything else is left to the nearest reading. Used to
 * place a bare weekday or month when the report's status does not say.
 */
public final class ClauseTense {

  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> INTENTIONS =
      Set.of("set", "plan", "expect", "due", "schedule", "intend", "going", "hope", "prepare");

  private ClauseTense() {}

  /** The direction of the clause that governs {@code token} of {@code sentence}. */
  public static Direction of(Sentence sentence, int token) {
    DependencyGraph graph = new DependencyGraph(sentence);
    int verb = graph.clauseVerb(token);
    if (verb < 0) {
      return Direction.NEAREST;
    }
    List<Token> tokens = sentence.tokens();
    for (int current = verb, depth = 0; current >= 0 && depth < 3; depth++) {
      for (Dependency arc : sentence.dependencies()) {
        if (arc.governor() == current && arc.relation().startsWith("aux")) {
          String word = tokens.get(arc.dependent()).word().toLowerCase(Locale.ROOT);
          if (FUTURE_AUXILIARIES.contains(word)) {
            return Direction.LEANING_FORWARD;
          }
        }
      }
      String lemma = lemma(tokens.get(current));
      if (INTENTIONS.contains(lemma)) {
        return Direction.LEANING_FORWARD;
      }
      String pos = tokens.get(current).pos();
      if (current == verb && pos != null && (pos.equals("VBD") || pos.equals("VBN"))) {
        return Direction.LEANING_BACKWARD;
      }
      current = graph.governor(current, "xcomp");
    }
    return Direction.NEAREST;
  }

  private static String lemma(Token token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }
}
