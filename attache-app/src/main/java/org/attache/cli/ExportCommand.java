package org.attache.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.EventExport;
import org.attache.store.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache export}: the events (or their mentions) that pass the filters, as JSON Lines, CSV,
 * Parquet or the GDELT 2.0 Events layout. Rows stream from the store to the output one at a time,
 * in id order, so memory stays bounded and the same data gives the same bytes.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports events for other tools: jsonl (the event record), csv and parquet (flat columns),"
          + " gdelt (the GDELT 2.0 Events 61-column tab-separated layout); see docs/export.md.",
      "--mentions writes one row per mention instead of per event."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    jsonl,
    csv,
    parquet,
    gdelt
  }

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin EventFilterOptions filters;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--mentions", description = "One row per mention (not with gdelt).")
  boolean mentions;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE (required for parquet; default: standard output).")
  Path output;

  ExportCommand(CliContext context) {
    // The context is not needed: exports never depend on the terminal.
  }

  @Override
  public Integer call() {
    EventFilter filter = filters.filter();
    if (format == Format.gdelt && mentions) {
      throw EventFilterOptions.usage("--mentions has no GDELT layout: use jsonl, csv or parquet");
    }
    if (format == Format.parquet && output == null) {
      throw EventFilterOptions.usage("--format parquet needs --output FILE.parquet");
    }
    try (Database db = database.openBulkReading()) {
      EventExport export = new EventExport(db);
      if (format == Format.parquet) {
        long rows = export.parquet(filter, mentions, output);
        spec.commandLine().getErr().printf(Locale.ROOT, "exported %d rows to %s%n", rows, output);
        return ExitCodes.OK;
      }
      try (Writer writer = open()) {
        ExportWriter rows = new ExportWriter(writer);
        switch (format) {
          case jsonl -> rows.jsonl(export, filter, mentions);
          case csv -> rows.csv(export, filter, mentions);
          case gdelt -> rows.gdelt(export, filter);
          default -> throw new IllegalStateException("unhandled format " + format);
        }
        writer.flush();
      } catch (IOException | UncheckedIOException e) {
        throw new UserException(
            ErrorCode.USAGE, "cannot write " + (output == null ? "the output" : output) + ": " + e);
      }
      return ExitCodes.OK;
    }
  }

  private Writer open() throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) {
          out.write(buffer, offset, length);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush();
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw EventFilterOptions.usage("no folder for --output " + output);
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16);
  }
}
