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
}
