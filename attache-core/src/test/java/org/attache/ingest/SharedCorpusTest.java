package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reads the shared seeds and news corpus beside the project; skipped when they are absent. */
class SharedCorpusTest {
  private static final Path SHARED = Path.of(System.getProperty("attache.shared", "../shared"));

  private static Sources sources() {
    return new Sources(ReadOptions.DEFAULTS, new HttpFetcher(), InputStream::nullInputStream);
  }

  @Test
  void readsSeedManifestFolder() {
    Path seeds = SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "no shared seeds at " + seeds);
    RecordingSink sink = new RecordingSink();

    sources().read(seeds.toString(), sink);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(3);
    assertThat(sink.accepted.get(0).metadata().id()).isEqualTo("000_ce093a4c3b796e51");
    assertThat(sink.accepted.get(0).metadata().source()).isEqualTo("tribune.com.pk");
    assertThat(sink.accepted.get(0).metadata().published()).isEqualTo(LocalDate.of(2023, 5, 29));
    assertThat(sink.accepted.get(2).metadata().language()).isEqualTo("en");
  }

  @Test
  void readsNewswireCorpus() {
    Path corpus = SHARED.resolve("corpora/newswire-afp-xinhua.jsonl");
    assumeTrue(Files.isRegularFile(corpus), "no shared corpus at " + corpus);
    RecordingSink sink = new RecordingSink();

    sources().read(corpus.toString(), sink);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(2452);
    assertThat(sink.accepted).allSatisfy(item -> assertThat(item.text()).isNotBlank());
  }
}
