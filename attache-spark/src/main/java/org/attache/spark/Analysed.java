package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.actor.ActorMention;
import org.attache.annotate.AnnotationCodec;
import org.attache.event.Evidence;
import org.attache.store.AnalysisStore;
import org.attache.store.EventStore;

/**
 * A kept document after analysis, as the store would hold it: its row with the analysis status
 * ({@code analysed}, {@code failed}, or {@code not_analysed} for documents the analysis does not
 * read), its annotation and actor mention rows, and its distinct event mentions.
 */
record Analysed(Row document, Row annotation, List<Row> actors, List<MentionRecord> mentions)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Analyses a document row whose analysis is {@code pending}; others pass unchanged. */
  static Analysed of(Row document, JobOptions options) {
    if (!"pending".equals(document.getAs("analysis"))) {
      return new Analysed(document, null, List.of(), List.of());
    }
    java.sql.Date published = document.getAs("published");
    AnalysisStore.Pending pending =
        new AnalysisStore.Pending(
            document.getAs("id"),
            document.getAs("text"),
            published == null ? null : published.toLocalDate(),
            document.getAs("content_hash"),
            document.getAs("source"),
            document.getAs("url"),
            null);
    AnalysisStore.Result result;
    try {
      result = Executors.analyse(options, pending);
    } catch (RuntimeException e) {
      // As on the command line: the document stays, marked failed, and the job goes on.
      return new Analysed(status(document, "failed"), null, List.of(), List.of());
    }
    return new Analysed(
        status(document, "analysed"),
        RowFactory.create(
            pending.id(),
            pending.contentHash(),
            Executors.NLP.name(),
            AnnotationCodec.toJson(result.annotation())),
        actors(pending.id(), result.actors()),
        mentions(AnalysisStore.evidence(result)));
  }

  private static Row status(Row document, String analysis) {
    return DocumentRows.with(
        document,
        analysis,
        document.getAs("near_duplicate_of"),
        document.getAs("near_duplicate_distance"));
  }

  private static List<Row> actors(String documentId, List<ActorMention> mentions) {
    List<Row> rows = new ArrayList<>();
    for (ActorMention mention : mentions) {
      rows.add(RowFactory.create(AnalysisStore.actorColumns(documentId, rows.size(), mention)));
    }
    return rows;
  }

  private static List<MentionRecord> mentions(List<Evidence> evidence) {
    List<MentionRecord> mentions = new ArrayList<>();
    for (Map.Entry<String, Evidence> entry : EventStore.distinct(evidence).entrySet()) {
      mentions.add(MentionRecord.of(entry.getKey(), mentions.size(), entry.getValue()));
    }
    return mentions;
  }
}
