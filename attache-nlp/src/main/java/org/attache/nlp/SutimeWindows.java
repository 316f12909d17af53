package org.attache.nlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * SUTime run on the stretches of a sentence around its time and number cues ({@link
 * TimeNumberCues}) instead of on the whole sentence. SUTime's rule matcher starts a match at every
 * token for every rule, so its cost grows with the tokens it is given, and in newswire sentences
 * with a cue about half the tokens lie further from any cue than a rule can reach.
 *
 * <p>The windows are {@link CueWindows}. Each window is given to SUTime as a sentence of its own,
 * with the real tokens, the sentence's text at their offsets and their token positions in the
 * document, so the expressions and numbers it returns are placed as a whole-sentence run places
 * them; the number list of the sentence is the windows' lists with the tokens between them. A
 * window without a time cue ({@link TimeNumberCues#isTimeCue}), only numbers, gets the number
 * finder SUTime would run first and not SUTime's rules, which find no time there. {@code
 * SutimeCuesIT} checks that annotations are byte-identical to SUTime on whole sentences.
 *
 * <p>Installed in place of the numeric classifier's SUTime extractor, a private field of CoreNLP
 * 4.5.10 ({@link #install}); a version without it fails at start-up. Not thread-safe, like the
 * extractor it wraps: one per pipeline.
 */
final class SutimeWindows implements TimeExpressionExtractor {
  private static final String WHAT = "the numeric classifier's SUTime extractor";

  private final TimeExpressionExtractor sutime;
  private final CueWindows windows;

  /** Runs {@code sutime} on the given windows around cues. */
  SutimeWindows(TimeExpressionExtractor sutime, CueWindows windows) {
    this.sutime = Objects.requireNonNull(sutime, "sutime");
    this.windows = Objects.requireNonNull(windows, "windows");
  }

  /** Puts windows around the SUTime extractor the annotator's numeric classifier runs. */
  static void install(NERCombinerAnnotator annotator, CueWindows windows) {
    NumberSequenceClassifier numeric = CoreNlpInternals.numericClassifier(annotator, WHAT);
    if (numeric == null) {
      throw new IllegalStateException("the NER annotator runs no numeric classifier");
    }
    TimeExpressionExtractor sutime =
        CoreNlpInternals.read(
            numeric, NumberSequenceClassifier.class, CoreNlpInternals.SUTIME, WHAT);
    if (sutime == null) {
      throw new IllegalStateException("the numeric classifier runs no SUTime: " + numeric);
    }
    CoreNlpInternals.write(
        numeric,
        NumberSequenceClassifier.class,
        CoreNlpInternals.SUTIME,
        new SutimeWindows(sutime, windows),
        WHAT);
  }

  /** The extractor the windows are given to. */
  TimeExpressionExtractor sutime() {
    return sutime;
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    Integer textBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    List<int[]> stretches = tokens == null ? List.of() : windows.of(tokens);
    if (text == null
        || textBegin == null
        || sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)
        || stretches.isEmpty()) {
      return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }
    if (stretches.get(0)[1] - stretches.get(0)[0] == tokens.size()) {
      return extract(sentence, tokens, document);
    }
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int tokenBegin = first == null ? 0 : first;
    List<CoreMap> expressions = new ArrayList<>();
    List<CoreMap> numbers = new ArrayList<>();
    int next = 0;
    for (int[] window : stretches) {
      numbers.addAll(tokens.subList(next, window[0]));
      CoreMap part = new ArrayCoreMap(sentence);
      List<CoreLabel> inside = tokens.subList(window[0], window[1]);
      int begin = inside.get(0).beginPosition();
      int end = inside.get(inside.size() - 1).endPosition();
      part.set(CoreAnnotations.TokensAnnotation.class, inside);
      part.set(
          CoreAnnotations.TextAnnotation.class, text.substring(begin - textBegin, end - textBegin));
      part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + window[0]);
      part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + window[1]);
      List<CoreMap> found = extract(part, inside, document);
      if (found != null) {
        expressions.addAll(found);
      }
      numbers.addAll(part.get(CoreAnnotations.NumerizedTokensAnnotation.class));
      next = window[1];
    }
    numbers.addAll(tokens.subList(next, tokens.size()));
    sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
    return expressions;
  }

  /**
   * SUTime on a window that holds a time cue; on one that holds only numbers, just the number
   * finder SUTime runs first (its rules find no time there, {@link TimeNumberCues#isTimeCue}), with
   * SUTime's fallback for a number it cannot read.
   */
  private List<CoreMap> extract(CoreMap part, List<CoreLabel> tokens, CoreMap document) {
    for (CoreLabel token : tokens) {
      if (TimeNumberCues.isTimeCue(token.word())) {
        return sutime.extractTimeExpressionCoreMaps(part, document);
      }
    }
    List<CoreMap> numbers;
    try {
      numbers = NumberNormalizer.findAndMergeNumbers(part);
    } catch (NumberFormatException e) {
      numbers = new ArrayList<>();
    }
    part.set(CoreAnnotations.NumerizedTokensAnnotation.class, numbers);
    return new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
    return sutime.extractTimeExpressionCoreMaps(sentence, documentDate);
  }

  @Override
  public void init(String name, Properties properties) {
    sutime.init(name, properties);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }

  @Override
  public void finalize(CoreMap document) {
    sutime.finalize(document);
  }
}
