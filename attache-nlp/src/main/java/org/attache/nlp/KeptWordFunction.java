package org.attache.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A CRF's word function with each word's result kept. Why: CoreNLP's English NER models pass every
 * word through {@code AmericanizeFunction} each time a feature reads it (the word itself, its
 * neighbours' features, the shape), and that function runs a case-insensitive regular expression of
 * British spellings over the word: 1.7 % of the whole analysis in a profile, for a result that
 * depends on the word alone. Here each word's result is looked up, and worked out by the model's
 * own function the first time. The function must be a pure function of the word, as CoreNLP's are
 * (the models' {@code wordFunction} property names a class such as {@code AmericanizeFunction});
 * the CRF then sees exactly the strings it saw before.
 *
 * <p>At most {@link #LIMIT} words are kept (about 10 MB); after that, new words go straight to the
 * model's function. Safe to share between threads.
 */
final class KeptWordFunction implements Function<String, String>, Serializable {
  private static final long serialVersionUID = 1L;

  /** How many words are kept at most. */
  static final int LIMIT = 100_000;

  private final Function<String, String> function;
  private final int limit;
  private final transient ConcurrentHashMap<String, String> kept = new ConcurrentHashMap<>();

  KeptWordFunction(Function<String, String> function) {
    this(function, LIMIT);
  }

  KeptWordFunction(Function<String, String> function, int limit) {
    this.function = Objects.requireNonNull(function, "function");
    this.limit = limit;
  }

  @Override
  public String apply(String word) {
    if (word == null) {
      return function.apply(null);
    }
    String known = kept.get(word);
    if (known != null) {
      return known;
    }
    String result = function.apply(word);
    if (result != null && kept.size() < limit) {
      kept.putIfAbsent(word, result);
    }
    return result;
  }

  /** A copy read back from a stream starts with no words kept. */
  private Object readResolve() {
    return new KeptWordFunction(function, limit);
  }

  /** How many words are kept now. */
  int size() {
    return kept.size();
  }

  /** The function whose results this keeps. */
  Function<String, String> function() {
    return function;
  }

  /**
   * Puts a {@code KeptWordFunction} in place of the word function of each sequence classifier among
   * {@code classifiers} that has one, in its flags and in its feature factories' flags (a protected
   * field of CoreNLP's {@code FeatureFactory}, where {@code getWord} reads it); others are left as
   * they are. Installing twice changes nothing.
   */
  static void install(List<?> classifiers) {
    String what = "the NER CRF's word function";
    for (Object classifier : classifiers) {
      if (classifier instanceof AbstractSequenceClassifier<?> sequence
          && sequence.flags != null
          && sequence.flags.wordFunction != null) {
        Function<String, String> kept = kept(sequence.flags.wordFunction);
        sequence.flags.wordFunction = kept;
        if (sequence.featureFactories != null) {
          for (FeatureFactory<?> factory : sequence.featureFactories) {
            SeqClassifierFlags flags =
                CoreNlpInternals.read(factory, FeatureFactory.class, "flags", what);
            if (flags != null && flags.wordFunction != null) {
              flags.wordFunction = kept(flags.wordFunction);
            }
          }
        }
      }
    }
  }

  private static Function<String, String> kept(Function<String, String> function) {
    return function instanceof KeptWordFunction ? function : new KeptWordFunction(function);
  }
}
