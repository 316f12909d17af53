package org.attache.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;

/**
 * Where in an enhanced UD graph an event's place hangs: the relations that attach a destination or
 * a location to a trigger, and the heads to look at — the trigger, then the verb or clause it hangs
 * from. Also the document's toponyms, the geocoder's context.
 */
final class PlaceAttachments {
  static final Set<String> DESTINATION =
      Set.of("obl:to", "nmod:to", "obj", "obl:in", "obl:into", "obl:for", "nmod:for");
  static final Set<String> LOCATED =
      Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:inside", "nmod:inside");

  /**
   * Relations by which a trigger hangs from the verb or clause that may carry its place. Not {@code
   * ccomp}: in "he said in Minsk that Pakistan would invest", Minsk is where he spoke, not where
   * the investment goes.
   */
  private static final Set<String> HANGS_FROM =
      Set.of("obj", "nsubj", "nsubj:pass", "xcomp", "advcl", "acl", "acl:relcl");

  private PlaceAttachments() {}

  /** The trigger, then the verb or clause it hangs from. */
  static List<Integer> heads(Sentence sentence, int trigger) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    for (Dependency arc : sentence.dependencies()) {
      String base = arc.relation().split(":")[0];
      if (arc.dependent() == trigger
          && arc.governor() != Dependency.ROOT
          && (HANGS_FROM.contains(arc.relation()) || HANGS_FROM.contains(base))
          && !heads.contains(arc.governor())) {
        heads.add(arc.governor());
      }
    }
    return heads;
  }

  /**
   * Relations from a trigger down to the phrases a misattached location hangs from: its object or
   * partner ("talks with his counterpart in Islamabad", where the parser hangs "in Islamabad" from
   * the counterpart), and an occasion with what it is of ("met … on the sidelines of the 77th
   * Session of the General Assembly in New York").
   */
  private static final Set<String> THROUGH =
      Set.of("obj", "nmod:with", "obl:with", "nmod:on", "obl:on", "nmod:of", "nmod:at", "obl:at");

  private static final int ARGUMENT_DEPTH = 3;

  /**
   * The phrases below the heads, up to three arcs down along {@link #THROUGH}, nearest first and in
   * token order at each depth: where a location the parser attached too low may hang.
   */
  static List<Integer> arguments(Sentence sentence, List<Integer> heads) {
    List<Integer> found = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>(heads);
    for (int depth = 0; depth < ARGUMENT_DEPTH && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (Dependency arc : sentence.dependencies()) {
        if (frontier.contains(arc.governor())
            && THROUGH.contains(arc.relation())
            && !heads.contains(arc.dependent())
            && !found.contains(arc.dependent())
            && !next.contains(arc.dependent())) {
          next.add(arc.dependent());
        }
      }
      next.sort(Integer::compare);
      found.addAll(next);
      frontier = next;
    }
    return found;
  }
}
