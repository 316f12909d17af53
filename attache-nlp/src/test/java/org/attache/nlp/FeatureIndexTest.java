package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureIndex} must answer every lookup as the CRF's own {@code HashIndex} does: the same
 * id for every string it holds, -1 for every other, even among strings with equal hash codes.
 */
class FeatureIndexTest {
  /** Strings of "Aa" and "BB" blocks: all of one length share one hash code. */
  private static List<String> colliding(int blocks) {
    List<String> strings = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder text = new StringBuilder();
      for (int block = 0; block < blocks; block++) {
        text.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      strings.add(text.toString());
    }
    return strings;
  }

  private static HashIndex<String> hashIndex(List<String> strings) {
    HashIndex<String> index = new HashIndex<>(strings);
    index.lock();
    return index;
  }

  @Test
  void answersAsTheHashIndexOnFeatureLikeStrings() {
    Random random = new Random(7);
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String feature = "W" + random.nextInt(1_000_000) + "|C-" + random.nextInt(40);
      (random.nextInt(3) == 0 ? unknown : known).add(feature);
    }
    HashIndex<String> stock = hashIndex(known.stream().distinct().toList());
    FeatureIndex index = new FeatureIndex(stock);
    assertThat(index.size()).isEqualTo(stock.size());
    for (int id = 0; id < stock.size(); id++) {
      assertThat(index.get(id)).isSameAs(stock.get(id));
      assertThat(index.indexOf(stock.get(id))).isEqualTo(id);
      assertThat(index.indexOf(new String(stock.get(id)))).isEqualTo(id);
    }
    for (String feature : unknown) {
      assertThat(index.indexOf(feature)).as(feature).isEqualTo(stock.indexOf(feature));
      assertThat(index.contains(feature)).isEqualTo(stock.contains(feature));
    }
    assertThat(index.objectsList()).isEqualTo(stock.objectsList());
  }

  @Test
  void tellsStringsWithEqualHashCodesApart() {
    List<String> all = colliding(8);
    assertThat(all.stream().map(String::hashCode).distinct()).hasSize(1);
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 3 == 0 ? unknown : known).add(all.get(i));
    }
    FeatureIndex index = new FeatureIndex(hashIndex(known));
    for (int id = 0; id < known.size(); id++) {
      assertThat(index.indexOf(known.get(id))).as(known.get(id)).isEqualTo(id);
    }
    for (String string : unknown) {
      assertThat(index.indexOf(string)).as(string).isEqualTo(-1);
    }
  }

  @Test
  void anEmptyIndexKnowsNothing() {
    FeatureIndex index = new FeatureIndex(hashIndex(List.of()));
    assertThat(index.size()).isZero();
    assertThat(index.indexOf("")).isEqualTo(-1);
    assertThat(index.indexOf("word-x")).isEqualTo(-1);
  }

  @Test
  @SuppressWarnings("deprecation") // indexOf(E, boolean) is the deprecated way CoreNLP adds
  void staysLockedAndUnchanged() {
    FeatureIndex index = new FeatureIndex(hashIndex(List.of("a", "b")));
    assertThat(index.isLocked()).isTrue();
    assertThat(index.indexOf("c", true)).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(2);
    assertThatThrownBy(() -> index.addToIndex("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(index::unlock).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(index::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(index.indexOf("b")).isEqualTo(1);
  }

  @Test
  void refusesASourceThatHoldsAStringTwice() {
    Index<String> twice = new HashIndex<>();
    twice.add("x");
    Index<String> broken =
        new HashIndex<>(List.of("x", "y")) {
          @Override
          public String get(int id) {
            return "x";
          }
        };
    assertThat(new FeatureIndex(twice).indexOf("x")).isZero();
    assertThatThrownBy(() -> new FeatureIndex(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x\" twice");
  }
}
