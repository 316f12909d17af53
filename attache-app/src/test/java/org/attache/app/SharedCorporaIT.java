package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attache.store.Disposition;
import org.attache.store.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance checks on ../shared: the seeds and the AFP/Xinhua corpus. */
class SharedCorporaIT {
  @TempDir Path folder;

  @Test
  void seedsAreStoredWithManifestDatesAndWithoutBoilerplate() throws Exception {
    Path seeds = SharedData.path("seeds");
    Path db = folder.resolve("seeds.duckdb");
    RunReport report = IngestJobIT.ingest(db, 2, List.of(seeds.toString()));
    assertThat(report.summary()).startsWith("read 3 = stored 3");
    assertThat(
            IngestJobIT.rows(
                db, "SELECT id, published, published_basis FROM documents ORDER BY id"))
        .containsExactly(
            "000_ce093a4c3b796e51\u00012023-05-29\u0001input\u0001",
            "002_c819d9517b7aa661\u00012024-11-28\u0001input\u0001",
            "003_efa662621096a148\u00012023-05-31\u0001input\u0001");
    String texts =
        String.join("\n", IngestJobIT.rows(db, "SELECT text FROM documents ORDER BY id"));
    assertThat(texts)
        .doesNotContain(
            "Load Next Story",
            "PHOTO: FILE",
            "print-news",
            "Replying to X",
            "Comments are moderated",
            "Su Mo Tu We Th Fr Sa",
            "Belarus Events Calendar",
            "| Home | News")
        .contains(
            "Belarus Foreign Minister Sergei Aleinik is set to undertake an official visit",
            "The two sides signed fifteen important agreements and MOUs",
            "MINSK, 31 May (BelTA) - The willingness of Belarus and Pakistan");
    RunReport again = IngestJobIT.ingest(db, 2, List.of(seeds.toString()));
    assertThat(again.count(Disposition.UNCHANGED)).isEqualTo(3);
  }

  @Test
  void newswireIsStoredOnceAndNotAgain() throws Exception {
    Path corpus = SharedData.path("corpora/newswire-afp-xinhua.jsonl");
    Path db = folder.resolve("newswire.duckdb");
    RunReport first = IngestJobIT.ingest(db, 2, List.of(corpus.toString()));
    assertThat(first.read()).isEqualTo(2452);
    assertThat(first.stored()).isEqualTo(2452);
    assertThat(first.balances()).isTrue();
    RunReport second = IngestJobIT.ingest(db, 2, List.of(corpus.toString()));
    assertThat(second.stored()).isZero();
    assertThat(second.count(Disposition.UNCHANGED)).isEqualTo(2452);
    assertThat(IngestJobIT.rows(db, "SELECT count(*), count(DISTINCT id) FROM documents"))
        .containsExactly("2452\u00012452\u0001");
  }
}
