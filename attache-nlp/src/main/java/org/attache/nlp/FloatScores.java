package org.attache.nlp;

/**
 * The parser network computed in float, with a bound on how far each score can be from the one
 * CoreNLP computes in double, so that a transition can be chosen from float scores whenever the
 * bound proves the choice the same ({@link ParserNetwork#choose}).
 *
 * <p>Why: in double the network is bound by memory and by four-lane vector arithmetic; in float its
 * rows and weights are half the size and the vectors twice as wide. The parser only needs the best
 * allowed transition, and on newswire the best score leads the next by about 8 on average while the
 * bound is about 0.015, so all but about one state in 500 are decided here.
 *
 * <p>The bound, with u = 2^-24 (float's unit roundoff) and h, a, s the exact real values of the
 * hidden sums, activations and scores of the rows given (which CoreNLP's double arithmetic also
 * approximates, about 2^29 times more closely):
 *
 * <ul>
 *   <li>a hidden sum adds 48 rows and the bias in float, each precomputed row rounded to float
 *       first (at most 49 roundings, each at most u times the sum of the magnitudes): its error is
 *       at most δh = 50.01 u (Σ max |row| + max |bias|), the maxima taken over the hidden units,
 *       plus the bound each slice summed in float carries ({@link InputWeights#approximateSlice});
 *   <li>the cube {@code (v * v) * v} of the float sum v: |ã − a| ≤ δh (3m² + 3m δh + δh²) + 2.0001
 *       u m³ with m = |v|, since |a| ≤ (m + δh)³;
 *   <li>a score sums 1,000 products in float: its error is at most γ₁₀₀₀ Σ |ã_k| max_j |w_jk|
 *       (γ₁₀₀₀ ≤ 1000.1 u), plus Σ max_j |w_jk| |ã_k − a_k| from the activations.
 * </ul>
 *
 * The total is multiplied by 1.01, which covers the double computation's own error and the
 * roundings of computing the bound. Anything not finite makes the bound infinite, so the state is
 * then scored exactly. {@code FloatScoresTest} checks the bound against scores computed in double
 * (on equal terms the error reaches a fifth of it), {@code ParserNetworkTest} the choices against
 * CoreNLP's on nearly tied transitions.
 */
final class FloatScores {
  private static final double UNIT = 0x1p-24;
  private static final double OUTPUT_SLACK = 1000.1 * UNIT;
  private static final double SAFETY = 1.01;

  /** A floor for underflows in the products (each at most 2^-150 off), far below any margin. */
  private static final double UNDERFLOW = 0x1p-100;

  private final int hiddenSize;
  private final int transitions;
  private final float[] bias;
  private final double largestBias;
  private final double hiddenSlack;

  /** W2 transposed: for each hidden unit, its weight into every transition. */
  private final float[][] outputWeights;

  /** For each hidden unit, its largest weight into a transition, in magnitude. */
  private final float[] largestOutputWeight;

  private final double sumOutputWeights;

  /**
   * @param rows how many rows a hidden sum adds (the parser's features)
   * @param b1 the hidden layer's bias
   * @param w2 the output layer's weights, transitions × hidden
   */
  FloatScores(int rows, float[] b1, float[][] w2) {
    this.hiddenSize = b1.length;
    this.transitions = w2.length;
    this.bias = b1.clone();
    double largest = 0.0;
    for (float value : b1) {
      largest = Math.max(largest, Math.abs((double) value));
    }
    this.largestBias = largest;
    this.hiddenSlack = (rows + 2.01) * UNIT;
    this.outputWeights = new float[hiddenSize][transitions];
    this.largestOutputWeight = new float[hiddenSize];
    for (int row = 0; row < transitions; row++) {
      for (int unit = 0; unit < hiddenSize; unit++) {
        outputWeights[unit][row] = w2[row][unit];
        largestOutputWeight[unit] = Math.max(largestOutputWeight[unit], Math.abs(w2[row][unit]));
      }
    }
    double sum = 0.0;
    for (float weight : largestOutputWeight) {
      sum += weight;
    }
    this.sumOutputWeights = sum;
  }

  /** The largest magnitude in a row, for {@link #score}. */
  static float largest(float[] row) {
    float largest = 0f;
    for (float value : row) {
      largest = Math.max(largest, Math.abs(value));
    }
    return largest;
  }

