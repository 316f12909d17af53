package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.app.IngestJob;
import org.attache.app.StandardComponents;
import org.attache.ingest.ReadOptions;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.Disposition;
import org.attache.store.DocumentQueries;
import org.attache.store.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache ingest}: reads inputs into the store and reports where every item ended. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news into the database: plain text, folders with manifest.jsonl, JSON Lines (.jsonl,"
          + " .jsonl.gz), HTML, WARC (.warc, .warc.gz), RSS and Atom feeds (files or URLs),"
          + " folders (recursively) and standard input (-).",
      "Every item ends stored, recognised as a duplicate, or quarantined with its reason;"
          + " reading the same input again adds nothing."
    })
final class IngestCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "Files, folders, URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--follow-links", description = "For feeds, fetch each entry's linked page.")
  boolean followLinks;

  @Option(names = "--retry-quarantined", description = "Process the quarantined items again.")
  boolean retryQuarantined;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores). Output does not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-document-size",
      paramLabel = "BYTES",
      description = "Quarantine documents larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "33554432")
  long maxDocumentBytes;

  @Option(names = "--strict", description = "Exit with code 3 when any item was quarantined.")
  boolean strict;

  IngestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (inputs.isEmpty() && !retryQuarantined) {
      throw new UserException(ErrorCode.USAGE, "no input given: name files, folders, URLs or -");
    }
    if (threads < 1) {
      throw new UserException(ErrorCode.USAGE, "--threads must be at least 1: " + threads);
    }
    if (maxDocumentBytes < 1) {
      throw new UserException(
          ErrorCode.USAGE, "--max-document-size must be positive: " + maxDocumentBytes);
    }
    for (String input : inputs) {
      boolean url = input.startsWith("http://") || input.startsWith("https://");
      if (!url && !input.equals("-") && !Files.exists(Path.of(input))) {
        throw new UserException(ErrorCode.NOT_FOUND, "input not found: " + input);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    ReadOptions options = new ReadOptions(followLinks, maxDocumentBytes);
    try (Database db = database.open()) {
      IngestJob job =
          new IngestJob(
              db,
              StandardComponents.reader(options, context.stdin()),
              StandardComponents.pipeline(),
              threads,
              new TerminalProgress(err, context.terminal()));
      RunReport report = new RunReport(0);
      if (retryQuarantined) {
        report = report.plus(job.retryQuarantined());
      }
      if (!inputs.isEmpty()) {
        report = report.plus(job.ingest(inputs));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT, "ingested into %s in %.1f s%n%s%n", db.path(), seconds, report.summary());
      long quarantined = report.count(Disposition.QUARANTINED);
      if (quarantined > 0) {
        out.printf(Locale.ROOT, "%,d quarantined (see `attache quarantine`):%n", quarantined);
        new DocumentQueries(db)
            .quarantine(report.firstRunId(), 10)
            .forEach(
                row ->
                    out.println(
                        "  " + TerminalText.cell(row.get("code") + ": " + row.get("reason"))));
      }
      out.flush();
      return strict && quarantined > 0 ? ExitCodes.QUARANTINED : ExitCodes.OK;
    }
  }
}
