package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link AttacheJob} reads and writes, and the configuration every executor builds
 * its pipeline from: the user's actor tables and lexicon files (paths every executor can read; none
 * means the bundled ones), the number of partitions documents are analysed in (0: Spark's default
 * parallelism), the number of analysis threads (CoreNLP pipelines) per executor JVM, and the
 * seconds one document's analysis may take before it is marked failed (0: no limit, as on the
 * command line).
 */
public record JobOptions(
    List<String> inputs,
    String output,
    String master,
    List<String> knowledge,
    List<String> lexicon,
    int partitions,
    int analysisThreads,
    int documentTimeoutSeconds)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobOptions {
    inputs = List.copyOf(inputs);
    knowledge = List.copyOf(knowledge);
    lexicon = List.copyOf(lexicon);
    Objects.requireNonNull(output, "output");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input is needed");
    }
    if (analysisThreads < 1) {
      throw new IllegalArgumentException(
          "--analysis-threads must be at least 1: " + analysisThreads);
    }
    if (documentTimeoutSeconds < 0) {
      throw new IllegalArgumentException(
          "--document-timeout must not be negative: " + documentTimeoutSeconds);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
    }
  }

  /**
   * Parses {@code --input PATH... --output DIR [--master URL] [--knowledge FILE]... [--lexicon
   * FILE]... [--partitions N] [--analysis-threads N] [--document-timeout SECONDS]}; several paths
   * may follow one {@code --input}.
   */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    List<String> knowledge = new ArrayList<>();
    List<String> lexicon = new ArrayList<>();
    String output = null;
    String master = null;
    int partitions = 0;
    int analysisThreads = 2;
    int timeout = 0;
    List<String> current = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> current = inputs;
        case "--knowledge" -> current = knowledge;
        case "--lexicon" -> current = lexicon;
        case "--output" -> output = value(args, ++i, arg);
        case "--master" -> master = value(args, ++i, arg);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, arg));
        case "--analysis-threads" -> analysisThreads = Integer.parseInt(value(args, ++i, arg));
        case "--document-timeout" -> timeout = Integer.parseInt(value(args, ++i, arg));
        default -> {
          if (current == null || arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown argument: " + arg);
          }
          current.add(arg);
          continue;
        }
      }
      if (!arg.equals("--input") && !arg.equals("--knowledge") && !arg.equals("--lexicon")) {
        current = null;
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is needed");
    }
    return new JobOptions(
        inputs, output, master, knowledge, lexicon, partitions, analysisThreads, timeout);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
