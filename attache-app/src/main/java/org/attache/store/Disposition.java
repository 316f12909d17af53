package org.attache.store;

/**
 * What the store did with one item; every item read ends in exactly one of these, so a run's counts
 * balance: read = stored + updated + unchanged + duplicate + quarantined (a near-duplicate is
 * stored, linked to its original).
 */
public enum Disposition {
  /** A new document. */
  STORED,
  /** A new document that is a near-duplicate of a stored one, linked to that original. */
  NEAR_DUPLICATE,
  /** A known document whose content changed: updated in place, not doubled. */
  UPDATED,
  /** A known document read again with the same content: nothing added. */
  UNCHANGED,
  /** The same content as a stored document under another identity: recorded, not stored again. */
  DUPLICATE,
  /** Rejected: kept in quarantine with its raw bytes, stage and reason. */
  QUARANTINED
}
