package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.actor.ActorKnowledge;
import org.attache.app.AnalysisJob;
import org.attache.app.EventCoding;
import org.attache.app.StandardComponents;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.JitCheck;
import org.attache.nlp.NlpConfig;
import org.attache.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache analyse}: language analysis, actors and events for every document awaiting them;
 * with {@code --recode}, actors and events again from the stored annotations.
 */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the stored English documents not analysed yet: sentences, tokens, entities, time"
          + " expressions and dependencies (Stanford CoreNLP), then actors as country + sector.",
      "Then events: who did what to whom, when and where, coded in CAMEO and PLOVER.",
      "Results are stored (see `attache actors DOC`, `attache events`); they do not depend on"
          + " --threads."
    })
final class AnalyseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin KnowledgeOption knowledge;

  @Mixin LexiconOption lexicon;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--recode",
      description =
          "Code actors and events again for the documents analysed already, from their stored"
              + " annotations (no language models): after changing --knowledge or --lexicon"
              + " files.")
  boolean recode;

  private final CliContext context;

  AnalyseCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new UserException(
          org.attache.model.ErrorCode.USAGE, "--threads must be at least 1: " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try (Database db = database.openExisting()) {
      if (!recode) {
        err.println("attache: loading the language models ...");
        err.flush();
      }
      NlpConfig config = NlpConfig.fast();
      ActorKnowledge tables = knowledge.load();
      EventCoding coding = StandardComponents.eventCoding(tables, lexicon.load());
      // After the user's tables are read, so an error in them stays the only line.
      JitCheck.warning().ifPresent(err::println);
      err.flush();
      AnalysisJob job =
          new AnalysisJob(db, new CoreNlpAnnotator(config), config.name(), tables, coding, threads);
      AnalysisJob.Report report =
          job.run(
              recode ? AnalysisJob.Mode.RECODE : AnalysisJob.Mode.PENDING,
              running -> {
                err.printf(
                    Locale.ROOT,
                    context.terminal()
                        ? "\ranalyse: %,d documents, %,d sentences, %,d actors, %,d events\u001b[K"
                        : "analyse: %,d documents, %,d sentences, %,d actors, %,d events%n",
                    running.analysed(),
                    running.sentences(),
                    running.actors(),
                    running.events());
                err.flush();
              });
      if (context.terminal()) {
        err.println();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf(
          Locale.ROOT,
          "%s %,d documents (%,d sentences, %,.1f sentences/s), %,d actor mentions, %,d event"
              + " mentions; %,d failed; %,d events in the store after fusion%n",
          recode ? "recoded" : "analysed",
          report.analysed(),
          report.sentences(),
          report.sentences() / Math.max(1e-9, seconds),
          report.actors(),
          report.events(),
          report.failed(),
          report.fused());
      out.flush();
      return ExitCodes.OK;
    }
  }
}
