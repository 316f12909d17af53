package org.attache.nlp;

import java.util.Arrays;

/**
 * The parser network's hidden-layer weights (W1, transposed: one row per input column), and the one
 * computation that reads them: a feature's contribution to every hidden unit, its embedding times
 * its columns of W1, added with CoreNLP's roundings (each product of two floats rounded to float,
 * the products of a unit added in column order in double).
 *
 * <p>Why two ways to do it: written plainly ({@code sums[u] += w[u] * v}, float product widened to
 * double), JDK 17's compiler does not vectorise the widening, and a slice took about 20 µs against
 * 4 µs for the same loop all in float; JDK 25's compiler vectorises it (about 7 µs). So on JDKs
 * before 25 the weights are kept as doubles and the float rounding of a product is made in double
 * arithmetic, which the compiler does vectorise (about 11 µs on JDK 17): the product of two floats
 * is exact in double (24 + 24 significant bits fit in 53), and Veltkamp's split {@code c = p ×
 * (2^29 + 1); c − (c − p)} rounds it to its 24 leading bits, to nearest with ties to even, which is
 * what float multiplication gives as long as the product is neither subnormal nor too large for a
 * float. The constructor checks that bound on the weights and embeddings it is given and keeps the
 * plain loop otherwise, so the sums are the same doubles either way ({@code InputWeightsTest}).
 */
final class InputWeights {
  /** 2^29 + 1: splits a double's 53 significant bits into 24 and 29. */
  private static final double SPLIT = 536_870_913.0;

  /** The largest product magnitude that stays finite when rounded to float, with margin. */
  private static final double LARGEST_PRODUCT = Float.MAX_VALUE / 2.0;

  /** How a product of two floats is rounded before it is added. */
  enum Rounding {
    /** A float multiplication, widened to double. */
    FLOAT,
    /** An exact double multiplication rounded to float's precision with Veltkamp's split. */
    SPLIT
  }

  private final Rounding rounding;
  private final float[][] narrow;
  private final double[][] wide;

  /** For each input column, its largest weight in magnitude. */
  private final float[] largestInColumn;

  /**
   * @param w1 the hidden layer's weights, hidden units × input columns
   * @param embeddings every embedding the weights will be multiplied with
   * @param preferred the rounding to use when the weights and embeddings allow it
   */
  InputWeights(float[][] w1, float[][] embeddings, Rounding preferred) {
    float[][] transposed = transpose(w1);
    this.rounding =
        preferred == Rounding.SPLIT && productsAreNormalFloats(transposed, embeddings)
            ? Rounding.SPLIT
            : Rounding.FLOAT;
    this.narrow = transposed;
    this.largestInColumn = new float[transposed.length];
    for (int column = 0; column < transposed.length; column++) {
      largestInColumn[column] = FloatScores.largest(transposed[column]);
    }
    if (rounding == Rounding.SPLIT) {
      this.wide = new double[transposed.length][];
      for (int column = 0; column < transposed.length; column++) {
        wide[column] = new double[transposed[column].length];
        for (int unit = 0; unit < transposed[column].length; unit++) {
          wide[column][unit] = transposed[column][unit];
        }
      }
    } else {
      this.wide = null;
    }
  }

  /** The rounding this JVM's compiler runs faster: {@link Rounding#FLOAT} from JDK 25 on. */
  static Rounding fastest() {
    return Runtime.version().feature() >= 25 ? Rounding.FLOAT : Rounding.SPLIT;
  }

  /** The rounding in use (the preferred one, unless the weights ruled it out). */
  Rounding rounding() {
    return rounding;
  }

  /**
   * The float nearest to an exact product of two floats (ties to even), as a double; the product
   * must be zero or between {@link Float#MIN_NORMAL} and {@link #LARGEST_PRODUCT} in magnitude.
   */
  static double roundToFloat(double product) {
    double split = product * SPLIT;
    return split - (split - product);
  }

  /**
   * Adds an embedding's products with the weights of the columns from {@code column} on to every
   * hidden unit's sum, four embedding values per pass over the units, each unit's products still
   * added in order.
   */
  void addProducts(double[] sums, float[] embedding, int column) {
    if (rounding == Rounding.SPLIT) {
      addSplit(sums, embedding, column);
    } else {
      addFloat(sums, embedding, column);
    }
  }

