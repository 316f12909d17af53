package org.attache.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs one attache command line in-process and keeps what it printed, for CLI tests. */
record CliRun(int exitCode, String out, String err) {

  /** The project root, where the launcher and examples/ are (tests run in the module folder). */
  static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  static CliRun run(String... args) {
    return runWithStdin("", args);
  }

  static CliRun runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            false, () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), HOME);
    int code = Main.execute(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
