package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.attache.model.ErrorCode;
import org.attache.store.StoreException;
import picocli.CommandLine;

/**
 * Entry point of the {@code attache} command. Errors reach the user as one line on standard error
 * ({@code attache: what, value, where}); {@code --stacktrace} adds the trace; the exit code comes
 * from {@link ExitCodes}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String home = System.getProperty("attache.home", ".");
    CliContext context = new CliContext(System.console() != null, () -> System.in, Path.of(home));
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(args, context, out, err));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date as YYYY-MM-DD");
    }
  }

  /** Runs one command line in-process; used by {@link #main} and by tests. */
  static int execute(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new AttacheCommand());
    commandLine.addSubcommand(new IngestCommand(context));
    commandLine.addSubcommand(new DocsCommand(context));
    commandLine.addSubcommand(new StatsCommand(context));
    commandLine.addSubcommand(new QuarantineCommand(context));
    commandLine.addSubcommand(new AnalyseCommand(context));
    commandLine.addSubcommand(new ActorsCommand(context));
    commandLine.addSubcommand(new EventsCommand(context));
    commandLine.addSubcommand(new ExplainCommand(context));
    commandLine.addSubcommand(new BriefCommand(context));
    commandLine.addSubcommand(new ExportCommand(context));
    commandLine.addSubcommand(new DemoCommand(context));
    commandLine.addSubcommand(new ServeCommand(context));
    commandLine.registerConverter(LocalDate.class, Main::date);
    commandLine.setOut(out);
    commandLine.setErr(err);
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    commandLine.setParameterExceptionHandler(
        (error, arguments) -> {
          err.println("attache: " + error.getMessage());
          CommandLine failed = error.getCommandLine();
          err.println("Try `" + failed.getCommandSpec().qualifiedName() + " --help`.");
          return ExitCodes.INVALID_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (error, failed, parseResult) -> {
          int code;
          String message;
          if (error instanceof UserException user) {
            code = ExitCodes.of(user.code().category());
            message = user.getMessage();
          } else if (error instanceof StoreException) {
            code = ExitCodes.of(ErrorCode.Category.INTERNAL);
            message = error.getMessage();
          } else {
            code = ExitCodes.INTERNAL;
            message =
                "internal error: "
                    + error.getClass().getSimpleName()
                    + ": "
                    + error.getMessage()
                    + (stacktrace ? "" : " (run again with --stacktrace for details)");
          }
          err.println("attache: " + oneLine(message));
          if (stacktrace) {
            error.printStackTrace(err);
          }
          err.flush();
          return code;
        });
    return commandLine.execute(args);
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
