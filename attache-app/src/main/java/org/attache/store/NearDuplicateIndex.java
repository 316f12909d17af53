package org.attache.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.pipeline.Fingerprints;

/**
 * Finds stored documents whose SimHash fingerprint is within {@link #MAX_DISTANCE} bits of a new
 * one. The 64 bits are cut into {@link #BANDS} bands; two fingerprints that differ in at most BANDS
 * - 1 bits agree exactly on at least one band (pigeonhole), so only documents sharing a band value
 * are compared.
 *
 * <p>Short texts have unstable fingerprints, so documents under {@link #MIN_WORDS} words are
 * neither indexed nor matched. Not thread-safe: the ingest writer owns it.
 */
final class NearDuplicateIndex {
  static final int MAX_DISTANCE = 10;
  static final int MAX_DAYS = 7;
  static final int BANDS = MAX_DISTANCE + 1;
  static final int MIN_WORDS = 40;
  static final long UNKNOWN_DAY = Long.MIN_VALUE;
  private static final int BAND_BITS = (64 + BANDS - 1) / BANDS;

  /** A stored document as the index knows it; {@code day} is its publication epoch day. */
  record Entry(String id, long fingerprint, long day, String original) {}

  /** A match: the stored document, the original it links to, and the distance in bits. */
  record Match(String id, String original, int distance) {}

  private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();

  NearDuplicateIndex() {
    for (int band = 0; band < BANDS; band++) {
      bands.add(new HashMap<>());
    }
  }

  static boolean eligible(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words < MIN_WORDS; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= MIN_WORDS;
  }

  void add(String id, long fingerprint, long day, String original) {
    Entry entry = new Entry(id, fingerprint, day, original);
    for (int band = 0; band < BANDS; band++) {
      bands.get(band).computeIfAbsent(key(fingerprint, band), k -> new ArrayList<>()).add(entry);
    }
  }

  /** The closest stored document other than {@code id}, ties broken by id; null when none. */
  Match nearest(String id, long fingerprint, long day) {
    Match best = null;
    for (int band = 0; band < BANDS; band++) {
      for (Entry entry : bands.get(band).getOrDefault(key(fingerprint, band), List.of())) {
        if (entry.id().equals(id) || !withinWindow(day, entry.day())) {
          continue;
        }
        int distance = Fingerprints.distance(fingerprint, entry.fingerprint());
        if (distance <= MAX_DISTANCE
            && (best == null
                || distance < best.distance()
                || (distance == best.distance() && entry.id().compareTo(best.id()) < 0))) {
          String original = entry.original() != null ? entry.original() : entry.id();
          best = new Match(entry.id(), original, distance);
        }
      }
    }
    return best;
  }

  private static boolean withinWindow(long day, long other) {
    return day == UNKNOWN_DAY || other == UNKNOWN_DAY || Math.abs(day - other) <= MAX_DAYS;
  }

  private static long key(long fingerprint, int band) {
    int shift = band * BAND_BITS;
    long mask = (1L << Math.max(0, Math.min(BAND_BITS, 64 - shift))) - 1;
    return ((long) band << 56) | ((fingerprint >>> shift) & mask);
  }
}
