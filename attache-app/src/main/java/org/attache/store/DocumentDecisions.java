package org.attache.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decisions {@link DocumentStore#put} makes for documents arriving in order into an empty
 * store, without the store: stored, near-duplicate of an earlier document (SimHash within {@link
 * NearDuplicateIndex#MAX_DISTANCE} bits, publication within {@link NearDuplicateIndex#MAX_DAYS}
 * days), updated or unchanged (an id seen before), or duplicate (content hash seen under another
 * id). A distributed run collects each document's key facts in input order and decides here, so it
 * keeps the documents the command line would keep. Not thread-safe.
 */
public final class DocumentDecisions {

  /**
   * A document's facts that decide its fate; {@code eligible} tells whether it is long enough to
   * compare.
   */
  public record Facts(
      String id, String contentHash, long fingerprint, LocalDate published, boolean eligible) {
    public Facts {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(contentHash, "contentHash");
    }
  }

  /**
   * What became of a document: its disposition, the original it near-duplicates (or null) and the
   * distance in bits (or null); for a {@link Disposition#DUPLICATE}, {@code original} is the id
   * whose content it repeats.
   */
  public record Decision(Disposition disposition, String original, Integer distance) {}

  private final Map<String, String> hashById = new HashMap<>();
  private final Map<String, String> idByHash = new HashMap<>();
  private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex();

  /** Whether a text is long enough for near-duplicate detection (40 words or more). */
  public static boolean eligible(String text) {
    return NearDuplicateIndex.eligible(text);
  }

  /** Decides the next document in input order. */
  public Decision next(Facts facts) {
    String knownHash = hashById.get(facts.id());
    if (knownHash != null) {
      if (knownHash.equals(facts.contentHash())) {
        return new Decision(Disposition.UNCHANGED, null, null);
      }
      NearDuplicateIndex.Match match = match(facts);
      remember(facts, match);
      return decision(Disposition.UPDATED, match);
    }
    String original = idByHash.get(facts.contentHash());
    if (original != null) {
      return new Decision(Disposition.DUPLICATE, original, null);
    }
    NearDuplicateIndex.Match match = match(facts);
    remember(facts, match);
    return decision(match == null ? Disposition.STORED : Disposition.NEAR_DUPLICATE, match);
  }

  private static Decision decision(Disposition disposition, NearDuplicateIndex.Match match) {
    return match == null
        ? new Decision(disposition, null, null)
        : new Decision(disposition, match.original(), match.distance());
  }

  private NearDuplicateIndex.Match match(Facts facts) {
    return facts.eligible()
        ? nearDuplicates.nearest(facts.id(), facts.fingerprint(), day(facts))
        : null;
  }

  private void remember(Facts facts, NearDuplicateIndex.Match match) {
    hashById.put(facts.id(), facts.contentHash());
    idByHash.putIfAbsent(facts.contentHash(), facts.id());
    if (facts.eligible()) {
      nearDuplicates.add(
          facts.id(), facts.fingerprint(), day(facts), match == null ? null : match.original());
    }
  }

  private static long day(Facts facts) {
    return facts.published() == null
        ? NearDuplicateIndex.UNKNOWN_DAY
        : facts.published().toEpochDay();
  }
}
