package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ParserNetwork} against CoreNLP's own {@code Classifier} on a small random network: every
 * score must be the same double, for precomputed features, cached slices and repeated lookups.
 */
class ParserNetworkTest {
  private static final int FEATURES = Config.numTokens;
  private static final int EMBEDDING = 6;
  private static final int HIDDEN = 9;
  private static final int TRANSITIONS = 7;
  private static final int VOCABULARY = 40;

  @ParameterizedTest
  @EnumSource(InputWeights.Rounding.class)
  void scoresAreBitForBitCoreNlps(InputWeights.Rounding rounding) throws Exception {
    Random random = new Random(20261122L);
    float[][] embeddings = matrix(random, VOCABULARY, EMBEDDING);
    float[][] w1 = matrix(random, HIDDEN, FEATURES * EMBEDDING);
    float[] b1 = matrix(random, 1, HIDDEN)[0];
    float[][] w2 = matrix(random, TRANSITIONS, HIDDEN);
    List<Integer> precomputedFeatures = new ArrayList<>();
    for (int id = 0; id < VOCABULARY; id += 3) {
      for (int position = 0; position < FEATURES; position += 2) {
        precomputedFeatures.add(id * FEATURES + position);
      }
    }
    Properties properties = new Properties();
    properties.setProperty("embeddingSize", String.valueOf(EMBEDDING));
    properties.setProperty("hiddenSize", String.valueOf(HIDDEN));
    properties.setProperty("numPreComputed", String.valueOf(precomputedFeatures.size()));
    Classifier coreNlp =
        new Classifier(new Config(properties), embeddings, w1, b1, w2, precomputedFeatures);
    coreNlp.preCompute();
    Map<Integer, Integer> rows =
        CoreNlpInternals.read(coreNlp, Classifier.class, "preMap", "the test's classifier");
    double[][] saved =
        CoreNlpInternals.read(coreNlp, Classifier.class, "saved", "the test's classifier");
    ParserNetwork network =
        new ParserNetwork(FEATURES, embeddings, w1, b1, w2, saved, rows, true, rounding);
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);

    int[][] states = new int[300][];
    double[][] expected = new double[states.length][];
    for (int state = 0; state < states.length; state++) {
      int[] feature = new int[FEATURES];
      for (int position = 0; position < FEATURES; position++) {
        feature[position] = random.nextInt(VOCABULARY);
      }
      states[state] = feature;
      expected[state] = (double[]) computeScores.invoke(coreNlp, (Object) feature);
      assertArrayEquals(expected[state], network.scores(feature), 0.0, "state " + state);
      assertArrayEquals(
          expected[state], network.scores(feature), 0.0, "state " + state + ", cached");
    }
    double[][] batch = network.scores(states);
    for (int state = 0; state < states.length; state++) {
      assertArrayEquals(expected[state], batch[state], 0.0, "state " + state + " in a batch");
    }
  }

  @Test
  void uncachedSlicesAreSummedIntoTheHiddenLayerUnrounded() {
    float[][] embeddings = {{0.1f, 0.2f}};
    float[][] w1 = new float[1][FEATURES * 2];
    java.util.Arrays.fill(w1[0], 1.0f / 3.0f);
    float[][] w2 = {{1.0f}};
    java.util.function.Function<Boolean, ParserNetwork> network =
        cache ->
            new ParserNetwork(
                FEATURES,
                embeddings,
                w1,
                new float[1],
                w2,
                new double[0][],
                Map.of(),
                cache,
                InputWeights.fastest());
    ParserNetwork cached = network.apply(true);
    ParserNetwork summed = network.apply(false);
    int[] feature = new int[FEATURES];
    double hidden = 0.0;
    for (int position = 0; position < FEATURES; position++) {
      hidden += w1[0][0] * embeddings[0][0];
      hidden += w1[0][1] * embeddings[0][1];
    }
    assertEquals(hidden * hidden * hidden, summed.scores(feature)[0], 0.0);
    float slice = (float) ((double) (w1[0][0] * embeddings[0][0]) + w1[0][1] * embeddings[0][1]);
    double rounded = 0.0;
    for (int position = 0; position < FEATURES; position++) {
      rounded += slice;
    }
    assertEquals(rounded * rounded * rounded, cached.scores(feature)[0], 0.0);
  }

  @Test
  void rejectsWeightsThatDoNotFit() {
    float[][] embeddings = {{0.1f, 0.2f}};
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ParserNetwork(
                    FEATURES,
                    embeddings,
                    new float[3][5],
                    new float[3],
                    new float[2][3],
                    new double[0][],
                    new HashMap<>(),
                    true,
                    InputWeights.Rounding.FLOAT));
    assertEquals(
        "parser weights do not fit: W1 is 3x5, features=48, embedding size=2, b1 length=3",
        error.getMessage());
  }

  /** A matrix of Gaussian values scaled by a half, as floats. */
  static float[][] matrix(Random random, int rows, int columns) {
    float[][] matrix = new float[rows][columns];
    for (float[] row : matrix) {
      for (int column = 0; column < columns; column++) {
        row[column] = (float) random.nextGaussian() * 0.5f;
      }
    }
    return matrix;
  }
}
