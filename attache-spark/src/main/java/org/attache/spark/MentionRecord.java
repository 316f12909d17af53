package org.attache.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.event.EventMentionCodec;
import org.attache.event.Evidence;
import org.attache.store.EventStore;

/**
 * An event mention as it travels between stages: its id, document and place in the document, the
 * mention as canonical JSON, and the evidence fields fusion weighs (outlet, URL, publication date,
 * sentence).
 */
record MentionRecord(
    String id,
    String documentId,
    int ordinal,
    String mention,
    String source,
    String url,
    LocalDate published,
    String sentence,
    int sentenceStart)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static MentionRecord of(String id, int ordinal, Evidence evidence) {
    return new MentionRecord(
        id,
        evidence.mention().documentId(),
        ordinal,
        EventMentionCodec.toJson(evidence.mention()),
        evidence.source(),
        evidence.url(),
        evidence.published(),
        evidence.sentence(),
        evidence.sentenceStart());
  }

  Evidence evidence() {
    return new Evidence(
        EventMentionCodec.fromJson(mention), source, url, published, sentence, sentenceStart);
  }

  /** The row of table {@link Tables#EVENT_MENTION}, in event {@code eventId}. */
  Row row(String eventId) {
    return RowFactory.create(
        EventStore.mentionColumns(
            id,
            eventId,
            documentId,
            ordinal,
            EventMentionCodec.fromJson(mention),
            sentenceStart,
            sentence,
            mention));
  }
}
