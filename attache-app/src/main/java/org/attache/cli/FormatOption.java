package org.attache.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of listings: a table on a terminal, JSON Lines otherwise. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: table on a terminal, else jsonl).")
  OutputFormat format;

  OutputFormat resolve(CliContext context) {
    return format != null ? format : OutputFormat.defaultFor(context.terminal());
  }
}