  /**
   * A feature's slice summed in float, for {@link FloatScores}: the embedding's products with the
   * columns from {@code column} on, each rounded to float as CoreNLP rounds it, but added in float
   * rather than double, which runs at float's vector width (about 4 µs a slice against 11). The
   * slice's values go to the first {@code hidden} places of {@code slice}; then its largest
   * magnitude; then a bound on its distance from the exact slice, 51 u Σ |e_k| max |w_k| (the float
   * sum's 49 additions and the exact slice's own rounding to float, u = 2^-24).
   */
  void approximateSlice(float[] embedding, int column, float[] slice) {
    int hidden = slice.length - 2;
    Arrays.fill(slice, 0f);
    int k = 0;
    for (; k + 3 < embedding.length; k += 4) {
      float v0 = embedding[k];
      float v1 = embedding[k + 1];
      float v2 = embedding[k + 2];
      float v3 = embedding[k + 3];
      float[] w0 = narrow[column + k];
      float[] w1 = narrow[column + k + 1];
      float[] w2 = narrow[column + k + 2];
      float[] w3 = narrow[column + k + 3];
      for (int unit = 0; unit < hidden; unit++) {
        slice[unit] =
            (((slice[unit] + w0[unit] * v0) + w1[unit] * v1) + w2[unit] * v2) + w3[unit] * v3;
      }
    }
    for (; k < embedding.length; k++) {
      float value = embedding[k];
      float[] weights = narrow[column + k];
      for (int unit = 0; unit < hidden; unit++) {
        slice[unit] += weights[unit] * value;
      }
    }
    float largest = 0f;
    for (int unit = 0; unit < hidden; unit++) {
      largest = Math.max(largest, Math.abs(slice[unit]));
    }
    double size = 0.0;
    for (k = 0; k < embedding.length; k++) {
      size += Math.abs((double) embedding[k]) * largestInColumn[column + k];
    }
    double error = 51.0 * 0x1p-24 * size;
    slice[hidden] = largest;
    slice[hidden + 1] = Float.isFinite(largest) ? Math.nextUp((float) error) : Float.NaN;
  }

  private void addFloat(double[] sums, float[] embedding, int column) {
    int k = 0;
    for (; k + 3 < embedding.length; k += 4) {
      float v0 = embedding[k];
      float v1 = embedding[k + 1];
      float v2 = embedding[k + 2];
      float v3 = embedding[k + 3];
      float[] w0 = narrow[column + k];
      float[] w1 = narrow[column + k + 1];
      float[] w2 = narrow[column + k + 2];
      float[] w3 = narrow[column + k + 3];
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] =
            (((sums[unit] + w0[unit] * v0) + w1[unit] * v1) + w2[unit] * v2) + w3[unit] * v3;
      }
    }
    for (; k < embedding.length; k++) {
      float value = embedding[k];
      float[] weights = narrow[column + k];
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] += weights[unit] * value;
      }
    }
  }

  private void addSplit(double[] sums, float[] embedding, int column) {
    int k = 0;
    for (; k + 3 < embedding.length; k += 4) {
      double v0 = embedding[k];
      double v1 = embedding[k + 1];
      double v2 = embedding[k + 2];
      double v3 = embedding[k + 3];
      double[] w0 = wide[column + k];
      double[] w1 = wide[column + k + 1];
      double[] w2 = wide[column + k + 2];
      double[] w3 = wide[column + k + 3];
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] =
            (((sums[unit] + roundToFloat(w0[unit] * v0)) + roundToFloat(w1[unit] * v1))
                    + roundToFloat(w2[unit] * v2))
                + roundToFloat(w3[unit] * v3);
      }
    }
    for (; k < embedding.length; k++) {
      double value = embedding[k];
      double[] weights = wide[column + k];
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] += roundToFloat(weights[unit] * value);
      }
    }
  }

  /**
   * Whether every product of a weight and an embedding value is zero or a normal, finite float,
   * judged from the smallest and largest non-zero magnitudes on each side.
   */
  static boolean productsAreNormalFloats(float[][] weights, float[][] embeddings) {
    double[] w = magnitudes(weights);
    double[] e = magnitudes(embeddings);
    if (Double.isNaN(w[0]) || Double.isNaN(e[0])) {
      return false;
    }
    if (w[1] == 0.0 || e[1] == 0.0) {
      return true; // one side is all zeros: every product is zero
    }
    return w[0] * e[0] >= Float.MIN_NORMAL && w[1] * e[1] <= LARGEST_PRODUCT;
  }

  /** The smallest non-zero and the largest magnitude; NaN first when a value is not finite. */
  private static double[] magnitudes(float[][] matrix) {
    double smallest = Double.POSITIVE_INFINITY;
    double largest = 0.0;
    for (float[] row : matrix) {
      for (float value : row) {
        if (!Float.isFinite(value)) {
          return new double[] {Double.NaN, Double.NaN};
        }
        double magnitude = Math.abs((double) value);
        if (magnitude != 0.0) {
          smallest = Math.min(smallest, magnitude);
          largest = Math.max(largest, magnitude);
        }
      }
    }
    return new double[] {smallest, largest};
  }

  private static float[][] transpose(float[][] matrix) {
    float[][] transposed = new float[matrix[0].length][matrix.length];
    for (int row = 0; row < matrix.length; row++) {
      for (int column = 0; column < matrix[row].length; column++) {
        transposed[column][row] = matrix[row][column];
      }
    }
    return transposed;
  }
}
