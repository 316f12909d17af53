package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;

class WarcSourceTest {
  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void readsHtmlResponsesAndSkipsTheRest(WarcCompression compression) throws IOException {
    WarcSource source = new WarcSource(ReadOptions.DEFAULTS);
    String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
    Path file = Fixtures.write(folder, name, Fixtures.warc(compression));
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(file, name), sink);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted)
        .extracting(item -> item.metadata().url())
        .containsExactly(
            "https://news.example.org/story/1",
            "https://news.example.org/story/2",
            "https://news.example.org/story/3");
    SourceItem first = sink.accepted.get(0);
    assertThat(first.type()).isEqualTo(MediaType.HTML);
    assertThat(first.charset()).isEqualTo("utf-8");
    assertThat(first.metadata().published()).isNull();
    assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo(Fixtures.article(1));
    assertThat(first.origin().input()).isEqualTo(name);
    assertThat(first.origin().record()).startsWith("urn:uuid:");
    assertThat(first.origin().offset()).isPositive();
    assertThat(sink.accepted.get(1).origin().offset()).isGreaterThan(first.origin().offset());
    // warcinfo, three requests, the 404 and the image
    assertThat(source.skipped()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void truncatedAtEveryByteNeverThrowsNorHangs(WarcCompression compression) throws IOException {
    WarcSource source = new WarcSource(ReadOptions.DEFAULTS);
    byte[] warc = Fixtures.warc(compression);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int length = 0; length < warc.length; length++) {
            byte[] cut = Arrays.copyOf(warc, length);
            RecordingSink sink = new RecordingSink();
            source.read(
                Input.stream("cut.warc", null, null, () -> new ByteArrayInputStream(cut)), sink);
            assertThat(sink.accepted.size()).isLessThanOrEqualTo(3);
            assertThat(sink.rejected.size()).isLessThanOrEqualTo(1);
            if (!sink.rejected.isEmpty()) {
              assertThat(sink.rejected.get(0).code())
                  .isIn(ErrorCode.TRUNCATED, ErrorCode.MALFORMED_WARC);
            }
          }
        });
  }

  @Test
  void truncatedWarcKeepsRecordsBeforeTheDamage() throws IOException {
    WarcSource source = new WarcSource(ReadOptions.DEFAULTS);
    byte[] warc = Fixtures.warc(WarcCompression.GZIP);
    RecordingSink whole = new RecordingSink();
    source.read(Input.stream("whole", null, null, () -> new ByteArrayInputStream(warc)), whole);
    long thirdOffset = whole.accepted.get(2).origin().offset();
    byte[] cut = Arrays.copyOf(warc, (int) thirdOffset + 40);
    RecordingSink sink = new RecordingSink();

    source.read(Input.stream("cut.warc.gz", null, null, () -> new ByteArrayInputStream(cut)), sink);

    assertThat(sink.accepted).hasSize(2);
    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.TRUNCATED);
    assertThat(sink.onlyRejection().reason()).contains("cut.warc.gz");
  }

  @Test
  void rejectsNonWarcAsMalformed() {
    WarcSource source = new WarcSource(ReadOptions.DEFAULTS);
    byte[] text = "this is not a web archive\n".repeat(10).getBytes(StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();

    source.read(Input.stream("fake.warc", null, null, () -> new ByteArrayInputStream(text)), sink);

    assertThat(sink.onlyRejection().code()).isIn(ErrorCode.MALFORMED_WARC, ErrorCode.TRUNCATED);
    assertThat(sink.accepted).isEmpty();
  }
}