  /**
   * Scores states from their hidden sums in float, writing each state's scores to {@code scores}
   * and returning each state's bound on the distance of any of its scores from CoreNLP's.
   *
   * @param hiddenSums for each state, its rows added by {@link #sum}; cubed in place
   * @param largestSums for each state, the sum over its rows of each row's largest magnitude
   * @param rowErrors for each state, how far the sum of its rows can be from the sum of the exact
   *     rows they stand for, at any hidden unit
   * @param count how many states (the first of each array)
   * @param scores receives each state's scores, one array of {@link #transitions} per state
   */
  double[] score(
      float[][] hiddenSums, double[] largestSums, double[] rowErrors, int count, float[][] scores) {
    float[][] activations = new float[count][];
    double[] bounds = new double[count];
    for (int state = 0; state < count; state++) {
      float[] hidden = hiddenSums[state];
      bounds[state] =
          activate(hidden, hiddenSlack * (largestSums[state] + largestBias) + rowErrors[state]);
      activations[state] = hidden;
    }
    for (int state = 0; state < count; state++) {
      java.util.Arrays.fill(scores[state], 0f);
    }
    int unit = 0;
    for (; unit + 3 < hiddenSize; unit += 4) {
      float[] w0 = outputWeights[unit];
      float[] w1 = outputWeights[unit + 1];
      float[] w2 = outputWeights[unit + 2];
      float[] w3 = outputWeights[unit + 3];
      for (int state = 0; state < count; state++) {
        float[] hidden = activations[state];
        float a0 = hidden[unit];
        float a1 = hidden[unit + 1];
        float a2 = hidden[unit + 2];
        float a3 = hidden[unit + 3];
        float[] sums = scores[state];
        for (int row = 0; row < transitions; row++) {
          sums[row] = (((sums[row] + a0 * w0[row]) + a1 * w1[row]) + a2 * w2[row]) + a3 * w3[row];
        }
      }
    }
    for (; unit < hiddenSize; unit++) {
      float[] weights = outputWeights[unit];
      for (int state = 0; state < count; state++) {
        float activation = activations[state][unit];
        float[] sums = scores[state];
        for (int row = 0; row < transitions; row++) {
          sums[row] += activation * weights[row];
        }
      }
    }
    return bounds;
  }

  /**
   * Adds the bias and cubes each hidden sum in place, and returns the bound on the scores' error
   * given the bound {@code slack} on each sum's. The bound's own sums are taken in float, four
   * partial sums at a time; as sums of non-negative terms they are off by at most about 1,000 u
   * relatively, which the safety factor covers.
   */
  private double activate(float[] hidden, double slack) {
    for (int unit = 0; unit < hiddenSize; unit++) {
      hidden[unit] += bias[unit];
    }
    // Σ w m, Σ w m², Σ w m³ for m = |sum| and w the unit's largest output weight
    float[] linear = new float[4];
    float[] square = new float[4];
    float[] cube = new float[4];
    int unit = 0;
    for (; unit + 3 < hiddenSize; unit += 4) {
      for (int lane = 0; lane < 4; lane++) {
        float magnitude = Math.abs(hidden[unit + lane]);
        float weighted = largestOutputWeight[unit + lane] * magnitude;
        linear[lane] += weighted;
        square[lane] += weighted * magnitude;
        cube[lane] += weighted * magnitude * magnitude;
      }
    }
    double sumLinear = 0.0;
    double sumSquare = 0.0;
    double sumCube = 0.0;
    for (; unit < hiddenSize; unit++) {
      double magnitude = Math.abs((double) hidden[unit]);
      sumLinear += largestOutputWeight[unit] * magnitude;
      sumSquare += largestOutputWeight[unit] * magnitude * magnitude;
      sumCube += largestOutputWeight[unit] * magnitude * magnitude * magnitude;
    }
    for (int lane = 0; lane < 4; lane++) {
      sumLinear += linear[lane];
      sumSquare += square[lane];
      sumCube += cube[lane];
    }
    for (unit = 0; unit < hiddenSize; unit++) {
      float value = hidden[unit];
      hidden[unit] = value * value * value;
    }
    double activationError =
        slack * (3.0 * sumSquare + 3.0 * slack * sumLinear + slack * slack * sumOutputWeights)
            + 2.0001 * UNIT * sumCube;
    double productSize = (1.0 + 2.0001 * UNIT) * sumCube;
    double bound =
        SAFETY * ((1.0 + OUTPUT_SLACK) * activationError + OUTPUT_SLACK * productSize) + UNDERFLOW;
    return Double.isFinite(bound) ? bound : Double.POSITIVE_INFINITY;
  }

  /** A state's rows summed in float, four rows per pass over the hidden units. */
  float[] sum(float[][] rows) {
    float[] sums = new float[hiddenSize];
    int next = 0;
    for (; next + 3 < rows.length; next += 4) {
      float[] r0 = rows[next];
      float[] r1 = rows[next + 1];
      float[] r2 = rows[next + 2];
      float[] r3 = rows[next + 3];
      for (int unit = 0; unit < hiddenSize; unit++) {
        sums[unit] = (((sums[unit] + r0[unit]) + r1[unit]) + r2[unit]) + r3[unit];
      }
    }
    for (; next < rows.length; next++) {
      float[] row = rows[next];
      for (int unit = 0; unit < hiddenSize; unit++) {
        sums[unit] += row[unit];
      }
    }
    return sums;
  }
}
