package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link KeptWordFunction} must give every word what the model's own function gives it, asking that
 * function once per word while it keeps words and every time once it is full.
 */
class KeptWordFunctionTest {
  private static final List<String> WORDS =
      List.of(
          "colour",
          "Colour",
          "COLOUR",
          "colours",
          "honour",
          "Honourable",
          "organisation",
          "Organisation",
          "centre",
          "theatre",
          "defence",
          "travelled",
          "programme",
          "analyse",
          "the",
          "The",
          "Minister",
          "visit",
          "",
          "1999",
          "Xinhua",
          "labour",
          "Labour",
          "grey");

  /** The model's function, counting how often each word is asked for. */
  private static final class Counting implements Function<String, String> {
    final Function<String, String> function = new AmericanizeFunction();
    final Map<String, Integer> calls = new HashMap<>();

    @Override
    public String apply(String word) {
      calls.merge(String.valueOf(word), 1, Integer::sum);
      return function.apply(word);
    }
  }

  @Test
  void givesTheModelFunctionsResultForEveryWordAndCase() {
    AmericanizeFunction stock = new AmericanizeFunction();
    KeptWordFunction kept = new KeptWordFunction(new AmericanizeFunction());
    Random random = new Random(11);
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      asked.add(random.nextBoolean() ? word : new String(word));
    }
    for (String word : asked) {
      assertThat(kept.apply(word)).as(word).isEqualTo(stock.apply(word));
    }
    assertThat(kept.apply(null)).isNull();
    // Americanize changes the lower-case spelling only: a key folded to lower case fails here.
    assertThat(kept.apply("colour")).isEqualTo("color");
    assertThat(kept.apply("Colour")).isEqualTo("Colour");
  }

  @Test
  void asksTheModelsFunctionOncePerWordWhileItKeeps() {
    Counting counting = new Counting();
    KeptWordFunction kept = new KeptWordFunction(counting);
    for (int round = 0; round < 3; round++) {
      for (String word : WORDS) {
        kept.apply(new String(word));
      }
    }
    assertThat(kept.size()).isEqualTo(WORDS.size());
    assertThat(counting.calls.values()).allMatch(calls -> calls == 1);
  }

  @Test
  void asksTheModelsFunctionEveryTimeOnceFull() {
    Counting counting = new Counting();
    KeptWordFunction kept = new KeptWordFunction(counting, 3);
    for (int round = 0; round < 2; round++) {
      for (String word : WORDS) {
        assertThat(kept.apply(word)).isEqualTo(counting.function.apply(word));
      }
    }
    assertThat(kept.size()).isEqualTo(3);
    assertThat(counting.calls.get(WORDS.get(0))).isEqualTo(1);
    assertThat(counting.calls.get(WORDS.get(WORDS.size() - 1))).isEqualTo(2);
  }

  @Test
  void installsInTheClassifiersFlagsAndItsFeatureFactoriesOnce() {
    Properties properties = new Properties();
    properties.setProperty("wordFunction", AmericanizeFunction.class.getName());
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(properties);
    assertThat(crf.flags.wordFunction).isInstanceOf(AmericanizeFunction.class);

    KeptWordFunction.install(List.of(crf, "not a classifier"));
    Function<String, String> installed = crf.flags.wordFunction;
    KeptWordFunction.install(List.of(crf));

    assertThat(installed).isInstanceOf(KeptWordFunction.class);
    assertThat(((KeptWordFunction) installed).function()).isInstanceOf(AmericanizeFunction.class);
    assertThat(crf.flags.wordFunction).isSameAs(installed);
    assertThat(crf.featureFactories).isNotEmpty();
    for (FeatureFactory<CoreLabel> factory : crf.featureFactories) {
      SeqClassifierFlags flags =
          CoreNlpInternals.read(factory, FeatureFactory.class, "flags", "the test's factory");
      assertThat(flags.wordFunction).isSameAs(installed);
    }
  }

  @Test
  void survivesSerialisationLikeTheFlagsItSitsIn() throws Exception {
    KeptWordFunction kept = new KeptWordFunction(new AmericanizeFunction());
    kept.apply("colour");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(kept);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      KeptWordFunction copy = (KeptWordFunction) in.readObject();
      assertThat(copy.size()).isZero();
      assertThat(copy.apply("colour")).isEqualTo("color");
      assertThat(copy.size()).isEqualTo(1);
    }
  }

  @Test
  void leavesAClassifierWithoutWordFunctionAlone() {
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
    KeptWordFunction.install(List.of(crf));
    assertThat(crf.flags.wordFunction).isNull();
  }
}
