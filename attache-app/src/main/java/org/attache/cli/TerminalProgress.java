package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.app.Progress;
import org.attache.store.Disposition;
import org.attache.store.RunReport;

/**
 * Progress for long runs: on a terminal one status line redrawn in place a few times a second;
 * otherwise (logs, CI) a plain line every few seconds. Both show counts, rate and the current
 * input.
 */
final class TerminalProgress implements Progress {
  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final long started = System.nanoTime();
  private long lastDrawn = started;
  private boolean drawn;

  TerminalProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
  }

  @Override
  public void update(RunReport report, String input) {
    long now = System.nanoTime();
    if (now - lastDrawn < intervalNanos) {
      return;
    }
    lastDrawn = now;
    String status = status(report, input, now);
    if (terminal) {
      err.print("\r" + status + "\u001b[K");
      drawn = true;
    } else {
      err.println("ingest: " + status);
    }
    err.flush();
  }

  @Override
  public void finish(RunReport report) {
    if (terminal && drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }

  private String status(RunReport report, String input, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String name = TerminalText.cell(input);
    if (name.length() > 40) {
      name = "…" + name.substring(name.length() - 39);
    }
    return String.format(
        Locale.ROOT,
        "%,d read  %,d stored  %,d duplicates  %,d quarantined  %,.0f docs/s  %s",
        report.read(),
        report.stored(),
        report.duplicates(),
        report.count(Disposition.QUARANTINED),
        report.read() / seconds,
        name);
  }
}
