package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.attache.nlp.InputWeights.Rounding;
import org.junit.jupiter.api.Test;

/**
 * {@link InputWeights}: Veltkamp's split rounds an exact product of two floats as float
 * multiplication does, ties included, and both roundings give the same sums.
 */
class InputWeightsTest {
  @Test
  void splitRoundsProductsOfFloatsAsFloatMultiplicationDoes() {
    Random random = new Random(20261123L);
    int ties = 0;
    int checked = 0;
    for (int i = 0; i < 2_000_000; i++) {
      float a;
      float b;
      if (i % 2 == 0) {
        a = Float.intBitsToFloat(random.nextInt());
        b = Float.intBitsToFloat(random.nextInt());
      } else {
        // few significant bits on each side, so that many products fall half-way between floats
        a = fewBits(random, 1.5);
        b = fewBits(random, 1.0 + random.nextInt(4) * 0.25);
      }
      double product = (double) a * b;
      float expected = a * b;
      if (!Float.isFinite(expected) || Math.abs(product) < Float.MIN_NORMAL) {
        continue; // outside the range the split is used for
      }
      checked++;
      if (Math.abs(product - expected) * 2 == Math.ulp(expected)) {
        ties++;
      }
      assertThat(InputWeights.roundToFloat(product))
          .as("%s × %s (bits %08x × %08x)", a, b, Float.floatToIntBits(a), Float.floatToIntBits(b))
          .isEqualTo((double) expected);
    }
    assertThat(checked).isGreaterThan(1_000_000);
    assertThat(ties).as("products half-way between two floats").isGreaterThan(1_000);
  }

  @Test
  void bothRoundingsGiveTheSameSums() {
    Random random = new Random(7L);
    int hidden = 37;
    int embedding = 11;
    float[][] w1 = ParserNetworkTest.matrix(random, hidden, 3 * embedding);
    float[][] embeddings = ParserNetworkTest.matrix(random, 20, embedding);
    InputWeights plain = new InputWeights(w1, embeddings, Rounding.FLOAT);
    InputWeights split = new InputWeights(w1, embeddings, Rounding.SPLIT);
    assertThat(plain.rounding()).isEqualTo(Rounding.FLOAT);
    assertThat(split.rounding()).isEqualTo(Rounding.SPLIT);
    for (float[] vector : embeddings) {
      for (int column = 0; column < 3 * embedding; column += embedding) {
        double[] expected = new double[hidden];
        double[] actual = new double[hidden];
        plain.addProducts(expected, vector, column);
        split.addProducts(actual, vector, column);
        assertThat(actual).isEqualTo(expected);
        double[] byHand = new double[hidden];
        for (int unit = 0; unit < hidden; unit++) {
          for (int k = 0; k < embedding; k++) {
            byHand[unit] += w1[unit][column + k] * vector[k];
          }
        }
        assertThat(actual).isEqualTo(byHand);
      }
    }
  }

  @Test
  void approximateSlicesStayWithinTheirBoundOfTheExactOnes() {
    Random random = new Random(9L);
    int hidden = 300;
    int embedding = 50;
    float[][] w1 = ParserNetworkTest.matrix(random, hidden, 2 * embedding);
    float[][] embeddings = ParserNetworkTest.matrix(random, 30, embedding);
    // one embedding whose 50 products with the first column block are equal: found by search,
    // their float sum loses a quarter of the bound
    for (int k = 0; k < embedding; k++) {
      embeddings[0][k] = 0.75f;
      for (int unit = 0; unit < hidden; unit++) {
        w1[unit][k] = 1.4712803f;
      }
    }
    InputWeights weights = new InputWeights(w1, embeddings, Rounding.SPLIT);
    double largestShare = 0.0;
    for (float[] vector : embeddings) {
      for (int column = 0; column < 2 * embedding; column += embedding) {
        double[] sums = new double[hidden];
        weights.addProducts(sums, vector, column);
        float[] slice = new float[hidden + 2];
        weights.approximateSlice(vector, column, slice);
        float largest = 0f;
        for (int unit = 0; unit < hidden; unit++) {
          double error = Math.abs(slice[unit] - (double) (float) sums[unit]);
          assertThat(error).as("unit %d", unit).isLessThanOrEqualTo(slice[hidden + 1]);
          largestShare = Math.max(largestShare, error / slice[hidden + 1]);
          largest = Math.max(largest, Math.abs(slice[unit]));
        }
        assertThat(slice[hidden]).isEqualTo(largest);
      }
    }
    assertThat(largestShare).as("largest error / bound").isGreaterThan(0.2);
  }

  @Test
  void keepsFloatMultiplicationWhenAProductCouldLeaveTheNormalRange() {
    float[][] embeddings = {{0.5f, -0.25f, 0.0f}};
    assertThat(new InputWeights(new float[][] {{1e-20f, 0.0f, 2.0f}}, embeddings, Rounding.SPLIT))
        .extracting(InputWeights::rounding)
        .isEqualTo(Rounding.SPLIT);
    assertThat(new InputWeights(new float[][] {{1e-38f, 1.0f, 1.0f}}, embeddings, Rounding.SPLIT))
        .extracting(InputWeights::rounding)
        .as("a subnormal product")
        .isEqualTo(Rounding.FLOAT);
    assertThat(
            new InputWeights(
                new float[][] {{1e38f, 1.0f, 1.0f}}, new float[][] {{4.0f}}, Rounding.SPLIT))
        .extracting(InputWeights::rounding)
        .as("a product near float's largest value")
        .isEqualTo(Rounding.FLOAT);
    assertThat(
            new InputWeights(new float[][] {{Float.NaN, 1.0f, 1.0f}}, embeddings, Rounding.SPLIT))
        .extracting(InputWeights::rounding)
        .as("a weight that is not a number")
        .isEqualTo(Rounding.FLOAT);
    assertThat(
            new InputWeights(
                new float[][] {{1e-38f, 1.0f, 1.0f}}, new float[][] {{0f}}, Rounding.SPLIT))
        .extracting(InputWeights::rounding)
        .as("all products zero")
        .isEqualTo(Rounding.SPLIT);
  }

  /** A float of a few significant bits near {@code base}, of random sign and exponent. */
  private static float fewBits(Random random, double base) {
    double mantissa = base + random.nextInt(64) * Math.scalb(1.0, -23);
    double sign = random.nextBoolean() ? 1.0 : -1.0;
    return (float) (sign * Math.scalb(mantissa, random.nextInt(40) - 20));
  }
}
