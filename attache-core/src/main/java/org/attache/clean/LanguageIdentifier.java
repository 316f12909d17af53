package org.attache.clean;

import java.util.Optional;

/**
 * Identifies the language of a text as an ISO 639-1 code; empty when the text is too short or too
 * mixed to tell. Implementations are thread-safe.
 */
public interface LanguageIdentifier {
  Optional<String> identify(String text);
}
