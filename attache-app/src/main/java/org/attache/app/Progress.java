package org.attache.app;

import org.attache.store.RunReport;

/**
 * Shows a long run's progress. Called from the writer thread only: often (it must be cheap and
 * decide itself when to draw) and once at the end.
 */
public interface Progress {
  void update(RunReport report, String input);

  void finish(RunReport report);

  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void update(RunReport report, String input) {
          // nothing to show
        }

        @Override
        public void finish(RunReport report) {
          // nothing to show
        }
      };
}
