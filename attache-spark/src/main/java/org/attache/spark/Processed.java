package org.attache.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.attache.store.DocumentDecisions;

/**
 * One item read and cleaned, at its place in input order ({@code unit}, then {@code ordinal}):
 * either a document row (table {@link Tables#DOCUMENT}) with the facts that decide whether it is
 * kept, or a quarantine row (table {@link Tables#QUARANTINED}).
 */
record Processed(int unit, long ordinal, Row document, Row quarantine, boolean eligible)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The order key "unit:ordinal", fixed width so that text order is input order. */
  String key() {
    return String.format(java.util.Locale.ROOT, "%08d:%012d", unit, ordinal);
  }

  /** What {@link DocumentDecisions} needs of the document; only for documents. */
  Fact fact() {
    java.sql.Date published = document.getAs("published");
    return new Fact(
        key(),
        document.getAs("id"),
        document.getAs("content_hash"),
        document.<Long>getAs("fingerprint"),
        published == null ? null : published.toLocalDate(),
        eligible,
        document.getAs("origin"),
        document.getAs("url"),
        document.getAs("source"));
  }

  /** A document's deciding facts, small enough to collect for the whole input. */
  record Fact(
      String key,
      String id,
      String contentHash,
      long fingerprint,
      LocalDate published,
      boolean eligible,
      String origin,
      String url,
      String source)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    DocumentDecisions.Facts facts() {
      return new DocumentDecisions.Facts(id, contentHash, fingerprint, published, eligible);
    }
  }
}
