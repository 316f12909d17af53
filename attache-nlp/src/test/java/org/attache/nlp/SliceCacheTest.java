package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SliceCache} against a plain model of the clock algorithm: the same hits and misses, and
 * every hit gives back the values written when its key was claimed.
 */
class SliceCacheTest {
  @Test
  void hitsAndMissesAsTheClockAlgorithmGivesThem() {
    for (int capacity : new int[] {1, 2, 7, 64, 1000}) {
      for (int keys : new int[] {capacity, 3 * capacity + 5, 50 * capacity}) {
        check(capacity, keys, new Random(capacity * 31L + keys));
      }
    }
  }

  @Test
  void aSliceUsedSinceTheHandPassedIsSparedOnce() {
    SliceCache cache = new SliceCache(3, 1);
    cache.claim(10)[0] = 10f;
    cache.claim(11)[0] = 11f;
    cache.claim(12)[0] = 12f;
    assertThat(cache.get(10)).containsExactly(10f);
    cache.claim(13)[0] = 13f; // 10 was read, so 11 goes
    assertThat(cache.get(11)).isNull();
    assertThat(cache.get(10)).containsExactly(10f);
    assertThat(cache.get(12)).containsExactly(12f);
    assertThat(cache.get(13)).containsExactly(13f);
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void rejectsWhatWouldCorruptIt() {
    SliceCache cache = new SliceCache(2, 4);
    cache.claim(5);
    assertThatThrownBy(() -> cache.claim(5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("feature index already cached: 5");
    assertThatThrownBy(() -> cache.claim(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative feature index: -3");
    assertThatThrownBy(() -> new SliceCache(0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a slice cache needs room: capacity=0, width=4");
  }

  /** Random lookups, skewed towards small keys, compared step by step with the model. */
  private static void check(int capacity, int keys, Random random) {
    SliceCache cache = new SliceCache(capacity, 3);
    ClockModel model = new ClockModel(capacity);
    int hits = 0;
    for (int step = 0; step < 20_000; step++) {
      int key = (int) (keys * Math.pow(random.nextDouble(), 2)) * 7919;
      float[] slice = cache.get(key);
      boolean expected = model.lookUp(key);
      assertThat(slice != null).as("hit for key %d at step %d", key, step).isEqualTo(expected);
      if (slice == null) {
        slice = cache.claim(key);
        Arrays.fill(slice, key);
      } else {
        hits++;
        assertThat(slice).as("values of key %d", key).containsOnly((float) key);
      }
      assertThat(cache.size()).isEqualTo(model.size());
    }
    if (keys > capacity) {
      assertThat(hits).as("hits with capacity %d and %d keys", capacity, keys).isBetween(1, 19_999);
    }
  }

  /** The clock algorithm written plainly, over a map. */
  private static final class ClockModel {
    private final int[] keys;
    private final boolean[] used;
    private final Map<Integer, Integer> slots = new HashMap<>();
    private int hand;

    ClockModel(int capacity) {
      keys = new int[capacity];
      used = new boolean[capacity];
    }

    /** Whether the key was cached; it is cached afterwards. */
    boolean lookUp(int key) {
      Integer slot = slots.get(key);
      if (slot != null) {
        used[slot] = true;
        return true;
      }
      int free = slots.size();
      if (free == keys.length) {
        while (used[hand]) {
          used[hand] = false;
          hand = (hand + 1) % keys.length;
        }
        free = hand;
        hand = (hand + 1) % keys.length;
        slots.remove(keys[free]);
      }
      keys[free] = key;
      used[free] = false;
      slots.put(key, free);
      return false;
    }

    int size() {
      return slots.size();
    }
  }
}
