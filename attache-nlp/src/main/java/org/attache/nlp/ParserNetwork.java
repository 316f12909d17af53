package org.attache.nlp;

import java.util.Map;

/**
 * The feed-forward network of CoreNLP's neural dependency parser, scoring the transitions of one
 * parser state with the same bits as CoreNLP's {@code Classifier.computeScores}, about three times
 * faster.
 *
 * <p>Why it is faster: CoreNLP sums each output row, and each hidden unit of a feature that is not
 * precomputed, as one long chain of dependent additions, and looks features up through a boxed hash
 * map. Here the loops run the other way round (for each input, add its contribution to every row),
 * so the additions of different rows are independent and the processor (and the JIT's vector
 * instructions) can run them side by side, and the lookup uses a primitive open-addressing table.
 * Several states can be scored in one call, which reads each hidden unit's output weights once for
 * all of them: the 664 KB of output weights of CoreNLP's English model do not fit a core's cache,
 * and scoring a document's sentences together saved about 1 ms of CPU per newswire sentence. The
 * loops take four terms per pass over the sums (four rows, four embedding values, four hidden
 * units), adding them to each sum one after another, so a sum is loaded and stored a quarter as
 * often.
 *
 * <p>Why it is the same: every output row and every hidden unit still receives its terms in the
 * same order, with the same roundings (a product of two floats is rounded to float before it is
 * added, a cached slice is rounded to float, the cube is {@code (v * v) * v}), so each score is the
 * same double. {@code ParserNetworkTest} and {@code EnhancedParseAnnotatorIT} check it.
 *
 * <p>The parser itself asks {@link #choose} for the best allowed transitions, which computes the
 * network in float first ({@link FloatScores}) and falls back on these double scores only for the
 * states whose float scores, with their error bound, do not prove the choice (0.2 % on newswire).
 * Not thread-safe (its slice caches); one per parser, and a parser per pipeline.
 */
final class ParserNetwork {
  /**
   * CoreNLP keeps at most this many computed slices (and empties its cache when it is full; {@link
   * SliceCache} drops one at a time); they are exact, so the bound only saves memory.
   */
  static final int SLICES_CACHED = 20_000;

  /** Exact slices are needed only for the few states the float scores leave in doubt. */
  private static final int EXACT_CACHED = 4_096;

  private final int features;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;

  private final InputWeights inputWeights;

  private final float[] hiddenBias;

  /** W2 transposed and widened: for each hidden unit, its weight into every transition. */
  private final double[][] outputWeights;

  private final int transitions;
  private final double[][] precomputed;

  /**
   * The precomputed rows rounded to float, and each row's largest magnitude, for the float path.
   */
  private final float[][] precomputedFloat;

  private final double[] precomputedLargest;
  private final FloatScores floatScores;
  private long exactlyChosen;
  private final FeatureTable precomputedRows;
  private final boolean cacheSlices;

  /** Slices summed in float for the float path ({@link InputWeights#approximateSlice}). */
  private final SliceCache slices;

  /** Exact slices, for the states scored exactly. */
  private final SliceCache exactSlices;

  /** The rows one state adds, and buffers for the slices among them widened to double. */
  private final double[][] pending;

