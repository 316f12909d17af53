package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatScores}: every float score stays within its bound of the score computed in double as
 * CoreNLP computes it, on random rows, on rows that cancel (the hidden sums' error dominates) and
 * on equal terms summed 1,000 times (the output sums' error dominates, and comes within a fraction
 * of the bound, so a bound made much smaller fails).
 */
class FloatScoresTest {
  private static final int ROWS = 48;
  private static final int HIDDEN = 1000;
  private static final int TRANSITIONS = 9;

  @Test
  void randomRows() {
    Random random = new Random(11L);
    float[][] w2 = gaussian(random, TRANSITIONS, HIDDEN, 0.2f);
    float[] b1 = gaussian(random, 1, HIDDEN, 0.5f)[0];
    for (int state = 0; state < 20; state++) {
      check(b1, w2, gaussian(random, ROWS, HIDDEN, 0.3f));
    }
  }

  @Test
  void rowsThatCancel() {
    Random random = new Random(12L);
    float[][] w2 = new float[TRANSITIONS][HIDDEN];
    for (float[] row : w2) {
      Arrays.fill(row, 0.3f);
    }
    for (int state = 0; state < 5; state++) {
      // half the rows add up to about 240,000, where a float step is 1/64, then the other half
      // take it back down to a few units: the sum keeps the roundings of the large partial sums
      float[][] rows = new float[ROWS][HIDDEN];
      for (int row = 0; row < ROWS; row++) {
        double magnitude = 1e4 + row * 0.37 + random.nextDouble();
        Arrays.fill(rows[row], (float) (row < ROWS / 2 ? magnitude : -magnitude + 0.2));
      }
      check(new float[HIDDEN], w2, rows);
    }
  }

  @Test
  void equalTermsComeNearTheBound() {
    float[][] w2 = new float[TRANSITIONS][HIDDEN];
    for (float[] row : w2) {
      Arrays.fill(row, 0.3f);
    }
    float[][] rows = new float[ROWS][HIDDEN];
    // found by search: the cube of this value times 0.3 loses most in 1,000 float additions
    Arrays.fill(rows[0], 1.2053115f);
    assertThat(check(new float[HIDDEN], w2, rows)).as("largest error / bound").isGreaterThan(0.1);
  }

  /** Scores one state both ways; returns the largest error as a share of the bound. */
  private static double check(float[] b1, float[][] w2, float[][] rows) {
    FloatScores scores = new FloatScores(ROWS, b1, w2);
    double largest = 0.0;
    for (float[] row : rows) {
      largest += FloatScores.largest(row);
    }
    float[][] approximate = new float[1][TRANSITIONS];
    float[][] sums = {scores.sum(rows)};
    double bound = scores.score(sums, new double[] {largest}, new double[1], 1, approximate)[0];
    double[] hidden = new double[HIDDEN];
    for (float[] row : rows) {
      for (int unit = 0; unit < HIDDEN; unit++) {
        hidden[unit] += row[unit];
      }
    }
    double share = 0.0;
    for (int transition = 0; transition < TRANSITIONS; transition++) {
      double exact = 0.0;
      for (int unit = 0; unit < HIDDEN; unit++) {
        double value = hidden[unit] + b1[unit];
        exact += value * value * value * w2[transition][unit];
      }
      double error = Math.abs(approximate[0][transition] - exact);
      assertThat(error).as("error of transition %d", transition).isLessThanOrEqualTo(bound);
      share = Math.max(share, error / bound);
    }
    return share;
  }

  private static float[][] gaussian(Random random, int rows, int columns, float scale) {
    float[][] matrix = new float[rows][columns];
    for (float[] row : matrix) {
      for (int column = 0; column < columns; column++) {
        row[column] = (float) random.nextGaussian() * scale;
      }
    }
    return matrix;
  }
}
