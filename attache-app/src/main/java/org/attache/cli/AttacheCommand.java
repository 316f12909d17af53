package org.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code attache} command: political event data from news. Subcommands do the work. */
@Command(
    name = "attache",
    mixinStandardHelpOptions = true,
    version = "Attaché 0.1.0",
    description = "Turns news into political event data, with the evidence for every field.",
    subcommandsRepeatable = false)
final class AttacheCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "On an error, print the full stack trace, not only the one-line message.")
  boolean stacktrace;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
