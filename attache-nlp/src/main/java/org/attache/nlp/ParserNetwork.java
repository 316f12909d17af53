package org.attache.nlp;

import java.util.Map;

/**
 * The feed-forward network of CoreNLP's neural dependency parser, choosing the transition CoreNLP's
 * {@code Classifier} would choose in each parser state, at a fraction of its cost.
 *
 * <p>The parser asks {@link #choose} for the best allowed transitions. The network is computed in
 * float first ({@link FloatScores}), with a bound on how far each float score can be from CoreNLP's
 * double score; the states whose float scores do not prove the choice (0.2 % on newswire) are
 * scored again in double by {@link ExactScores}, with CoreNLP's bits. Not thread-safe (its slice
 * caches); one per parser, and a parser per pipeline.
 */
final class ParserNetwork {
  /**
   * CoreNLP keeps at most this many computed slices (and empties its cache when it is full; {@link
   * SliceCache} drops one at a time); they are exact, so the bound only saves memory.
   */
  static final int SLICES_CACHED = 20_000;

  private final int features;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;

  private final InputWeights inputWeights;
  private final int transitions;
  private final ExactScores exact;

  /**
   * The precomputed rows rounded to float, and each row's largest magnitude, for the float path.
   */
  private final float[][] precomputedFloat;

  private final double[] precomputedLargest;
  private final FloatScores floatScores;
  private long exactlyChosen;
  private final FeatureTable precomputedRows;

  /** Slices summed in float for the float path ({@link InputWeights#approximateSlice}). */
  private final SliceCache slices;

  /** The rows of the state being summed in float, and copies of the slices among them. */
  private final float[][] floatPending;

  private final float[][] floatCopies;

  /**
   * @param features how many features a state has (CoreNLP's {@code numTokens})
   * @param embeddings E, one row per word, tag or label id
   * @param w1 the hidden layer's weights, hidden × (features × embedding size)
   * @param b1 the hidden layer's bias
   * @param w2 the output layer's weights, transitions × hidden
   * @param precomputed the hidden-layer contributions CoreNLP precomputed, by row
   * @param precomputedRows feature index (id × features + position) to its row in precomputed
   * @param cacheSlices whether CoreNLP rounds the contributions it computes to float (it does when
   *     its slice cache is on, {@code numCached > 0})
   * @param sliceCapacity how many computed slices to keep ({@link #SLICES_CACHED} as CoreNLP)
   * @param rounding how the hidden layer's products are rounded ({@link InputWeights#fastest()} for
   *     this JVM); the scores are the same either way
   */
  ParserNetwork(
      int features,
      float[][] embeddings,
      float[][] w1,
      float[] b1,
      float[][] w2,
      double[][] precomputed,
      Map<Integer, Integer> precomputedRows,
      boolean cacheSlices,
      int sliceCapacity,
      InputWeights.Rounding rounding) {
    this.features = features;
    this.embeddings = embeddings;
    this.embeddingSize = embeddings[0].length;
    this.hiddenSize = w1.length;
    if (w1[0].length != features * embeddingSize || b1.length != hiddenSize) {
      throw new IllegalArgumentException(
          "parser weights do not fit: W1 is "
              + w1.length
              + "x"
              + w1[0].length
              + ", features="
              + features
              + ", embedding size="
              + embeddingSize
              + ", b1 length="
              + b1.length);
    }
    this.inputWeights = new InputWeights(w1, embeddings, rounding);
    this.transitions = w2.length;
    this.precomputedRows = new FeatureTable(precomputedRows);
    this.exact =
        new ExactScores(
            features,
            embeddings,
            inputWeights,
            b1,
            w2,
            precomputed,
            this.precomputedRows,
            cacheSlices);
    this.slices = new SliceCache(sliceCapacity, hiddenSize + 2);
    // the float path needs every row to be a row (precomputed or a cached slice)
    this.floatScores = cacheSlices ? new FloatScores(features, b1, w2) : null;
    this.precomputedFloat = new float[cacheSlices ? precomputed.length : 0][];
    this.precomputedLargest = new double[precomputedFloat.length];
    for (int row = 0; row < precomputedFloat.length; row++) {
      float[] rounded = new float[hiddenSize];
      double largest = 0.0;
      for (int unit = 0; unit < hiddenSize; unit++) {
        rounded[unit] = (float) precomputed[row][unit];
        largest = Math.max(largest, Math.abs(precomputed[row][unit]));
      }
      precomputedFloat[row] = rounded;
      precomputedLargest[row] = largest;
    }
    this.floatPending = new float[features][];
    this.floatCopies = new float[cacheSlices ? features : 0][hiddenSize];
  }

  /** How many transitions the network scores. */
  int transitions() {
    return transitions;
  }

