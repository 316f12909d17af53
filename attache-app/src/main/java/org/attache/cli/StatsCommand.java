package org.attache.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.Database;
import org.attache.store.DocumentQueries;
import org.attache.store.EventQueries;
import org.attache.store.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attache stats}: counters of what the store holds and how it got there. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts documents (by source, language, date basis, analysis), duplicates, near-duplicates,"
            + " quarantined items and runs (a run still 'running' was interrupted); events against"
            + " mentions, one-sentence events, date bases and per-source mentions and events.")
final class StatsCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  StatsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (Database db = database.openReading()) {
      List<Row> rows = new ArrayList<>(new DocumentQueries(db).stats());
      rows.addAll(new EventQueries(db).quality());
      format
          .resolve(context)
          .write(rows, List.of("section", "key", "value"), spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }
}
