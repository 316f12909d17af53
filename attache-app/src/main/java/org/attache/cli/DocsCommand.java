package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.DocumentQueries;
import org.attache.store.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache docs}: lists stored documents, or shows one with its clean text. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Lists stored documents, or shows one document (metadata and clean text) by id.")
final class DocsCommand implements Callable<Integer> {
  static final List<String> LIST_COLUMNS =
      List.of(
          "id",
          "published",
          "date_basis",
          "source",
          "language",
          "analysis",
          "near_duplicate_of",
          "characters",
          "title");

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "Show this document.")
  String id;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      description = "Only documents from this outlet.")
  String source;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N documents (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      description = "Skip the first N documents.",
      defaultValue = "0")
  int offset;

  DocsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (limit < 0 || offset < 0) {
      throw new UserException(
          ErrorCode.USAGE, "--limit and --offset must not be negative: " + limit + ", " + offset);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.openReading()) {
      DocumentQueries queries = new DocumentQueries(db);
      if (id == null) {
        format.resolve(context).write(queries.documents(source, limit, offset), LIST_COLUMNS, out);
        return ExitCodes.OK;
      }
      Row row =
          queries
              .document(id)
              .orElseThrow(
                  () ->
                      new UserException(
                          ErrorCode.NOT_FOUND, "no document with id " + id + " in " + db.path()));
      OutputFormat chosen = format.resolve(context);
      if (chosen == OutputFormat.table) {
        for (Map.Entry<String, Object> field : row.values().entrySet()) {
          if (!field.getKey().equals("text")) {
            out.printf(
                "%-24s %s%n", field.getKey(), TerminalText.cell(String.valueOf(field.getValue())));
          }
        }
        out.println();
        out.println(TerminalText.block(String.valueOf(row.get("text"))));
        out.flush();
      } else {
        chosen.write(List.of(row), List.copyOf(row.values().keySet()), out);
      }
      return ExitCodes.OK;
    }
  }
}
