package org.attache.fusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.attache.event.Evidence;

/**
 * Fuses event mentions into events: the headline, lead and later references of one document, and
 * the reports of other outlets and days, become one event that keeps every report as evidence.
 * Reports are compared only within blocks ({@link Blocks}); a compatible pair scoring at least the
 * threshold ({@link PairScore}) links them, strongest pairs first, and clusters join only when all
 * their reports are compatible ({@link Clusters}). A month- or year-precision report joins only a
 * unique compatible event. Inputs are sorted by mention id first, so the result does not depend on
 * their order, and fusing new evidence into earlier results gives what fusing all at once gives.
 * Immutable and thread-safe.
 */
public final class EventFuser {
  /** The score a pair needs to link (docs/fusion.md). */
  public static final double THRESHOLD = 0.55;

  private final double threshold;

  public EventFuser() {
    this(THRESHOLD);
  }

  public EventFuser(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: threshold=" + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * The events of this evidence.
   *
   * @param originals document id to the id of the document it near-duplicates, for documents that
   *     have one; both then count as one document and one source
   */
  public List<FusedEvent> fuse(Collection<Evidence> evidence, Map<String, String> originals) {
    Objects.requireNonNull(originals, "originals");
    List<Report> reports = reports(evidence, originals);
    Clusters clusters = new Clusters(reports);
    List<Scored> scored = new ArrayList<>();
    for (Report[] pair : Blocks.candidates(reports)) {
      PairScore.of(pair[0], pair[1], threshold)
          .ifPresent(score -> scored.add(new Scored(pair[0], pair[1], score)));
    }
    scored.sort(Scored.ORDER);
    for (Scored pair : scored) {
      if (pair.first().coarse() || pair.second().coarse()) {
        continue;
      }
      String first = clusters.root(pair.first());
      String second = clusters.root(pair.second());
      if (!first.equals(second) && clusters.compatible(first, second)) {
        clusters.join(pair.second(), pair.first(), pair.score());
      }
    }
    reports.stream().filter(Report::coarse).forEach(report -> attach(report, scored, clusters));
    return clusters.events();
  }

  /**
   * Earlier events with new evidence fused in: the events sharing a block with the new reports
   * (and, in turn, with those events' reports) are fused again with them; the others are kept as
   * they are. The result equals fusing all the evidence at once.
   */
  public List<FusedEvent> fuse(
      List<FusedEvent> existing, Collection<Evidence> added, Map<String, String> originals) {
    Set<String> keys = new HashSet<>();
    reports(added, originals).forEach(report -> keys.addAll(Blocks.keys(report)));
    Map<FusedEvent, Set<String>> untouched = new LinkedHashMap<>();
    for (FusedEvent event : existing) {
      Set<String> eventKeys = new HashSet<>();
      reports(event.evidence(), originals).forEach(report -> eventKeys.addAll(Blocks.keys(report)));
      untouched.put(event, eventKeys);
    }
    List<Evidence> pool = new ArrayList<>(added);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var entry : List.copyOf(untouched.entrySet())) {
        if (entry.getValue().stream().anyMatch(keys::contains)) {
          untouched.remove(entry.getKey());
          keys.addAll(entry.getValue());
          pool.addAll(entry.getKey().evidence());
          grew = true;
        }
      }
    }
    Map<String, FusedEvent> events = new TreeMap<>();
    untouched.keySet().forEach(event -> events.put(event.id(), event));
    fuse(pool, originals).forEach(event -> events.put(event.id(), event));
    return List.copyOf(events.values());
  }

  /**
   * The blocks this evidence sits in. Two reports are only ever compared, and so only ever fused,
   * when they share a block; fusing each connected component of the graph of reports and their
   * blocks on its own therefore gives what fusing all the evidence at once gives. The store and the
   * Spark job use this to fuse an archive one component at a time.
   */
  public static Set<String> blocks(Evidence evidence) {
    return Blocks.keys(Report.of(evidence, Map.of()));
  }

  /** A month- or year-precision report joins the one event it is compatible with, if only one. */
  private static void attach(Report report, List<Scored> scored, Clusters clusters) {
    Map<String, Scored> candidates = new TreeMap<>();
    for (Scored pair : scored) {
      Report other = pair.first() == report ? pair.second() : pair.first();
      if ((pair.first() == report || pair.second() == report) && !other.coarse()) {
        String root = clusters.root(other);
        if (clusters.compatible(clusters.root(report), root)) {
          candidates.putIfAbsent(root, pair);
        }
      }
    }
    if (candidates.size() == 1) {
      Scored pair = candidates.values().iterator().next();
      Report other = pair.first() == report ? pair.second() : pair.first();
      PairScore unique =
          new PairScore(pair.score().score(), "unique candidate; " + pair.score().reason());
      clusters.join(report, other, unique);
    }
  }

  private static List<Report> reports(
      Collection<Evidence> evidence, Map<String, String> originals) {
    Map<String, Report> byId = new TreeMap<>();
    for (Evidence item : evidence) {
      Report report = Report.of(item, originals);
      byId.merge(report.id(), report, (a, b) -> Scored.EVIDENCE.compare(a, b) <= 0 ? a : b);
    }
    return List.copyOf(byId.values());
  }

  /** A linking pair: strongest first, then by ids. */
  private record Scored(Report first, Report second, PairScore score) {
    static final Comparator<Scored> ORDER =
        Comparator.comparingDouble((Scored pair) -> -pair.score().score())
            .thenComparing(pair -> pair.first().id())
            .thenComparing(pair -> pair.second().id());
    static final Comparator<Report> EVIDENCE =
        Comparator.comparing((Report report) -> report.evidence().outlet())
            .thenComparing(report -> String.valueOf(report.evidence().url()))
            .thenComparing(report -> String.valueOf(report.evidence().published()));
  }
}
