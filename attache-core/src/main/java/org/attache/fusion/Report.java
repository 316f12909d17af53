package org.attache.fusion;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.attache.event.EventIds;
import org.attache.event.EventMention;
import org.attache.event.Evidence;

/**
 * One piece of evidence with what fusion computes from it once: the mention id, the act family, the
 * countries on either side, the document it counts for (its near-duplicate original, else itself),
 * its date window (null when undated) and, when no actor resolved to a country, the names its
 * sentence mentions ({@link Names}; empty otherwise).
 */
record Report(
    String id,
    Evidence evidence,
    String family,
    SortedSet<String> countries,
    String context,
    DateWindow window,
    SortedSet<String> names) {

  static Report of(Evidence evidence, Map<String, String> originals) {
    EventMention mention = evidence.mention();
    String document = mention.documentId();
    SortedSet<String> countries = Actors.countries(mention.actors(), mention.recipients());
    return new Report(
        EventIds.mention(mention),
        evidence,
        Acts.family(mention.type()),
        countries,
        originals.getOrDefault(document, document),
        DateWindow.of(mention),
        countries.isEmpty() ? Names.of(evidence) : new TreeSet<>());
  }

  EventMention mention() {
    return evidence.mention();
  }

  /** Month- or year-precision: attached only to a unique compatible event. */
  boolean coarse() {
    return window != null && window.coarse();
  }
}