  /**
   * The transition CoreNLP's parser would choose in each state: the first allowed one with the
   * highest score ({@link #firstBest}). The states are scored in float ({@link FloatScores}); a
   * state whose best allowed transition does not lead every other allowed one by more than twice
   * the bound on the float scores' error is scored again exactly ({@link ExactScores}). So the
   * choice is always the one CoreNLP's double scores give.
   *
   * @param states each state's feature ids
   * @param allowed each state's allowed transitions, in ascending order
   */
  int[] choose(int[][] states, int[][] allowed) {
    int[] chosen = new int[states.length];
    if (floatScores == null) {
      double[][] scores = exact.scores(states);
      for (int state = 0; state < states.length; state++) {
        chosen[state] = firstBest(scores[state], allowed[state]);
      }
      exactlyChosen += states.length;
      return chosen;
    }
    float[][] sums = new float[states.length][];
    double[] largestSums = new double[states.length];
    double[] sliceErrors = new double[states.length];
    for (int state = 0; state < states.length; state++) {
      sums[state] = floatScores.sum(floatRows(states[state], largestSums, sliceErrors, state));
    }
    float[][] approximate = new float[states.length][transitions];
    double[] bounds = floatScores.score(sums, largestSums, sliceErrors, states.length, approximate);
    int[] unsure = new int[states.length];
    int unsureCount = 0;
    for (int state = 0; state < states.length; state++) {
      int best = provenBest(approximate[state], bounds[state], allowed[state]);
      if (best < 0) {
        unsure[unsureCount++] = state;
      }
      chosen[state] = best;
    }
    if (unsureCount > 0) {
      int[][] again = new int[unsureCount][];
      for (int k = 0; k < unsureCount; k++) {
        again[k] = states[unsure[k]];
      }
      double[][] scores = exact.scores(again);
      for (int k = 0; k < unsureCount; k++) {
        chosen[unsure[k]] = firstBest(scores[k], allowed[unsure[k]]);
      }
      exactlyChosen += unsureCount;
    }
    return chosen;
  }

  /** How many states {@link #choose} has scored exactly because the float scores left a doubt. */
  long exactlyChosen() {
    return exactlyChosen;
  }

  /** The first allowed transition with the highest score, as CoreNLP picks it. */
  static int firstBest(double[] scores, int[] allowed) {
    double best = Double.NEGATIVE_INFINITY;
    int chosen = -1;
    for (int transition : allowed) {
      if (scores[transition] > best) {
        best = scores[transition];
        chosen = transition;
      }
    }
    if (chosen < 0) {
      throw new IllegalStateException("the parser scored every allowed transition as not a number");
    }
    return chosen;
  }

  /**
   * The allowed transition whose float score leads every other allowed one by more than twice the
   * bound, so that it leads in CoreNLP's scores too; -1 when there is none.
   */
  private static int provenBest(float[] scores, double bound, int[] allowed) {
    int best = allowed[0];
    for (int transition : allowed) {
      if (scores[transition] > scores[best]) {
        best = transition;
      }
    }
    double needed = 2.0 * bound;
    for (int transition : allowed) {
      if (transition != best && !((double) scores[best] - scores[transition] > needed)) {
        return -1; // also when a score or the bound is not finite
      }
    }
    return best;
  }

  /**
   * A state's rows in float, in feature order; records the sum of their largest magnitudes and the
   * sum of the approximate slices' error bounds. A slice is copied out of the cache at once, as the
   * exact path widens it at once: a later miss of the same state may take its cache slot.
   */
  private float[][] floatRows(
      int[] feature, double[] largestSums, double[] sliceErrors, int state) {
    ExactScores.checkLength(feature, features);
    float[][] rows = floatPending;
    double largest = 0.0;
    double error = 0.0;
    for (int position = 0; position < features; position++) {
      int id = feature[position];
      int index = id * features + position;
      int row = precomputedRows.get(index);
      if (row >= 0) {
        rows[position] = precomputedFloat[row];
        largest += precomputedLargest[row];
      } else {
        float[] slice = slices.get(index);
        if (slice == null) {
          slice = slices.claim(index);
          inputWeights.approximateSlice(embeddings[id], position * embeddingSize, slice);
        }
        System.arraycopy(slice, 0, floatCopies[position], 0, hiddenSize);
        rows[position] = floatCopies[position];
        // the exact slice's magnitudes are at most the approximate one's plus its error
        largest += (double) slice[hiddenSize] + slice[hiddenSize + 1];
        error += slice[hiddenSize + 1];
      }
    }
    largestSums[state] = largest;
    sliceErrors[state] = error;
    return rows;
  }

  /** The score of every transition for a state's feature ids, as CoreNLP computes them. */
  double[] scores(int[] feature) {
    return exact.scores(new int[][] {feature})[0];
  }

  /** The scores of several states at once, each as {@link #scores(int[])} gives it. */
  double[][] scores(int[][] states) {
    return exact.scores(states);
  }
}
