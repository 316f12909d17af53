package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.ParquetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache import DIR}: loads the Spark job's Parquet output into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the output of the Spark job (docs/spark.md) into the database: documents,"
          + " quarantine, annotations, actors, event mentions, events and merges.",
      "Importing the same output again changes nothing; when the database holds other documents,"
          + " all events are fused again so events span both."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "PARQUET_DIR", description = "The job's --output folder.")
  Path folder;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder.resolve("documents"))) {
      throw new UserException(
          ErrorCode.NOT_FOUND, "no Spark output at " + folder + ": documents/ is missing");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.open()) {
      ParquetImport.Report report = new ParquetImport(db).load(folder);
      StringBuilder rows = new StringBuilder();
      for (Map.Entry<String, Long> table : report.rows().entrySet()) {
        rows.append(rows.isEmpty() ? "" : ", ")
            .append(String.format(Locale.ROOT, "%,d %s", table.getValue(), table.getKey()));
      }
      out.printf(
          Locale.ROOT,
          "imported %s; %,d events in the store%s%n",
          rows,
          report.events(),
          report.fusedAgain() ? " after fusing again with the stored documents" : "");
      out.flush();
      return ExitCodes.OK;
    }
  }
}
