package org.attache.nlp;

import java.lang.reflect.Field;

/**
 * Reads a private field of a CoreNLP object, for the few places where the project reaches past
 * CoreNLP's API ({@link SutimeTagReset}, {@link NeuralParser}). A CoreNLP version without the field
 * fails at start-up with the field named, never later with wrong results.
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
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot reach " + what + ": field " + declaring.getName() + "." + name + " (" + e + ")",
          e);
    }
  }
}
