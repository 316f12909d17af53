package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.store.Disposition;
import org.attache.store.DocumentDecisions;

/**
 * Which documents the job keeps: the store's decisions ({@link DocumentDecisions}) made on the
 * driver in input order from each document's few deciding facts. Holds the kept documents by order
 * key with their near-duplicate links, the near-duplicate originals fusion counts sources by, and
 * the rows of the duplicates table.
 */
record Keeping(Map<String, Kept> kept, Map<String, String> originals, List<Row> duplicates) {

  /** A kept document's near-duplicate original and distance (both null when it has none). */
  record Kept(String original, Integer distance) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Decides every document in input order as the store does. A document read again under its id
   * replaces the earlier version (the store updates it in place), so only the last one is kept.
   */
  static Keeping decide(JavaRDD<Processed> processed) {
    List<Processed.Fact> facts =
        new ArrayList<>(
            processed.filter(item -> item.document() != null).map(Processed::fact).collect());
    facts.sort(Comparator.comparing(Processed.Fact::key));
    DocumentDecisions decider = new DocumentDecisions();
    Map<String, String> keyById = new HashMap<>();
    Map<String, Kept> kept = new HashMap<>();
    Map<String, Row> duplicates = new TreeMap<>();
    for (Processed.Fact fact : facts) {
      DocumentDecisions.Decision decision = decider.next(fact.facts());
      Disposition disposition = decision.disposition();
      if (disposition == Disposition.DUPLICATE) {
        duplicates.put(
            fact.origin(),
            RowFactory.create(
                fact.origin(), fact.id(), decision.original(), fact.url(), fact.source()));
      } else if (disposition != Disposition.UNCHANGED) {
        String earlier = keyById.put(fact.id(), fact.key());
        if (earlier != null) {
          kept.remove(earlier);
        }
        kept.put(fact.key(), new Kept(decision.original(), decision.distance()));
      }
    }
    Map<String, String> originals = new TreeMap<>();
    for (Processed.Fact fact : facts) {
      Kept decision = kept.get(fact.key());
      if (decision != null && decision.original() != null) {
        originals.put(fact.id(), decision.original());
      }
    }
    return new Keeping(kept, originals, new ArrayList<>(duplicates.values()));
  }
}
