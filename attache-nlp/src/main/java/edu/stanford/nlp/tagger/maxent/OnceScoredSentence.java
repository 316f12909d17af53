package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attaché's part-of-speech tagging of one sentence: CoreNLP's {@link TestSentence} with each
 * position's word and context features scored once. This class is Attaché's own (module
 * attache-nlp), placed in CoreNLP's package because the scores it needs are package-private.
 *
 * <p>Why: with exact scoring (CoreNLP's English taggers), the tagger scores a position once for
 * every pair of tags its two left neighbours may have, and each time it scores again the features
 * of the word itself (its prefixes, suffixes, shape, word cluster: 31 features for a rare word),
 * though they do not depend on the tags. Its cache of those scores is keyed by the word but tested
 * against the number of tags the word may have, which never equals the number of all tags, so every
 * test fails. This class scores the word's features once per word ({@link Words}, shared across
 * sentences: they are a function of the word alone) and the context's once per position, as CoreNLP
 * intended, and adds them in CoreNLP's order, so every score is the same double and every tag the
 * same ({@code TaggerAnnotatorIT}).
 */
public class OnceScoredSentence extends TestSentence {
  private final Words words;
  private double[][] contextScores;
  private boolean[] rareAt;

  /** A sentence to tag with the tagger, whose word scores are kept in {@code words}. */
  public OnceScoredSentence(MaxentTagger tagger, Words words) {
    super(tagger);
    if (tagger.hasApproximateScoring()) {
      throw new IllegalArgumentException(
          "the tagger scores approximately; only exact scoring is supported");
    }
    this.words = words;
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
      double[] local = words.scores(pairs.getWord(h.current), rare, h, this);
      context = score(h, common.localContext, rare ? rareOnes.localContext : null);
      add(context, local);
      contextScores[h.current] = context;
    }
    boolean rare = rareAt[h.current];
    double[] total = score(h, common.dynamic, rare ? rareOnes.dynamic : null);
    add(total, context);
    return total;
  }

  /** The score of every tag from the features the extractors give at this position. */
  double[] score(
      History h,
      List<Pair<Integer, Extractor>> extractors,
      List<Pair<Integer, Extractor>> rareExtractors) {
    double[] scores = new double[maxentTagger.ySize];
    double[] lambda = maxentTagger.getLambdaSolve().lambda;
    for (Pair<Integer, Extractor> extractor : extractors) {
      addFeature(extractor.first(), extractor.second(), h, scores, lambda);
    }
    if (rareExtractors != null) {
      int offset = maxentTagger.extractors.size();
      for (Pair<Integer, Extractor> extractor : rareExtractors) {
        addFeature(offset + extractor.first(), extractor.second(), h, scores, lambda);
      }
    }
    return scores;
  }

  private void addFeature(
      int index, Extractor extractor, History h, double[] scores, double[] lambda) {
    int[] features = maxentTagger.fAssociations.get(index).get(extractor.extract(h));
    if (features == null) {
      return;
    }
    for (int tag = 0; tag < scores.length; tag++) {
      int feature = features[tag];
      if (feature >= 0) {
        scores[tag] += lambda[feature];
      }
    }
  }

  private static void add(double[] into, double[] other) {
    for (int i = 0; i < into.length; i++) {
      into[i] += other[i];
    }
  }

  /**
   * The scores of words' own features, kept for one tagger across sentences and threads. They
   * depend on the word alone (and whether it is rare, which the word decides); at most {@code
   * limit} words are kept, and the store is emptied when full.
   */
  public static final class Words {
    private final Map<String, double[]> scores = new ConcurrentHashMap<>();
    private final int limit;

    /** A store of at most {@code limit} words' scores. */
    public Words(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive: limit=" + limit);
      }
      this.limit = limit;
    }

    double[] scores(String word, boolean rare, History h, OnceScoredSentence sentence) {
      double[] known = scores.get(word);
      if (known != null) {
        return known;
      }
      Extractors common = sentence.maxentTagger.extractors;
      Extractors rareOnes = sentence.maxentTagger.extractorsRare;
      double[] computed = sentence.score(h, common.local, rare ? rareOnes.local : null);
      if (scores.size() >= limit) {
        scores.clear();
      }
      scores.put(word, computed);
      return computed;
    }

    /** How many words' scores are kept. */
    public int size() {
      return scores.size();
    }
  }
}
