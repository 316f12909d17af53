package org.attache.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Content fingerprints for duplicate detection: an exact hash of the normalised text, and a 64-bit
 * SimHash over word 3-shingles for near-duplicates (the same wire story re-published with a new
 * headline or a trimmed sentence differs in a few bits; unrelated texts differ in about 32).
 *
 * <p>Both ignore case and white space, so re-wrapping a text changes neither.
 */
public final class Fingerprints {
  private static final int SHINGLE = 3;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprints() {}

  /** SHA-256 (hex) of the text with white space folded and case ignored. */
  public static String contentHash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] normalised = normalise(text).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(digest.digest(normalised));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Short stable hex hash of any string, for derived identifiers. */
  public static String shortHash(String value) {
    return contentHashRaw(value).substring(0, 12);
  }

  private static String contentHashRaw(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** 64-bit SimHash of the text's word 3-shingles; 0 for a text with no words. */
  public static long simHash(String text) {
    String[] words = normalise(text).split(" ");
    if (words.length == 0 || words[0].isEmpty()) {
      return 0L;
    }
    int[] votes = new int[64];
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int start = 0; start < shingles; start++) {
      long hash = FNV_OFFSET;
      for (int w = start; w < Math.min(words.length, start + SHINGLE); w++) {
        String word = words[w];
        for (int i = 0; i < word.length(); i++) {
          hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        hash = (hash ^ ' ') * FNV_PRIME;
      }
      hash = mix(hash);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((hash >>> bit) & 1L) != 0 ? 1 : -1;
      }
    }
    long result = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        result |= 1L << bit;
      }
    }
    return result;
  }

  /** Number of differing bits between two fingerprints. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  // FNV alone spreads short keys poorly over the high bits; a final avalanche step fixes that.
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /**
   * Words of the text, lower-cased, joined by single spaces: letters, digits and combining marks
   * (so Devanagari vowel signs stay inside their words) in NFC form (so a composed and a decomposed
   * "café" are the same word), over whole code points (so letters beyond the BMP count).
   */
  private static String normalise(String text) {
    String composed =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean space = true;
    for (int i = 0; i < composed.length(); ) {
      int codePoint = composed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint) || isMark(codePoint)) {
        out.appendCodePoint(Character.toLowerCase(codePoint));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
