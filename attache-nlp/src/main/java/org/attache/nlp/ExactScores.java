package org.attache.nlp;

/**
 * The network of CoreNLP's neural dependency parser computed in double, with the same bits as
 * CoreNLP's {@code Classifier.computeScores}, about three times faster. {@link ParserNetwork} uses
 * it for the states its float scores leave in doubt.
 *
 * <p>Why it is faster: CoreNLP sums each output row, and each hidden unit of a feature that is not
 * precomputed, as one long chain of dependent additions, and looks features up through a boxed hash
 * map. Here the loops run the other way round (for each input, add its contribution to every row),
 * so the additions of different rows are independent and the processor (and the JIT's vector
 * instructions) can run them side by side, and the lookup uses a primitive open-addressing table.
 * Several states can be scored in one call, which reads each hidden unit's output weights once for
 * all of them: the 664 KB of output weights of CoreNLP's English model do not fit a core's cache.
 * The loops take four terms per pass over the sums (four rows, four embedding values, four hidden
 * units), adding them to each sum one after another, so a sum is loaded and stored a quarter as
 * often.
 *
 * <p>Why it is the same: every output row and every hidden unit still receives its terms in the
 * same order, with the same roundings (a product of two floats is rounded to float before it is
 * added, a cached slice is rounded to float, the cube is {@code (v * v) * v}), so each score is the
 * same double. {@code ParserNetworkTest} and {@code EnhancedParseAnnotatorIT} check it. Not
 * thread-safe (its slice cache and buffers).
 */
final class ExactScores {
  /** Exact slices are needed only for the few states the float scores leave in doubt. */
  private static final int SLICES_CACHED = 4_096;

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
  private final FeatureTable precomputedRows;
  private final boolean cacheSlices;
  private final SliceCache slices;

  /** The rows one state adds, and buffers for the slices among them widened to double. */
  private final double[][] pending;

  private final double[][] widened;

  /** See {@link ParserNetwork}'s constructor for the parameters. */
  ExactScores(
      int features,
      float[][] embeddings,
      InputWeights inputWeights,
      float[] b1,
      float[][] w2,
      double[][] precomputed,
      FeatureTable precomputedRows,
      boolean cacheSlices) {
    this.features = features;
    this.embeddings = embeddings;
    this.embeddingSize = embeddings[0].length;
    this.inputWeights = inputWeights;
    this.hiddenSize = b1.length;
    this.hiddenBias = b1.clone();
    this.transitions = w2.length;
    this.outputWeights = new double[hiddenSize][transitions];
    for (int row = 0; row < transitions; row++) {
      for (int unit = 0; unit < hiddenSize; unit++) {
        outputWeights[unit][row] = w2[row][unit];
      }
    }
    this.precomputed = precomputed;
    this.precomputedRows = precomputedRows;
    this.cacheSlices = cacheSlices;
    this.slices = new SliceCache(SLICES_CACHED, hiddenSize);
    this.pending = new double[features][];
    this.widened = new double[features][hiddenSize];
  }

  /**
   * The score of every transition for each state's feature ids, as CoreNLP computes them: the
   * output weights of a hidden unit are read once for all the states, and each state's sums keep
   * their order.
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

  /** Fails unless a state has as many feature ids as the network has features. */
  static void checkLength(int[] feature, int features) {
    if (feature.length != features) {
      throw new IllegalArgumentException(
          "expected " + features + " feature ids, got " + feature.length);
    }
  }

  /** The hidden layer's activations (cubed) for one state's feature ids. */
  private double[] hidden(int[] feature) {
    checkLength(feature, features);
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

  /** The cached slice of a feature, computed and cached first when missing. */
  private float[] cachedSlice(int id, int position, int index) {
    float[] slice = slices.get(index);
    if (slice == null) {
      slice = slices.claim(index);
      double[] sums = new double[hiddenSize];
      addProducts(sums, id, position);
      for (int unit = 0; unit < hiddenSize; unit++) {
        slice[unit] = (float) sums[unit];
      }
    }
    return slice;
  }

  /** Adds the products of one feature's embedding and weights to every hidden unit. */
  private void addProducts(double[] sums, int id, int position) {
    inputWeights.addProducts(sums, embeddings[id], position * embeddingSize);
  }
}
