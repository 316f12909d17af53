package org.attache.nlp;

import java.util.Arrays;
import java.util.Map;

/** Feature index to precomputed row, in open addressing over int arrays; -1 when absent. */
final class FeatureTable {
  private final int[] keys;
  private final int[] values;
  private final int mask;

  FeatureTable(Map<Integer, Integer> rows) {
    int capacity = Integer.highestOneBit(Math.max(4, rows.size() * 2 - 1)) << 1;
    keys = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, -1);
    for (Map.Entry<Integer, Integer> row : rows.entrySet()) {
      if (row.getKey() < 0) {
        throw new IllegalArgumentException("negative feature index: " + row.getKey());
      }
      int slot = slot(row.getKey());
      while (keys[slot] != -1) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = row.getKey();
      values[slot] = row.getValue();
    }
  }

  int get(int key) {
    int slot = slot(key);
    while (keys[slot] != -1) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(int key) {
    return (key * 0x9E3779B9 >>> 7) & mask;
  }
}
