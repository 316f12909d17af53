package org.attache.fusion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.event.Evidence;

/**
 * How many independent sources an event has: distinct outlets, where a near-duplicate article and
 * its original count as one source even when different outlets carried them (a syndicated wire
 * story is one report).
 */
public final class Sources {
  private Sources() {}

  /**
   * The number of sources of this evidence.
   *
   * @param originals document id to the id of the document it near-duplicates
   */
  public static int count(List<Evidence> evidence, Map<String, String> originals) {
    Map<String, String> parent = new HashMap<>();
    for (Evidence item : evidence) {
      String document = item.mention().documentId();
      String original = originals.getOrDefault(document, document);
      union(parent, "outlet:" + item.outlet(), "document:" + original);
    }
    Set<String> roots = new HashSet<>();
    for (Evidence item : evidence) {
      roots.add(find(parent, "outlet:" + item.outlet()));
    }
    return roots.size();
  }

  private static void union(Map<String, String> parent, String first, String second) {
    String a = find(parent, first);
    String b = find(parent, second);
    if (!a.equals(b)) {
      parent.put(a, b);
    }
  }

  private static String find(Map<String, String> parent, String key) {
    String current = key;
    while (parent.containsKey(current) && !parent.get(current).equals(current)) {
      current = parent.get(current);
    }
    return current;
  }
}
