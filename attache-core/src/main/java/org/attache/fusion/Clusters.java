package org.attache.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.event.EventIds;
import org.attache.event.Evidence;

/**
 * Union–find over reports that guards against chaining: two clusters join only when every report of
 * one is compatible ({@link PairScore#compatible}) with every report of the other, so a cluster
 * never holds two reports that could not be one event, however they were linked. Not thread-safe;
 * one per fusion run.
 */
final class Clusters {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, List<Report>> members = new HashMap<>();
  private final Map<String, List<Merge>> merges = new HashMap<>();

  Clusters(List<Report> reports) {
    for (Report report : reports) {
      parent.put(report.id(), report.id());
      members.put(report.id(), new ArrayList<>(List.of(report)));
      merges.put(report.id(), new ArrayList<>());
    }
  }

  String root(Report report) {
    String id = report.id();
    while (!parent.get(id).equals(id)) {
      parent.put(id, parent.get(parent.get(id)));
      id = parent.get(id);
    }
    return id;
  }

  /** Whether every report of the two clusters could be one event with every other. */
  boolean compatible(String firstRoot, String secondRoot) {
    for (Report first : members.get(firstRoot)) {
      for (Report second : members.get(secondRoot)) {
        if (!PairScore.compatible(first, second)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Joins the cluster of {@code joining} to that of {@code into}, recording why. */
  void join(Report joining, Report into, PairScore score) {
    String from = root(joining);
    String to = root(into);
    String keep = from.compareTo(to) < 0 ? from : to;
    String drop = keep.equals(from) ? to : from;
    parent.put(drop, keep);
    members.get(keep).addAll(members.remove(drop));
    merges.get(keep).addAll(merges.remove(drop));
    merges.get(keep).add(new Merge(joining.id(), into.id(), score.reason(), score.score()));
  }

  /** The clusters as fused events, ordered by event id. */
  List<FusedEvent> events() {
    Map<String, FusedEvent> events = new TreeMap<>();
    members.forEach(
        (root, reports) -> {
          List<Report> sorted = new ArrayList<>(reports);
          sorted.sort(Comparator.comparing(Report::id));
          List<Merge> joined = new ArrayList<>(merges.get(root));
          joined.sort(Comparator.comparing(Merge::mentionId).thenComparing(Merge::intoMentionId));
          List<Evidence> evidence = sorted.stream().map(Report::evidence).toList();
          String id = EventIds.event(sorted.stream().map(Report::id).toList());
          events.put(id, new FusedEvent(id, evidence, joined));
        });
    return List.copyOf(events.values());
  }
}
