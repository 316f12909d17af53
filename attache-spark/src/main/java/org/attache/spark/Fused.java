package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.event.EventIds;
import org.attache.event.Evidence;
import org.attache.fusion.EventFuser;
import org.attache.fusion.FusedEvent;
import org.attache.fusion.Merge;
import org.attache.fusion.Sources;
import org.attache.store.EventRow;

/**
 * The events of one component of the block graph, as rows of the events, event mentions and merges
 * tables: what {@code EventFusionStore} writes for the same mentions.
 */
record Fused(List<Row> events, List<Row> mentions, List<Row> merges) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fuses one component; {@code originals} maps near-duplicates to their originals. */
  static Fused of(Iterable<MentionRecord> component, Map<String, String> originals) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, MentionRecord> byId = new java.util.HashMap<>();
    for (MentionRecord mention : component) {
      evidence.add(mention.evidence());
      byId.put(mention.id(), mention);
    }
    List<Row> events = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    List<Row> merges = new ArrayList<>();
    for (FusedEvent event : new EventFuser().fuse(evidence, originals)) {
      events.add(
          row(
              EventRow.of(
                  event.id(), event.evidence(), Sources.count(event.evidence(), originals))));
      for (Evidence item : event.evidence()) {
        mentions.add(byId.get(EventIds.mention(item.mention())).row(event.id()));
      }
      for (Merge merge : event.merges()) {
        merges.add(
            RowFactory.create(
                event.id(),
                merge.mentionId(),
                merge.intoMentionId(),
                merge.reason(),
                merge.score()));
      }
    }
    return new Fused(events, mentions, merges);
  }

  /** Spark's rows hold array columns as Scala sequences. */
  private static scala.collection.immutable.Seq<String> seq(List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  private static Row row(EventRow event) {
    return RowFactory.create(
        event.id(),
        event.cameoCode(),
        event.cameoRoot(),
        event.cameoName(),
        event.quadClass(),
        event.goldstein(),
        event.ploverType(),
        seq(event.actorCountries()),
        seq(event.recipientCountries()),
        event.actors(),
        event.recipients(),
        event.status(),
        event.dateStart() == null ? null : java.sql.Date.valueOf(event.dateStart()),
        event.dateEnd() == null ? null : java.sql.Date.valueOf(event.dateEnd()),
        event.placeName(),
        event.placeCountry(),
        event.mentions(),
        event.sources(),
        event.firstDocument(),
        event.record());
  }
}
