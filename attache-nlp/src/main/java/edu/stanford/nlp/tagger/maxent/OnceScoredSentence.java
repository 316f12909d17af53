package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attaché's part-of-speech tagging of one sentence: CoreNLP's {@link TestSentence} with each
 * position's features scored once. This class is Attaché's own (module attache-nlp), placed in
 * CoreNLP's package because the scores it needs are package-private.
 *
 * <p>Why: with exact scoring (CoreNLP's English taggers), the tagger scores a position once for
 * every pair of tags its two left neighbours may have, and each time it scores again the features
 * of the word itself (its prefixes, suffixes, shape, word cluster: 31 features for a rare word),
 * though they do not depend on the tags. Its cache of those scores is keyed by the word but tested
 * against the number of tags the word may have, which never equals the number of all tags, so every
 * test fails. This class scores the word's features once per word and the context's once per
 * position, as CoreNLP intended; whether the word is rare (a dictionary lookup) once per position;
 * and the features of the two left tags once per pair of tags, when they are all the common
 * features that depend on tags (so in CoreNLP's English taggers). Word and tag-pair scores are kept
 * across sentences ({@link Store}): they are a function of the word, or of the two tags, alone. The
 * scores are added in CoreNLP's order, so every score is the same double and every tag the same
 * ({@code OnceScoredSentenceTest}, {@code TaggerAnnotatorIT}).
 */
public class OnceScoredSentence extends TestSentence {
  private final Store store;
  private double[][] contextScores;
  private boolean[] rareAt;

  /**
   * A sentence to tag with the tagger, whose word and tag-pair scores are kept in {@code store}.
   */
  public OnceScoredSentence(MaxentTagger tagger, Store store) {
    super(tagger);
    if (tagger.hasApproximateScoring()) {
      throw new IllegalArgumentException(
          "the tagger scores approximately; only exact scoring is supported");
    }
    this.store = store;
  }

  @Override
  protected void init() {
    super.init();
    contextScores = new double[size][];
    rareAt = new boolean[size];
  }

  @Override
  protected double[] getHistories(String[] tags, History h) {
    if (VERBOSE) {
      return super.getHistories(tags, h);
    }
    Extractors common = maxentTagger.extractors;
    Extractors rareOnes = maxentTagger.extractorsRare;
    double[] context = contextScores[h.current];
    if (context == null) {
      boolean rare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
      rareAt[h.current] = rare;
      double[] local = store.wordScores(pairs.getWord(h.current), rare, h, this);
      context = score(h, common.localContext, rare ? rareOnes.localContext : null);
      add(context, local);
      contextScores[h.current] = context;
    }
    double[] total = store.tagScores(h, this);
    if (rareAt[h.current]) {
      addScores(h, rareOnes.dynamic, common.size(), total);
    }
    add(total, context);
    return total;
  }

  /** The score of every tag from the features the extractors give at this position. */
  double[] score(
      History h,
      List<Pair<Integer, Extractor>> extractors,
      List<Pair<Integer, Extractor>> rareExtractors) {
    double[] scores = new double[maxentTagger.ySize];
    addScores(h, extractors, 0, scores);
    if (rareExtractors != null) {
      addScores(h, rareExtractors, maxentTagger.extractors.size(), scores);
    }
    return scores;
  }

  private void addScores(
      History h, List<Pair<Integer, Extractor>> extractors, int offset, double[] scores) {
    double[] lambda = maxentTagger.getLambdaSolve().lambda;
    for (Pair<Integer, Extractor> extractor : extractors) {
      int[] features =
          maxentTagger
              .fAssociations
              .get(offset + extractor.first())
              .get(extractor.second().extract(h));
      if (features == null) {
        continue;
      }
      for (int tag = 0; tag < scores.length; tag++) {
        int feature = features[tag];
        if (feature >= 0) {
          scores[tag] += lambda[feature];
        }
      }
    }
  }

  private static void add(double[] into, double[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] += other[i];
    }
  }

  /**
   * Whether every common feature that depends on tags reads only the tags one and two places to the
   * left (CoreNLP's English taggers: the tag before, and the two tags before together).
   */
  static boolean leftTagsOnly(Extractors common) {
    for (Pair<Integer, Extractor> pair : common.dynamic) {
      Extractor extractor = pair.second();
      boolean tagsOnly =
          extractor.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class
              || (extractor.getClass() == Extractor.class && extractor.isDynamic());
      if (!tagsOnly || extractor.position < -2 || extractor.position > -1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The scores of words' own features and of left tag pairs' features, kept for one tagger across
   * sentences and threads. A word's depend on the word alone (and whether it is rare, which the
   * word decides); at most {@code limit} words are kept, and their store is emptied when full. A
   * tag pair's are kept only for a tagger whose tag features read the two left tags alone ({@link
   * #leftTagsOnly}); there are at most as many pairs as the square of the tag set's size.
   */
  public static final class Store {
    private final Map<String, double[]> words = new ConcurrentHashMap<>();
    private final Map<String, Map<String, double[]>> tagPairs = new ConcurrentHashMap<>();
    private final int limit;
    private final boolean byTagPair;

    /** A store for the tagger's scores, of at most {@code limit} words. */
    public Store(MaxentTagger tagger, int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive: limit=" + limit);
      }
      this.limit = limit;
      this.byTagPair = leftTagsOnly(tagger.extractors);
    }

    double[] wordScores(String word, boolean rare, History h, OnceScoredSentence sentence) {
      double[] known = words.get(word);
      if (known != null) {
        return known;
      }
      Extractors common = sentence.maxentTagger.extractors;
      Extractors rareOnes = sentence.maxentTagger.extractorsRare;
      double[] computed = sentence.score(h, common.local, rare ? rareOnes.local : null);
      if (words.size() >= limit) {
        words.clear();
      }
      words.put(word, computed);
      return computed;
    }

    /** The common tag features' scores at this position, as a fresh array. */
    double[] tagScores(History h, OnceScoredSentence sentence) {
      if (!byTagPair) {
        return sentence.score(h, sentence.maxentTagger.extractors.dynamic, null);
      }
      String before = sentence.pairs.getTag(h, -1);
      String twoBefore = sentence.pairs.getTag(h, -2);
      Map<String, double[]> after =
          tagPairs.computeIfAbsent(before, tag -> new ConcurrentHashMap<>());
      double[] known = after.get(twoBefore);
      if (known == null) {
        known = sentence.score(h, sentence.maxentTagger.extractors.dynamic, null);
        after.put(twoBefore, known);
      }
      return known.clone();
    }

    /** How many words' scores are kept. */
    public int words() {
      return words.size();
    }

    /** Whether tag pairs' scores are kept. */
    public boolean keepsTagPairs() {
      return byTagPair;
    }
  }
}
