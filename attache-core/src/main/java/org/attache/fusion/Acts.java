package org.attache.fusion;

import java.util.Set;
import org.attache.event.EventType;

/**
 * Which acts may be one event. Acts of the same CAMEO root are one family; so are the 04x
 * consultations and 036 "express intent to meet or negotiate", the way an announcement ("X will
 * visit Y") and the report of the visit name one event. Meeting-like acts (040 consult, 041
 * telephone, 044 meet at a third location, 046 negotiate) are symmetric, so their actors may appear
 * in either order; 042 "make a visit" and 043 "host a visit" are converse (X visits Y is Y hosting
 * X).
 */
final class Acts {
  private static final Set<String> SYMMETRIC = Set.of("04", "040", "041", "044", "046");

  private Acts() {}

  /** The act family used for blocking: the CAMEO root, 036 counted with 04. */
  static String family(EventType type) {
    return type.code().startsWith("036") ? "04" : type.root();
  }

  /** 1 for the same code, 0.75 for the same root, 0.6 for the same family, else 0. */
  static double score(EventType first, EventType second) {
    if (first.code().equals(second.code())) {
      return 1.0;
    }
    if (first.root().equals(second.root())) {
      return 0.75;
    }
    return family(first).equals(family(second)) ? 0.6 : 0.0;
  }

  /** Whether the actors of one may be compared with the recipients of the other. */
  static boolean swappable(EventType first, EventType second) {
    boolean converse =
        first.code().equals("042") && second.code().equals("043")
            || first.code().equals("043") && second.code().equals("042");
    return converse || SYMMETRIC.contains(first.code()) || SYMMETRIC.contains(second.code());
  }

  /** How the codes compare, for a merge's reason. */
  static String describe(EventType first, EventType second) {
    return "act " + first.code() + "~" + second.code();
  }
}
