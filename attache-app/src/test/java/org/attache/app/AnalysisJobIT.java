package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.ActorKnowledge;
import org.attache.annotate.Annotator;
import org.attache.coding.PredicateLexicon;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;
import org.attache.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language analysis of stored documents, with real CoreNLP models: same results on any thread
 * count.
 */
class AnalysisJobIT {
  private static final Path ARTICLES = Path.of("../examples/articles").toAbsolutePath().normalize();
  private static final EventCoding CODING =
      StandardComponents.eventCoding(ActorKnowledge.bundled(), PredicateLexicon.bundled());
  private static CoreNlpAnnotator annotator;

  @TempDir Path folder;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(NlpConfig.fast());
  }

  private AnalysisJob.Report analyse(Path db, int threads) {
    IngestJobIT.ingest(db, 1, List.of(ARTICLES.toString()));
    try (Database database = Database.open(db)) {
      return new AnalysisJob(database, annotator, "fast", ActorKnowledge.bundled(), CODING, threads)
          .run(report -> {});
    }
  }

  @Test
  void storedAnalysisIsTheSameWhateverTheThreadCount() throws Exception {
    Path one = folder.resolve("one.duckdb");
    Path two = folder.resolve("two.duckdb");
    AnalysisJob.Report single = analyse(one, 1);
    AnalysisJob.Report parallel = analyse(two, 2);

    // Six articles, one in French: five analysed, none failed.
    assertThat(single.analysed()).isEqualTo(5);
    assertThat(single.failed()).isZero();
    assertThat(parallel).isEqualTo(single);
    String mentions = "SELECT * FROM actor_mentions ORDER BY document_id, ordinal";
    assertThat(IngestJobIT.rows(two, mentions))
        .isEqualTo(IngestJobIT.rows(one, mentions))
        .isNotEmpty();
    String events = "SELECT id, event_id, mention FROM event_mentions ORDER BY id";
    assertThat(IngestJobIT.rows(two, events))
        .isEqualTo(IngestJobIT.rows(one, events))
        .hasSize((int) single.events());
    assertThat(single.events()).isPositive();
    String records = "SELECT id, record FROM events ORDER BY id";
    assertThat(IngestJobIT.rows(two, records)).isEqualTo(IngestJobIT.rows(one, records));
    String annotations = "SELECT document_id, annotation FROM annotations ORDER BY document_id";
    assertThat(
            firstDifference(IngestJobIT.rows(two, annotations), IngestJobIT.rows(one, annotations)))
        .isEmpty();
    assertThat(
            IngestJobIT.rows(one, "SELECT analysis, count(*) FROM documents GROUP BY 1 ORDER BY 1"))
        .containsExactly("analysed\u00015\u0001", "not_analysed\u00011\u0001");
    assertThat(
            IngestJobIT.rows(
                one,
                "SELECT country, sector, name FROM actor_mentions WHERE document_id = 'ex-art-04'"
                    + " AND name LIKE '%Lukashenko%' LIMIT 1"))
        .containsExactly("BLR\u0001GOV\u0001Alexander Lukashenko\u0001");

    // Nothing is pending any more: a second run does nothing.
    try (Database database = Database.open(one)) {
      assertThat(
              new AnalysisJob(
                      database, annotator, "fast", ActorKnowledge.bundled(), EventCoding.NONE, 2)
                  .run(report -> {})
                  .analysed())
          .isZero();
    }
  }

  /**
   * Chunks of two: the next chunk is analysed while the current one is written, and the store ends
   * as with one chunk; a document that fails in a middle chunk is marked failed, and the rest of
   * the run goes on.
   */
  @Test
  void smallChunksStoreTheSameAndAFailureStopsNothing() throws Exception {
    Path whole = folder.resolve("whole.duckdb");
    Path small = folder.resolve("small.duckdb");
    AnalysisJob.Report expected = analyse(whole, 1);
    IngestJobIT.ingest(small, 1, List.of(ARTICLES.toString()));
    List<AnalysisJob.Report> progress = new ArrayList<>();
    try (Database database = Database.open(small)) {
      AnalysisJob.Report report =
          new AnalysisJob(database, annotator, "fast", ActorKnowledge.bundled(), CODING, 2, 2)
              .run(progress::add);
      assertThat(report).isEqualTo(expected);
    }
    assertThat(progress).extracting(AnalysisJob.Report::analysed).containsExactly(2L, 4L, 5L);
    for (String sql :
        List.of(
            "SELECT * FROM actor_mentions ORDER BY document_id, ordinal",
            "SELECT * FROM event_mentions ORDER BY id",
            "SELECT * FROM events ORDER BY id",
            "SELECT * FROM event_merges ORDER BY event_id, mention_id",
            "SELECT document_id, content_hash, config, annotation FROM annotations"
                + " ORDER BY document_id",
            "SELECT id, analysis FROM documents ORDER BY id")) {
      assertThat(IngestJobIT.rows(small, sql)).as(sql).isEqualTo(IngestJobIT.rows(whole, sql));
    }

    Path failing = folder.resolve("failing.duckdb");
    IngestJobIT.ingest(failing, 1, List.of(ARTICLES.toString()));
    String third =
        IngestJobIT.rows(failing, "SELECT id FROM documents WHERE analysis = 'pending' ORDER BY id")
            .get(2)
            .replace("\u0001", "");
    Annotator failsOnce =
        request -> {
          if (request.documentId().equals(third)) {
            throw new IllegalStateException("cannot annotate " + third);
          }
          return annotator.annotate(request);
        };
    try (Database database = Database.open(failing)) {
      AnalysisJob.Report report =
          new AnalysisJob(database, failsOnce, "fast", ActorKnowledge.bundled(), CODING, 2, 2)
              .run(r -> {});
      assertThat(report.failed()).isEqualTo(1);
      assertThat(report.analysed()).isEqualTo(4);
    }
    assertThat(
            IngestJobIT.rows(failing, "SELECT analysis FROM documents WHERE id = '" + third + "'"))
        .containsExactly("failed\u0001");
  }

  @Test
  void recodingReplacesActorsAndEventsFromStoredAnnotationsWithoutTheModels() throws Exception {
    Path db = folder.resolve("recode.duckdb");
    AnalysisJob.Report first = analyse(db, 2);
    String events = "SELECT id, mention FROM event_mentions ORDER BY id";
    String actors = "SELECT * FROM actor_mentions ORDER BY document_id, ordinal";
    List<String> coded = IngestJobIT.rows(db, events);
    List<String> resolved = IngestJobIT.rows(db, actors);
    Annotator none =
        request -> {
          throw new AssertionError("recoding must not annotate: " + request.documentId());
        };
    try (Database database = Database.open(db)) {
      AnalysisJob.Report withoutEvents =
          new AnalysisJob(database, none, "fast", ActorKnowledge.bundled(), EventCoding.NONE, 2)
              .run(AnalysisJob.Mode.RECODE, report -> {});
      assertThat(withoutEvents.analysed()).isEqualTo(first.analysed());
      assertThat(withoutEvents.events()).isZero();
    }
    assertThat(IngestJobIT.rows(db, events)).isEmpty();
    assertThat(IngestJobIT.rows(db, "SELECT id FROM events")).isEmpty();
    assertThat(IngestJobIT.rows(db, actors)).isEqualTo(resolved);
    try (Database database = Database.open(db)) {
      new AnalysisJob(database, none, "fast", ActorKnowledge.bundled(), CODING, 1)
          .run(AnalysisJob.Mode.RECODE, report -> {});
    }
    assertThat(IngestJobIT.rows(db, events)).isEqualTo(coded);
  }

  /** Where two lists of long strings first differ, with context; empty when they are equal. */
  private static String firstDifference(List<String> actual, List<String> expected) {
    for (int row = 0; row < Math.max(actual.size(), expected.size()); row++) {
      String a = row < actual.size() ? actual.get(row) : "";
      String e = row < expected.size() ? expected.get(row) : "";
      int i = 0;
      while (i < Math.min(a.length(), e.length()) && a.charAt(i) == e.charAt(i)) {
        i++;
      }
      if (i < Math.max(a.length(), e.length())) {
        int from = Math.max(0, i - 150);
        return "row "
            + row
            + " at "
            + i
            + ": ..."
            + a.substring(from, Math.min(a.length(), i + 150))
            + "\n   vs ..."
            + e.substring(from, Math.min(e.length(), i + 150));
      }
    }
    return "";
  }
}
