package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.params.provider.CsvSource;
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
    Classifier coreNlp = classifier(embeddings, w1, b1, w2, precomputedFeatures);
    ParserNetwork network =
        network(coreNlp, embeddings, w1, b1, w2, ParserNetwork.SLICES_CACHED, rounding);
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

  /**
   * {@link ParserNetwork#choose} against CoreNLP's scores: transitions 1 and 2 have the same output
   * weights and transition 3 differs from them by one float step in each weight, so that many
   * states are left in doubt by the float scores and scored again exactly; the others are decided
   * in float. Every choice must be the first best allowed transition by CoreNLP's scores, also when
   * the slice cache is so small that a state's later slices take the slots of its earlier ones.
   */
  @ParameterizedTest
  @CsvSource({"FLOAT, 20000", "SPLIT, 20000", "SPLIT, 3"})
  void choicesAreCoreNlpsWhenScoresNearlyTie(InputWeights.Rounding rounding, int sliceCapacity)
      throws Exception {
    Random random = new Random(20261123L);
    float[][] embeddings = matrix(random, VOCABULARY, EMBEDDING);
    float[][] w1 = matrix(random, HIDDEN, FEATURES * EMBEDDING);
    float[] b1 = matrix(random, 1, HIDDEN)[0];
    float[][] w2 = matrix(random, TRANSITIONS, HIDDEN);
    for (float[] row : w2) {
      row[0] *= 0.1f; // keeps transition 0 from winning every state
    }
    w2[2] = w2[1].clone();
    w2[3] = w2[1].clone();
    for (int unit = 0; unit < HIDDEN; unit++) {
      w2[3][unit] = random.nextBoolean() ? Math.nextUp(w2[3][unit]) : Math.nextDown(w2[3][unit]);
    }
    List<Integer> precomputedFeatures = new ArrayList<>();
    for (int id = 0; id < VOCABULARY; id += 2) {
      for (int position = 0; position < FEATURES; position++) {
        precomputedFeatures.add(id * FEATURES + position);
      }
    }
    Classifier coreNlp = classifier(embeddings, w1, b1, w2, precomputedFeatures);
    ParserNetwork network = network(coreNlp, embeddings, w1, b1, w2, sliceCapacity, rounding);
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
    int[][] states = new int[400][FEATURES];
    int[][] allowed = new int[states.length][];
    int[] expected = new int[states.length];
    for (int state = 0; state < states.length; state++) {
      for (int position = 0; position < FEATURES; position++) {
        states[state][position] = random.nextInt(VOCABULARY);
      }
      allowed[state] =
          random
              .ints(0, TRANSITIONS)
              .distinct()
              .limit(2 + random.nextInt(TRANSITIONS - 1))
              .sorted()
              .toArray();
      double[] scores = (double[]) computeScores.invoke(coreNlp, (Object) states[state]);
      expected[state] = ParserNetwork.firstBest(scores, allowed[state]);
    }
    int[] chosen = network.choose(states, allowed);
    for (int state = 0; state < states.length; state++) {
      assertEquals(expected[state], chosen[state], "state " + state);
    }
    assertThat(network.exactlyChosen()).as("states scored again exactly").isBetween(20L, 380L);
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
                ParserNetwork.SLICES_CACHED,
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
                    ParserNetwork.SLICES_CACHED,
                    InputWeights.Rounding.FLOAT));
    assertEquals(
        "parser weights do not fit: W1 is 3x5, features=48, embedding size=2, b1 length=3",
        error.getMessage());
  }

  /** CoreNLP's classifier for the weights, with the given features precomputed. */
  private static Classifier classifier(
      float[][] embeddings, float[][] w1, float[] b1, float[][] w2, List<Integer> precomputed) {
    Properties properties = new Properties();
    properties.setProperty("embeddingSize", String.valueOf(embeddings[0].length));
    properties.setProperty("hiddenSize", String.valueOf(b1.length));
    properties.setProperty("numPreComputed", String.valueOf(precomputed.size()));
    Classifier coreNlp =
        new Classifier(new Config(properties), embeddings, w1, b1, w2, precomputed);
    coreNlp.preCompute();
    return coreNlp;
  }

  /** Our network over the same weights and CoreNLP's precomputed rows. */
  private static ParserNetwork network(
      Classifier coreNlp,
      float[][] embeddings,
      float[][] w1,
      float[] b1,
      float[][] w2,
      int sliceCapacity,
      InputWeights.Rounding rounding) {
    return new ParserNetwork(
        FEATURES,
        embeddings,
        w1,
        b1,
        w2,
        CoreNlpInternals.read(coreNlp, Classifier.class, "saved", "the test's classifier"),
        CoreNlpInternals.read(coreNlp, Classifier.class, "preMap", "the test's classifier"),
        true,
        sliceCapacity,
        rounding);
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
