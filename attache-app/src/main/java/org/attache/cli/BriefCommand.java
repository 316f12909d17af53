package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.model.ErrorCode;
import org.attache.store.Database;
import org.attache.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache brief A B}: the relation between two countries as a chronological account of the
 * events involving both (as {@code events --dyad A,B} selects them) and a monthly series of
 * cooperation and conflict, in Markdown or JSON, with an optional SVG or PNG chart of the series.
 */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "A relations brief: each event between two countries (date, what happened, where, status,"
          + " sources) and a monthly series of cooperation and conflict; see docs/brief.md.",
      "Example: attache brief BLR PAK --from 2023-01-01 --to 2023-12-31 --plot blr-pak.svg"
    })
final class BriefCommand implements Callable<Integer> {
  /** The output formats of a brief. */
  enum Format {
    md,
    json
  }

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(index = "0", paramLabel = "A", description = "A country: ISO3 code, e.g. BLR.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The other country, e.g. PAK.")
  String second;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period.")
  LocalDate to;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description = "Also draw the monthly series into FILE.svg or FILE.png.")
  Path plot;

  BriefCommand(CliContext context) {
    // The context is not needed: a brief reads only the store.
  }

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw usage("--to must not precede --from: " + from + " > " + to);
    }
    String extension = plot == null ? null : extension(plot);
    if (plot != null && !extension.equals("svg") && !extension.equals("png")) {
      throw usage("--plot needs a file ending in .svg or .png: '" + plot + "'");
    }
    try (Database db = database.openReading()) {
      RelationsBrief brief = Briefs.brief(new EventStore(db), first, second, from, to, "--");
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.print(BriefJson.write(brief));
        out.println();
      } else {
        BriefMarkdown.write(brief, out);
      }
      out.flush();
      if (plot != null) {
        draw(SeriesChart.of(brief), extension);
      }
      return ExitCodes.OK;
    }
  }

  private void draw(SeriesChart chart, String extension) {
    try {
      if (extension.equals("svg")) {
        Files.writeString(plot, SvgChart.write(chart), StandardCharsets.UTF_8);
      } else {
        PngChart.write(chart, plot);
      }
    } catch (IOException e) {
      throw new UserException(ErrorCode.USAGE, "cannot write --plot " + plot + ": " + e);
    }
  }

  private static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static UserException usage(String message) {
    return new UserException(ErrorCode.USAGE, message);
  }
}
