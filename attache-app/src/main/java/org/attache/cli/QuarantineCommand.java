package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.Database;
import org.attache.store.DocumentQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache quarantine}: the items that could not be stored, with stage, code and reason. */
@Command(
    name = "quarantine",
    mixinStandardHelpOptions = true,
    description = {
      "Lists quarantined items: where each came from, the stage and code that refused it, and why.",
      "Their raw bytes are kept; `attache ingest --retry-quarantined` processes them again."
    })
final class QuarantineCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N items (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int limit;

  QuarantineCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (Database db = database.openReading()) {
      format
          .resolve(context)
          .write(
              new DocumentQueries(db).quarantine(0, Math.max(0, limit)),
              List.of("origin", "stage", "code", "reason", "attempts", "raw_bytes"),
              spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }
}
