package org.attache.nlp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.event.Evidence;
import org.attache.fusion.FusedEvent;

/**
 * Document clusters derived from fused events, two ways. Dominant event: each document goes with
 * the event, among those holding one of its mentions, that spans the most documents (ties: the
 * event mentioned earliest in the document, then the smaller id); a document whose events are all
 * its own is a cluster alone. Components: documents sharing any fused event are linked, and
 * clusters are the connected components (every weak link counts, so it chains).
 */
final class DocumentClusters {
  private DocumentClusters() {}

  /** How good an event is as a document's own: more documents, earlier in it, smaller id. */
  private record Rank(int documents, int first, String id) {
    static final Comparator<Rank> ORDER =
        Comparator.comparingInt((Rank r) -> -r.documents())
            .thenComparingInt(Rank::first)
            .thenComparing(Rank::id);
  }

  static Map<String, String> dominant(List<FusedEvent> events, List<String> documents) {
    Map<String, String> best = new TreeMap<>();
    Map<String, Rank> rank = new HashMap<>();
    for (FusedEvent event : events) {
      Set<String> spanned = documents(event);
      for (String document : spanned) {
        int first =
            event.evidence().stream()
                .filter(e -> e.mention().documentId().equals(document))
                .mapToInt(e -> e.mention().sentence())
                .min()
                .orElseThrow();
        Rank candidate = new Rank(spanned.size(), first, event.id());
        Rank current = rank.get(document);
        if (current == null || Rank.ORDER.compare(candidate, current) < 0) {
          rank.put(document, candidate);
          best.put(document, spanned.size() > 1 ? event.id() : "doc:" + document);
        }
      }
    }
    Map<String, String> clusters = new TreeMap<>();
    documents.forEach(d -> clusters.put(d, best.getOrDefault(d, "doc:" + d)));
    return clusters;
  }

  static Map<String, String> components(List<FusedEvent> events, List<String> documents) {
    Map<String, String> parent = new HashMap<>();
    documents.forEach(d -> parent.put(d, d));
    for (FusedEvent event : events) {
      String first = null;
      for (String document : documents(event)) {
        if (first == null) {
          first = document;
        } else {
          parent.put(find(parent, document), find(parent, first));
        }
      }
    }
    Map<String, String> clusters = new TreeMap<>();
    documents.forEach(d -> clusters.put(d, find(parent, d)));
    return clusters;
  }

  private static Set<String> documents(FusedEvent event) {
    Set<String> documents = new TreeSet<>();
    for (Evidence item : event.evidence()) {
      documents.add(item.mention().documentId());
    }
    return documents;
  }

  private static String find(Map<String, String> parent, String document) {
    String current = document;
    while (!parent.get(current).equals(current)) {
      current = parent.get(current);
    }
    return current;
  }
}
