package org.attache.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
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
 * <p>A window runs from {@link #BEFORE} tokens before a cue to {@link #AFTER} tokens after it;
 * overlapping or touching windows are one. The reach is what English SUTime rules need around the
 * word that makes them a time: modifiers before it ("at the end of last week", "early next"), the
 * tense words its last rules look for up to two elements on either side ("said", "will", "going
 * to"), and numbers after it. Each window is given to SUTime as a sentence of its own, with the
 * real tokens, the sentence's text at their offsets and their token positions in the document, so
 * the expressions and numbers it returns are placed as a whole-sentence run places them; the number
 * list of the sentence is the windows' lists with the tokens between them. {@code SutimeWindowsIT}
 * checks that annotations are byte-identical to SUTime on whole sentences.
 *
 * <p>Installed in place of the numeric classifier's SUTime extractor, a private field of CoreNLP
 * 4.5.10 ({@link #install}); a version without it fails at start-up. Not thread-safe, like the
 * extractor it wraps: one per pipeline.
 */
final class SutimeWindows implements TimeExpressionExtractor {
  /** Tokens before a cue that a window takes in. */
  static final int BEFORE = 6;

  /** Tokens after a cue that a window takes in. */
  static final int AFTER = 4;

  private static final String WHAT = "the numeric classifier's SUTime extractor";

  private final TimeExpressionExtractor sutime;
  private final int before;
  private final int after;

  /** Runs {@code sutime} on windows of {@code before} and {@code after} tokens around cues. */
  SutimeWindows(TimeExpressionExtractor sutime, int before, int after) {
    this.sutime = Objects.requireNonNull(sutime, "sutime");
    if (before < 0 || after < 0) {
      throw new IllegalArgumentException(
          "window reach must not be negative: before=" + before + " after=" + after);
    }
    this.before = before;
    this.after = after;
  }

  /**
   * The reach an option value asks for, as {before, after}: "true" is {@link #BEFORE} and {@link
   * #AFTER}, "B,A" other reaches (tests narrow them to see a difference), "false" or no value null,
   * for no windows.
   */
  static int[] reach(String option) {
    if (option == null || option.equals("false")) {
      return null;
    }
    if (option.equals("true")) {
      return new int[] {BEFORE, AFTER};
    }
    String[] parts = option.split(",", -1);
    try {
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "option "
            + NlpConfig.SUTIME_WINDOWS
            + " must be true, false or BEFORE,AFTER (token counts): "
            + option);
  }

  /** Puts windows around the SUTime extractor the annotator's numeric classifier runs. */
  static void install(NERCombinerAnnotator annotator, int before, int after) {
    NERClassifierCombiner combiner =
        CoreNlpInternals.read(annotator, NERCombinerAnnotator.class, "ner", WHAT);
    Object numeric = CoreNlpInternals.read(combiner, NERClassifierCombiner.class, "nsc", WHAT);
    if (!(numeric instanceof NumberSequenceClassifier)) {
      throw new IllegalStateException("the NER annotator runs no numeric classifier: " + numeric);
    }
    TimeExpressionExtractor sutime =
        CoreNlpInternals.read(numeric, NumberSequenceClassifier.class, "timexExtractor", WHAT);
    if (sutime == null) {
      throw new IllegalStateException("the numeric classifier runs no SUTime: " + numeric);
    }
    CoreNlpInternals.write(
        numeric,
        NumberSequenceClassifier.class,
        "timexExtractor",
        new SutimeWindows(sutime, before, after),
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
    List<int[]> windows = tokens == null ? List.of() : windows(tokens);
    if (text == null
        || textBegin == null
        || sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)
        || windows.isEmpty()
        || windows.get(0)[1] - windows.get(0)[0] == tokens.size()) {
      return sutime.extractTimeExpressionCoreMaps(sentence, document);
    }
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int tokenBegin = first == null ? 0 : first;
    List<CoreMap> expressions = new ArrayList<>();
    List<CoreMap> numbers = new ArrayList<>();
    int next = 0;
    for (int[] window : windows) {
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
      List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(part, document);
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

  /** The windows as [first, end) token indexes, in order, apart from one another. */
  List<int[]> windows(List<CoreLabel> tokens) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (!TimeNumberCues.isCue(token.word(), token.tag())) {
        continue;
      }
      int from = Math.max(0, i - before);
      int to = Math.min(tokens.size(), i + after + 1);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
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