  private final double[][] widened;

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
    this.hiddenBias = b1.clone();
    this.transitions = w2.length;
    this.outputWeights = new double[hiddenSize][transitions];
    for (int row = 0; row < transitions; row++) {
      for (int unit = 0; unit < hiddenSize; unit++) {
        outputWeights[unit][row] = w2[row][unit];
      }
    }
    this.precomputed = precomputed;
    this.precomputedRows = new FeatureTable(precomputedRows);
    this.cacheSlices = cacheSlices;
    this.slices = new SliceCache(sliceCapacity, hiddenSize + 2);
    this.exactSlices = new SliceCache(EXACT_CACHED, hiddenSize);
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
    this.pending = new double[features][];
    this.widened = new double[features][hiddenSize];
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
   * the bound on the float scores' error is scored again exactly, as {@link #scores(int[][])} does.
   * So the choice is always the one CoreNLP's double scores give.
   *
   * @param states each state's feature ids
   * @param allowed each state's allowed transitions, in ascending order
   */
  int[] choose(int[][] states, int[][] allowed) {
    int[] chosen = new int[states.length];
    if (floatScores == null) {
      double[][] exact = scores(states);
      for (int state = 0; state < states.length; state++) {
        chosen[state] = firstBest(exact[state], allowed[state]);
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
      double[][] exact = scores(again);
      for (int k = 0; k < unsureCount; k++) {
        chosen[unsure[k]] = firstBest(exact[k], allowed[unsure[k]]);
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
    checkLength(feature);
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

  /** The cached slice of a feature, computed and cached first when missing. */
  private float[] cachedSlice(int id, int position, int index) {
    float[] slice = exactSlices.get(index);
    if (slice == null) {
      slice = exactSlices.claim(index);
      computeSlice(id, position, slice);
    }
    return slice;
  }

  private void checkLength(int[] feature) {
    if (feature.length != features) {
      throw new IllegalArgumentException(
          "expected " + features + " feature ids, got " + feature.length);
    }
  }

  /** The score of every transition for a state's feature ids, as CoreNLP computes them. */
  double[] scores(int[] feature) {
    return scores(new int[][] {feature})[0];
  }

  /**
   * The scores of several states at once, each as {@link #scores(int[])} gives it: the output
   * weights of a hidden unit are read once for all the states, which is cheaper when they no longer
   * fit the processor's cache, and each state's sums keep their order.
   */
  double[][] scores(int[][] states) {
    double[][] hidden = new double[states.length][];
    for (int state = 0; state < states.length; state++) {
      hidden[state] = hidden(states[state]);
    }
    double[][] scores = new double[states.length][transitions];
    int unit = 0;
    for (; unit + 3 < hiddenSize; unit += 4) {
      double[] w0 = outputWeights[unit];
      double[] w1 = outputWeights[unit + 1];
      double[] w2 = outputWeights[unit + 2];
      double[] w3 = outputWeights[unit + 3];
      for (int state = 0; state < states.length; state++) {
        double[] activations = hidden[state];
        double a0 = activations[unit];
        double a1 = activations[unit + 1];
        double a2 = activations[unit + 2];
        double a3 = activations[unit + 3];
        double[] sums = scores[state];
        for (int row = 0; row < transitions; row++) {
          sums[row] = (((sums[row] + a0 * w0[row]) + a1 * w1[row]) + a2 * w2[row]) + a3 * w3[row];
        }
      }
    }
    for (; unit < hiddenSize; unit++) {
      double[] weights = outputWeights[unit];
      for (int state = 0; state < states.length; state++) {
        double activation = hidden[state][unit];
        double[] sums = scores[state];
        for (int row = 0; row < transitions; row++) {
          sums[row] += activation * weights[row];
        }
      }
    }
    return scores;
  }

  /** The hidden layer's activations (cubed) for one state's feature ids. */
  private double[] hidden(int[] feature) {
    checkLength(feature);
    double[] hidden = new double[hiddenSize];
    // the rows to add, in feature order; they are added four at a time, which keeps each unit's
    // additions in that order but reads and writes its sum a quarter as often
    double[][] rows = pending;
    int count = 0;
    for (int position = 0; position < features; position++) {
      int id = feature[position];
      int index = id * features + position;
      int row = precomputedRows.get(index);
      if (row >= 0) {
        rows[count++] = precomputed[row];
      } else if (cacheSlices) {
        rows[count] = widen(cachedSlice(id, position, index), widened[count]);
        count++;
      } else {
        addRows(hidden, rows, count);
        count = 0;
        addProducts(hidden, id, position);
      }
    }
    addRows(hidden, rows, count);
    for (int unit = 0; unit < hiddenSize; unit++) {
      double value = hidden[unit] + hiddenBias[unit];
      hidden[unit] = value * value * value;
    }
    return hidden;
  }

  /** Adds the rows to the sums in order, four rows per pass. */
  private static void addRows(double[] sums, double[][] rows, int count) {
    int next = 0;
    for (; next + 3 < count; next += 4) {
      double[] r0 = rows[next];
      double[] r1 = rows[next + 1];
      double[] r2 = rows[next + 2];
      double[] r3 = rows[next + 3];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = (((sums[i] + r0[i]) + r1[i]) + r2[i]) + r3[i];
      }
    }
    for (; next < count; next++) {
      double[] values = rows[next];
      for (int i = 0; i < sums.length; i++) {
        sums[i] += values[i];
      }
    }
  }

  /** A float slice as doubles (each the same value), in a reused buffer. */
  private static double[] widen(float[] slice, double[] buffer) {
    for (int i = 0; i < slice.length; i++) {
      buffer[i] = slice[i];
    }
    return buffer;
  }

  /** One feature's contribution to every hidden unit, summed in double and rounded to float. */
  private void computeSlice(int id, int position, float[] slice) {
    double[] sums = new double[hiddenSize];
    addProducts(sums, id, position);
    for (int unit = 0; unit < hiddenSize; unit++) {
      slice[unit] = (float) sums[unit];
    }
  }

  /** Adds the products of one feature's embedding and weights to every hidden unit. */
  private void addProducts(double[] sums, int id, int position) {
    inputWeights.addProducts(sums, embeddings[id], position * embeddingSize);
  }
}
