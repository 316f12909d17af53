package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.DocumentQueries;
import org.attache.store.EventFilter;
import org.attache.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache demo}: ingests the bundled example corpus ({@code examples/}) into its own
 * database, analyses it (actors, events) and shows what was found: the documents, the duplicates,
 * and the events between Belarus and Pakistan. Running it again shows the same database, every item
 * now recognised as unchanged and nothing left to analyse.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingests the bundled example corpus into attache-demo.duckdb, analyses it (actors and"
            + " events) and shows what it found.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Database for the demo (default: ${DEFAULT-VALUE}).",
      defaultValue = "attache-demo.duckdb")
  Path path;

  @Mixin FormatOption format;

  @Option(
      names = "--no-analysis",
      description = "Only ingest: skip the language analysis and event coding (no models loaded).")
  boolean skipAnalysis;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Path examples = context.home().resolve("examples");
    if (!Files.isDirectory(examples)) {
      throw new UserException(
          ErrorCode.NOT_FOUND,
          "example corpus not found at "
              + examples.toAbsolutePath()
              + ": run ./attache from the Attaché checkout");
    }
    List<String> inputs;
    try (Stream<Path> entries = Files.list(examples)) {
      inputs =
          entries
              .filter(
                  entry ->
                      !entry.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
              .map(Path::toString)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UserException(
          ErrorCode.UNREADABLE, "cannot list " + examples + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Attaché demo: ingesting the example corpus " + examples.normalize());
    CommandLine root = spec.root().commandLine();
    String db = path.toString();
    int code =
        root.execute(
            Stream.concat(Stream.of("ingest", "--db", db), inputs.stream()).toArray(String[]::new));
    if (code != ExitCodes.OK) {
      return code;
    }
    if (!skipAnalysis) {
      out.println();
      out.println("Analysing: language, actors, events");
      out.flush();
      code = root.execute("analyse", "--db", db);
      if (code != ExitCodes.OK) {
        return code;
      }
    }
    OutputFormat chosen = format.format != null ? format.format : OutputFormat.table;
    try (Database database = Database.open(path)) {
      DocumentQueries queries = new DocumentQueries(database);
      out.println();
      out.println("Documents:");
      chosen.write(
          queries.documents(null, 1000, 0),
          List.of(
              "id", "published", "date_basis", "source", "language", "near_duplicate_of", "title"),
          out);
      out.println();
      out.println("Recognised as duplicates of a stored document:");
      chosen.write(queries.duplicates(1000), List.of("origin", "original_id", "source"), out);
      if (!skipAnalysis) {
        out.println();
        out.println("Events between Belarus and Pakistan:");
        chosen.write(
            new EventStore(database)
                .list(
                    new EventFilter(
                        null,
                        null,
                        new String[] {"BLR", "PAK"},
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)),
            List.of("id", "start", "end", "code", "act", "actor", "recipient", "status", "place"),
            out);
      }
      out.println();
      out.println(
          "Next: ./attache events --db "
              + db
              + "   |   ./attache explain --db "
              + db
              + " EVENT-ID   |   ./attache docs --db "
              + db
              + " ID");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
