package org.attache.fusion;

import java.util.Locale;
import org.attache.event.EventPlace;

/**
 * Whether two reports' places may be one: the same name, or one missing, or one is a region or
 * country and the other lies in the same country ("Islamabad" and "Pakistan"). Two different
 * cities, or places in different countries, are apart. Scores: 1 for the same name, 0.6 for one
 * inside the other's country, 0.4 when one is missing, 0.3 when both are.
 */
final class Places {
  private Places() {}

  static boolean compatible(EventPlace first, EventPlace second) {
    if (first == null || second == null || sameName(first, second)) {
      return true;
    }
    return first.country() != null
        && first.country().equals(second.country())
        && (first.precision() != EventPlace.Precision.CITY
            || second.precision() != EventPlace.Precision.CITY);
  }

  static double score(EventPlace first, EventPlace second) {
    if (first == null && second == null) {
      return 0.3;
    }
    if (first == null || second == null) {
      return 0.4;
    }
    return sameName(first, second) ? 1.0 : 0.6;
  }

  static String describe(EventPlace first, EventPlace second) {
    if (first == null || second == null) {
      return "place unknown";
    }
    return sameName(first, second) ? "place same" : "place within country";
  }

  private static boolean sameName(EventPlace first, EventPlace second) {
    return first.name().toLowerCase(Locale.ROOT).equals(second.name().toLowerCase(Locale.ROOT));
  }
}
