package org.attache.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Identifies a text's language with the Optimaize language detector and its built-in profiles (71
 * languages), answering with an ISO 639-1 code, or empty when the text has too few letters or no
 * language is clearly ahead.
 *
 * <p>The detector and its profiles are loaded once, in the constructor, and are immutable: one
 * instance serves all threads. Only the first {@value #MAX_CHARACTERS} characters are read, which
 * decides a news article's language as well as the whole text does, at a fraction of the cost. The
 * detector's random sampling uses a fixed seed, so the same text always gets the same answer.
 */
public final class OptimaizeLanguageIdentifier implements LanguageIdentifier {

  static final int MAX_CHARACTERS = 1000;
  static final int MIN_LETTERS = 20;
  static final double MIN_PROBABILITY = 0.90;
  private static final long SEED = 41;

  private final LanguageDetector detector;
  private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingOnLargeText();

  /** Loads the built-in language profiles; a missing profile is a broken installation. */
  public OptimaizeLanguageIdentifier() {
    try {
      detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(new LanguageProfileReader().readAllBuiltIn())
              .seed(SEED)
              .build();
    } catch (IOException error) {
      throw new UncheckedIOException("cannot read the built-in language profiles", error);
    }
  }

  @Override
  public Optional<String> identify(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String sample = sample(text);
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    List<DetectedLanguage> languages = detector.getProbabilities(textFactory.forText(sample));
    if (languages.isEmpty() || languages.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    String code = languages.get(0).getLocale().getLanguage();
    // Profiles without a two-letter code (such as Asturian, "ast") have no ISO 639-1 answer.
    return code.length() == 2 ? Optional.of(code) : Optional.empty();
  }

  /** The text's start, cut at a space so that no word is split. */
  private static String sample(String text) {
    if (text.length() <= MAX_CHARACTERS) {
      return text;
    }
    int end = text.lastIndexOf(' ', MAX_CHARACTERS);
    return text.substring(0, end > MAX_CHARACTERS / 2 ? end : MAX_CHARACTERS);
  }

  private static int letters(String text) {
    int count = 0;
    for (int index = 0; index < text.length() && count < MIN_LETTERS; index++) {
      count += Character.isLetter(text.charAt(index)) ? 1 : 0;
    }
    return count;
  }
}
