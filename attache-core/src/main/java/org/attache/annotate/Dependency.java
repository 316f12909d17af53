package org.attache.annotate;

/**
 * One arc of a sentence's enhanced Universal Dependencies graph, between tokens of that sentence.
 *
 * @param governor the governing token's index within the sentence, or {@link #ROOT} for the root
 *     arc
 * @param dependent the dependent token's index within the sentence
 * @param relation the relation, such as "nsubj", "obj", "nsubj:pass", "obl:on" or "nmod:to"
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The governor of the sentence's root arc. */
  public static final int ROOT = -1;

  public Dependency {
    if (governor < ROOT) {
      throw new IllegalArgumentException(
          "governor must be a token index or -1 for the root: governor=" + governor);
    }
    Spans.requireIndex("dependent", dependent);
    if (governor == dependent) {
      throw new IllegalArgumentException(
          "a token cannot govern itself: governor=" + governor + ", dependent=" + dependent);
    }
    Spans.requireLabel("relation", relation);
  }

  /** Whether this is the root arc. */
  public boolean isRoot() {
    return governor == ROOT;
  }
}
