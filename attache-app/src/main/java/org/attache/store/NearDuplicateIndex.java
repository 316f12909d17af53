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

  // band key -> publication week (UNKNOWN_DAY for undated) -> entries. Bucketing by week keeps a
  // lookup to the weeks that can fall inside the date window instead of the whole archive.
  private final Map<Long, Map<Long, List<Entry>>> buckets = new HashMap<>();

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
      buckets
          .computeIfAbsent(key(fingerprint, band), k -> new HashMap<>())
          .computeIfAbsent(week(day), w -> new ArrayList<>())
          .add(entry);
    }
  }

  /** The closest stored document other than {@code id}, ties broken by id; null when none. */
  Match nearest(String id, long fingerprint, long day) {
    Match best = null;
    for (int band = 0; band < BANDS; band++) {
      for (Entry entry : candidates(buckets.get(key(fingerprint, band)), day)) {
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

  /** Entries of one band bucket that may fall in the window: adjacent weeks and undated ones. */
  private static List<Entry> candidates(Map<Long, List<Entry>> weeks, long day) {
    if (weeks == null) {
      return List.of();
    }
    if (day == UNKNOWN_DAY) {
      List<Entry> all = new ArrayList<>();
      weeks.values().forEach(all::addAll);
      return all;
    }
    List<Entry> near = new ArrayList<>();
    long week = week(day);
    for (long w : new long[] {week - 1, week, week + 1, UNKNOWN_DAY}) {
      near.addAll(weeks.getOrDefault(w, List.of()));
    }
    return near;
  }

  private static long week(long day) {
    return day == UNKNOWN_DAY ? UNKNOWN_DAY : Math.floorDiv(day, MAX_DAYS);
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
