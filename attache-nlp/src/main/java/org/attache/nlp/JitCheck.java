package org.attache.nlp;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Whether this JVM compiles CoreNLP's largest methods. HotSpot leaves every method of more than
 * 8,000 bytes of bytecode to the interpreter unless it runs with {@code
 * -XX:-DontCompileHugeMethods}, and three such methods run on the words Attaché analyses: the
 * tokenizer's scanner ({@code PTBLexer.next}, every token), the NER CRF's feature templates ({@code
 * NERFeatureFactory.featuresC}, every token) and the lemmatiser's scanner ({@code Morpha.next},
 * words not seen before). Interpreted, they cost some 7 % more CPU over a 599-document run (the
 * mean of alternating runs, which overlap; docs/benchmarks.md). The option changes what is
 * compiled, never a result.
 *
 * <p>The {@code attache} launcher and the benchmarks set it. Where Attaché runs in a JVM started by
 * someone else (spark-submit, an application using the library), {@link #warning()} gives the line
 * to print when it is missing; the {@code analyse} command and the Spark job's executors print it.
 */
public final class JitCheck {
  /** The HotSpot option, without its sign. */
  static final String OPTION = "DontCompileHugeMethods";

  private JitCheck() {}

  /**
   * A one-line warning when this JVM leaves huge methods interpreted; empty when it compiles them,
   * or when the JVM is not HotSpot (the option does not exist there).
   */
  public static Optional<String> warning() {
    String value;
    try {
      value =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
              .getVMOption(OPTION)
              .getValue();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return warning(value);
  }

  /** The warning for the option's value as HotSpot reports it ({@code "true"}: not compiled). */
  static Optional<String> warning(String value) {
    if (!"true".equals(value)) {
      return Optional.empty();
    }
    return Optional.of(
        "attache: warning: this JVM runs without -XX:-DontCompileHugeMethods, so CoreNLP's"
            + " tokenizer, NER features and lemmatiser stay interpreted and the analysis takes some"
            + " 7 % more CPU; start the JVM with it (the attache launcher does)");
  }
}
