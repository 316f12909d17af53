package org.attache.store;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counts of one ingest run. Every item read is counted under exactly one {@link Disposition},
 * so {@link #balances()} holds by construction; tests assert it anyway, as an invariant.
 */
public final class RunReport {
  private final Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
  private final long firstRunId;
  private long read;

  /** A report for the run with this id (0 for none yet). */
  public RunReport(long runId) {
    this.firstRunId = runId;
  }

  /** The id of the (first) run this report counts; its quarantine entries have this id or later. */
  public long firstRunId() {
    return firstRunId;
  }

  /** This report and {@code other} together, as one command's report. */
  public synchronized RunReport plus(RunReport other) {
    long first =
        firstRunId == 0 || other.firstRunId == 0
            ? Math.max(firstRunId, other.firstRunId)
            : Math.min(firstRunId, other.firstRunId);
    RunReport sum = new RunReport(first);
    for (RunReport part : new RunReport[] {this, other}) {
      sum.read += part.read();
      for (Disposition disposition : Disposition.values()) {
        sum.counts.merge(disposition, part.count(disposition), Long::sum);
      }
    }
    return sum;
  }

  public synchronized void add(Disposition disposition) {
    read++;
    counts.merge(disposition, 1L, Long::sum);
  }

  public synchronized long read() {
    return read;
  }

  public synchronized long count(Disposition disposition) {
    return counts.getOrDefault(disposition, 0L);
  }

  /** Items that ended as stored documents, new or updated, near-duplicates included. */
  public synchronized long stored() {
    return count(Disposition.STORED)
        + count(Disposition.NEAR_DUPLICATE)
        + count(Disposition.UPDATED);
  }

  /** Items recognised as already present. */
  public synchronized long duplicates() {
    return count(Disposition.UNCHANGED) + count(Disposition.DUPLICATE);
  }

  public synchronized boolean balances() {
    return read == stored() + duplicates() + count(Disposition.QUARANTINED);
  }

  /** One line: read = stored + duplicates + quarantined, with the detail of each. */
  public synchronized String summary() {
    return String.format(
        Locale.ROOT,
        "read %,d = stored %,d (new %,d, near-duplicates %,d, updated %,d) + duplicates %,d"
            + " (unchanged %,d, same content elsewhere %,d) + quarantined %,d",
        read,
        stored(),
        count(Disposition.STORED),
        count(Disposition.NEAR_DUPLICATE),
        count(Disposition.UPDATED),
        duplicates(),
        count(Disposition.UNCHANGED),
        count(Disposition.DUPLICATE),
        count(Disposition.QUARANTINED));
  }
}
