package org.attache.nlp;

import java.lang.reflect.Field;

/**
 * Reads or sets a private field of a CoreNLP object, for the few places where the project reaches
 * past CoreNLP's API ({@link SutimeTagReset}, {@link NeuralParser}, {@link SentenceGatedNer}). A
 * CoreNLP version without the field fails at start-up with the field named, never later with wrong
 * results.
 */
final class CoreNlpInternals {
  private CoreNlpInternals() {}

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
