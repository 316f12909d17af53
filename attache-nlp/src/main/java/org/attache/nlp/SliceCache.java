package org.attache.nlp;

import java.util.Arrays;

/**
 * The parser network's computed slices (a feature's contribution to every hidden unit), by feature
 * index, at most a given number of them; when full, the slot to reuse is chosen by the clock
 * algorithm (a slot read since the hand last passed it is spared once), which keeps the slices in
 * use as well as dropping the one used longest ago does.
 *
 * <p>Why not a {@code LinkedHashMap}: with boxed keys and a list relinked on every read it took 7 %
 * of the network's time for about 100 lookups per sentence. Here the keys live in an int table
 * (linear probing, deletion by shifting back), the slices in reused float arrays, so a lookup
 * touches two int arrays and a miss allocates nothing once the cache is full. A cached slice is
 * exact, so what is kept changes the time, never the scores. Not thread-safe.
 */
final class SliceCache {
  private static final int EMPTY = -1;

  private final int capacity;
  private final int width;
  private final int[] tableKeys;
  private final int[] tableSlots;
  private final int mask;
  private final int[] slotKeys;
  private final boolean[] used;
  private final float[][] slices;
  private int size;
  private int hand;

  /**
   * @param capacity how many slices to keep
   * @param width how many values a slice has
   */
  SliceCache(int capacity, int width) {
    if (capacity < 1 || width < 1) {
      throw new IllegalArgumentException(
          "a slice cache needs room: capacity=" + capacity + ", width=" + width);
    }
    this.capacity = capacity;
    this.width = width;
    int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
    this.tableKeys = new int[tableSize];
    this.tableSlots = new int[tableSize];
    this.mask = tableSize - 1;
    Arrays.fill(tableKeys, EMPTY);
    this.slotKeys = new int[capacity];
    this.used = new boolean[capacity];
    this.slices = new float[capacity][];
  }

  /** The slice cached for a feature index, or null. */
  float[] get(int key) {
    for (int index = home(key); tableKeys[index] != EMPTY; index = (index + 1) & mask) {
      if (tableKeys[index] == key) {
        int slot = tableSlots[index];
        used[slot] = true;
        return slices[slot];
      }
    }
    return null;
  }

  /**
   * An array to compute a feature's slice into, cached under its index from now on; when the cache
   * is full it is the array of an evicted slice, whose values the caller overwrites. The index must
   * not be cached already.
   */
  float[] claim(int key) {
    if (key < 0) {
      throw new IllegalArgumentException("negative feature index: " + key);
    }
    int slot;
    if (size < capacity) {
      slot = size++;
      slices[slot] = new float[width];
    } else {
      while (used[hand]) {
        used[hand] = false;
        hand = (hand + 1) % capacity;
      }
      slot = hand;
      hand = (hand + 1) % capacity;
      remove(slotKeys[slot]);
    }
    slotKeys[slot] = key;
    used[slot] = false;
    int index = home(key);
    while (tableKeys[index] != EMPTY) {
      if (tableKeys[index] == key) {
        throw new IllegalStateException("feature index already cached: " + key);
      }
      index = (index + 1) & mask;
    }
    tableKeys[index] = key;
    tableSlots[index] = slot;
    return slices[slot];
  }

  /** How many slices are cached. */
  int size() {
    return size;
  }

  /** Removes a key from the table, shifting back the keys of its run that probed past it. */
  private void remove(int key) {
    int hole = home(key);
    while (tableKeys[hole] != key) {
      hole = (hole + 1) & mask;
    }
    for (int next = (hole + 1) & mask; tableKeys[next] != EMPTY; next = (next + 1) & mask) {
      int wanted = home(tableKeys[next]);
      // the key at next may fill the hole if its home is not in the stretch (hole, next]
      boolean homeBetween =
          hole <= next ? hole < wanted && wanted <= next : hole < wanted || wanted <= next;
      if (!homeBetween) {
        tableKeys[hole] = tableKeys[next];
        tableSlots[hole] = tableSlots[next];
        hole = next;
      }
    }
    tableKeys[hole] = EMPTY;
  }

  private int home(int key) {
    return (key * 0x9E3779B9 >>> 7) & mask;
  }
}
