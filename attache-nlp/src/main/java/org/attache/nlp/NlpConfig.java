package org.attache.nlp;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a CoreNLP pipeline runs: the annotators in order and the options passed to them, as plain
 * strings so that a configuration can be written down, compared and sent to another process. Two
 * presets cover the project's needs: {@link #fast()} (the default; one 3-class NER model, no
 * coreference) and {@link #full()} (CoreNLP's English defaults plus coreference). Both split
 * sentences at every line break, because in clean text a line break is the writer's (headline,
 * byline, dateline), never a wrap (docs/nlp.md).
 *
 * @param name a short name for reports, such as "fast"
 * @param annotators CoreNLP annotator names in pipeline order; must start with tokenize and ssplit
 * @param options CoreNLP properties other than {@code annotators}, sorted by key
 */
public record NlpConfig(String name, List<String> annotators, SortedMap<String, String> options)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The 3-class (PERSON, ORGANIZATION, LOCATION) CRF, the only NER model of {@link #fast()}. */
  public static final String THREE_CLASS_NER =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /**
   * The annotator name of {@link EnhancedParseAnnotator} in {@link #fast()}, in place of CoreNLP's
   * {@code depparse}: the same parse, without the four dependency graphs the project never reads.
   */
  public static final String ENHANCED_PARSE = "enhancedparse";

  /**
   * The annotator name of {@link TaggerAnnotator} in {@link #fast()}, in place of CoreNLP's {@code
   * pos}: the same tagger and tags, each word's own features scored once.
   */
  public static final String TAGGER = "oncepos";

  /**
   * The annotator name of {@link LemmaAnnotator} in {@link #fast()}, in place of CoreNLP's {@code
   * lemma}: the same lemmas, each word and tag's kept.
   */
  public static final String LEMMATIZER = "oncelemma";

  /**
   * The option that runs the numeric classifiers and SUTime only on sentences with a time or number
   * cue and the CRF alone on the others ({@link SentenceGatedNer}); same output, less time. Set to
   * "true" in {@link #fast()}; off when absent.
   */
  public static final String SUTIME_CUES = "attache.sutime.cues";

  /**
   * The option that gives SUTime only the stretches of a cued sentence around its cues ({@link
   * SutimeWindows}); same output, less time. Works with {@link #SUTIME_CUES}; set to "true" in
   * {@link #fast()}; off when absent.
   */
  public static final String SUTIME_WINDOWS = "attache.sutime.windows";

  /**
   * The option that runs each of SUTime's token and composite rules only where it can match ({@link
   * SutimeTriggers}); same output, less time. Works with {@link #SUTIME_CUES}; set to "true" in
   * {@link #fast()}; off when absent.
   */
  public static final String SUTIME_TRIGGERS = "attache.sutime.triggers";

  private static final Map<String, String> COMMON =
      Map.of(
          "tokenize.language", "en",
          "ssplit.newlineIsSentenceBreak", "always");

  public NlpConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: name=" + name);
    }
    annotators = List.copyOf(annotators);
    if (annotators.size() < 2
        || !annotators.get(0).equals("tokenize")
        || !annotators.get(1).equals("ssplit")) {
      throw new IllegalArgumentException(
          "annotators must start with tokenize, ssplit: annotators=" + annotators);
    }
    if (options.containsKey("annotators")) {
      throw new IllegalArgumentException(
          "annotators belong in the annotator list, not the options: annotators="
              + options.get("annotators"));
    }
    for (Map.Entry<String, String> option : options.entrySet()) {
      if (option.getKey().isBlank() || option.getValue() == null) {
        throw new IllegalArgumentException(
            "option needs a key and a value: " + option.getKey() + "=" + option.getValue());
      }
    }
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  /**
   * The default: tokenize, ssplit, CoreNLP's tagger with each word's features scored once ({@link
   * TaggerAnnotator}), CoreNLP's lemmatiser with each word and tag's lemma kept ({@link
   * LemmaAnnotator}), ner with only the 3-class CRF, the numeric classifiers and SUTime (no
   * fine-grained gazetteer types), and the UD dependency parser. Entity types are PERSON,
   * ORGANIZATION, LOCATION, the SUTime types DATE, TIME, DURATION and SET, and NUMBER, ORDINAL,
   * MONEY and PERCENT; the numeric classifiers and SUTime run only on sentences that could hold a
   * time or number ({@link #SUTIME_CUES}), SUTime there only on the stretches around the cues
   * ({@link #SUTIME_WINDOWS}), and each SUTime token or composite rule only where it can match
   * ({@link #SUTIME_TRIGGERS}). The parser builds only the enhanced++ graph ({@link
   * EnhancedParseAnnotator}).
   */
  public static NlpConfig fast() {
    TreeMap<String, String> options = new TreeMap<>(COMMON);
    options.put("ner.model", THREE_CLASS_NER);
    options.put("ner.applyFineGrained", "false");
    // SUTime runs inside the numeric classifiers: switching them off loses every time expression.
    options.put("ner.applyNumericClassifiers", "true");
    options.put("ner.useSUTime", "true");
    options.put(SUTIME_CUES, "true");
    options.put(SUTIME_WINDOWS, "true");
    options.put(SUTIME_TRIGGERS, "true");
    options.put("customAnnotatorClass." + ENHANCED_PARSE, EnhancedParseAnnotator.class.getName());
    options.put("customAnnotatorClass." + TAGGER, TaggerAnnotator.class.getName());
    options.put("customAnnotatorClass." + LEMMATIZER, LemmaAnnotator.class.getName());
    return new NlpConfig(
        "fast", List.of("tokenize", "ssplit", TAGGER, LEMMATIZER, "ner", ENHANCED_PARSE), options);
  }

  /**
   * CoreNLP's English defaults (three NER models, fine-grained types such as COUNTRY, CITY,
   * NATIONALITY and TITLE, numeric classifiers, SUTime) with the dependency parser and statistical
   * coreference.
   */
  public static NlpConfig full() {
    return new NlpConfig(
        "full",
        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref"),
        new TreeMap<>(COMMON));
  }

  /** This configuration with one option set (replacing any value it had). */
  public NlpConfig withOption(String key, String value) {
    TreeMap<String, String> changed = new TreeMap<>(options);
    changed.put(key, value);
    return new NlpConfig(name, annotators, changed);
  }

  /** This configuration under another name and with other annotators, the options kept. */
  public NlpConfig withAnnotators(String otherName, List<String> otherAnnotators) {
    return new NlpConfig(otherName, otherAnnotators, options);
  }

  /** Whether the ner step runs the numeric classifiers and SUTime only on cued sentences. */
  public boolean gatesTimeRules() {
    return runs("ner") && Boolean.parseBoolean(options.getOrDefault(SUTIME_CUES, "false"));
  }

  /** Whether the pipeline runs the named annotator. */
  public boolean runs(String annotator) {
    return annotators.contains(annotator);
  }

  /** The CoreNLP properties for this configuration. */
  public Properties properties() {
    Properties properties = new Properties();
    properties.putAll(options);
    properties.setProperty("annotators", String.join(",", annotators));
    return properties;
  }
}
