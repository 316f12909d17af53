package org.attache.fusion;

import java.util.List;
import java.util.Objects;
import org.attache.event.Evidence;

/**
 * One event after fusion: its id ({@link org.attache.event.EventIds#event}, from the smallest
 * mention id), the evidence of every mention it gathers (ordered by mention id), and the merges
 * that joined them (one fewer than the mentions, ordered by the merged mention's id).
 */
public record FusedEvent(String id, List<Evidence> evidence, List<Merge> merges) {
  public FusedEvent {
    Objects.requireNonNull(id, "id");
    evidence = List.copyOf(evidence);
    merges = List.copyOf(merges);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a fused event needs evidence: id=" + id);
    }
    if (merges.size() != evidence.size() - 1) {
      throw new IllegalArgumentException(
          "a fused event of n mentions has n-1 merges: id="
              + id
              + ", mentions="
              + evidence.size()
              + ", merges="
              + merges.size());
    }
  }
}
