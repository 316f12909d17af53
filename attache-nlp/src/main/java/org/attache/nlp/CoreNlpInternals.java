package org.attache.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.lang.reflect.Field;

/**
 * Reads or sets a private field of a CoreNLP object, for the few places where the project reaches
 * past CoreNLP's API ({@link SutimeTagReset}, {@link SutimeWindows}, {@link SutimeTriggers}, {@link
 * NeuralParser}, {@link SentenceGatedNer}). A CoreNLP version without the field fails at start-up
 * with the field named, never later with wrong results.
 */
final class CoreNlpInternals {
  /** The field of {@code NumberSequenceClassifier} that holds the SUTime extractor it runs. */
  static final String SUTIME = "timexExtractor";

  private CoreNlpInternals() {}

  /** The classifier combiner a NER annotator runs. */
  static NERClassifierCombiner combiner(NERCombinerAnnotator annotator, String what) {
    return read(annotator, NERCombinerAnnotator.class, "ner", what);
  }

  /** The numeric classifier (which runs SUTime) of a NER annotator, or null when it runs none. */
  static NumberSequenceClassifier numericClassifier(NERCombinerAnnotator annotator, String what) {
    Object numeric = read(combiner(annotator, what), NERClassifierCombiner.class, "nsc", what);
    return numeric instanceof NumberSequenceClassifier classifier ? classifier : null;
  }

  /**
   * The value of a private field.
   *
   * @param what what the caller needs the field for, for the error message
   */
  @SuppressWarnings("unchecked")
  static <T> T read(Object owner, Class<?> declaring, String name, String what) {
    try {
      return (T) field(declaring, name).get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unreachable(declaring, name, what, e);
    }
  }

  /** Sets a private field (see {@link #read}). */
  static void write(Object owner, Class<?> declaring, String name, Object value, String what) {
    try {
      field(declaring, name).set(owner, value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unreachable(declaring, name, what, e);
    }
  }

  private static Field field(Class<?> declaring, String name) throws NoSuchFieldException {
    Field field = declaring.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static IllegalStateException unreachable(
      Class<?> declaring, String name, String what, Exception e) {
    return new IllegalStateException(
        "cannot reach " + what + ": field " + declaring.getName() + "." + name + " (" + e + ")", e);
  }
}
