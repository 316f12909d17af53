package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  private static final String GOOD_1 =
      "{\"id\":\"a1\",\"url\":\"https://x.org/1\",\"source\":\"AFP\",\"published\":\"1997-04-01\","
          + "\"title\":\"Talks\",\"language\":\"EN\",\"text\":\"Talks began.\"}";
  private static final String GOOD_2 =
      "{\"id\":2,\"published\":\"2023-05-29T10:15:00+05:00\",\"html\":\"<p>Talks</p>\"}";

  @TempDir Path folder;

  private final JsonLinesSource source = new JsonLinesSource(ReadOptions.DEFAULTS);

  @Test
  void readsItemsWithMetadataAndLineOrigins() throws IOException {
    String content = GOOD_1 + "\n\n" + GOOD_2 + "\r\n";
    Path file = Fixtures.write(folder, "feed.jsonl", content);
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(file, "feed.jsonl"), sink);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(2);
    SourceItem first = sink.accepted.get(0);
    assertThat(first.metadata())
        .isEqualTo(
            new Metadata("a1", "https://x.org/1", "AFP", "Talks", LocalDate.of(1997, 4, 1), "en"));
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.text()).isEqualTo("Talks began.");
    assertThat(first.raw()).isEqualTo(GOOD_1.getBytes(StandardCharsets.UTF_8));
    assertThat(first.origin()).isEqualTo(new Origin("feed.jsonl", "line 1", 0));
    SourceItem second = sink.accepted.get(1);
    assertThat(second.type()).isEqualTo(MediaType.HTML);
    assertThat(second.metadata().id()).isEqualTo("2");
    assertThat(second.metadata().published()).isEqualTo(LocalDate.of(2023, 5, 29));
    assertThat(second.origin().toString()).isEqualTo("feed.jsonl#line 3@" + (GOOD_1.length() + 2));
  }

  @Test
  void rejectsBadLinesAndGoesOn() throws IOException {
    String content =
        String.join(
            "\n",
            GOOD_1,
            "{\"id\": x}",
            "[1, 2]",
            "{\"id\":\"no-text\",\"text\":\"   \"}",
            "{\"id\":\"bad-date\",\"published\":\"Tuesday last\",\"text\":\"ok\"}",
            GOOD_2);
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "mixed.jsonl", content), "mixed.jsonl"), sink);

    assertThat(sink.codes())
        .containsExactly(ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON, ErrorCode.NO_TEXT);
    assertThat(sink.rejected.get(0).reason())
        .startsWith("malformed JSON at line 2 column ")
        .contains("Unrecognized token 'x'")
        .endsWith(": mixed.jsonl#line 2@" + (GOOD_1.length() + 1));
    assertThat(sink.accepted)
        .extracting(item -> item.metadata().id())
        .containsExactly("a1", "bad-date", "2");
    assertThat(sink.accepted.get(1).metadata().published()).isNull();
    assertThat(sink.read()).isEqualTo(6);
  }

  @Test
  void readsGzipAndKeepsLinesBeforeTruncation() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int number = 1; number <= 2000; number++) {
      content
          .append("{\"id\":\"")
          .append(number)
          .append("\",\"text\":\"Story number ")
          .append(number)
          .append(" about talks in Minsk, ")
          .append(Integer.toHexString(number * 7919))
          .append("\"}\n");
    }
    byte[] gzip = Fixtures.gzip(content.toString().getBytes(StandardCharsets.UTF_8));
    RecordingSink whole = new RecordingSink();
    source.read(Input.file(Fixtures.write(folder, "all.jsonl.gz", gzip)), whole);
    assertThat(whole.accepted).hasSize(2000);
    assertThat(whole.rejected).isEmpty();

    Path half = Fixtures.write(folder, "half.jsonl.gz", Arrays.copyOf(gzip, gzip.length / 2));
    RecordingSink sink = new RecordingSink();
    assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> source.read(Input.file(half, "half.jsonl.gz"), sink));

    assertThat(sink.accepted.size()).isBetween(100, 1999);
    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.TRUNCATED);
    assertThat(sink.onlyRejection().origin().record())
        .isEqualTo("line " + (sink.accepted.size() + 1));
    for (int index = 0; index < sink.accepted.size(); index++) {
      assertThat(sink.accepted.get(index).metadata().id()).isEqualTo(String.valueOf(index + 1));
    }
  }

  @Test
  void rejectsLineOverTheLimitAndReadsTheNext() throws IOException {
    JsonLinesSource small = new JsonLinesSource(ReadOptions.DEFAULTS.withMaxDocumentBytes(100));
    String huge = "{\"text\":\"" + "x".repeat(500) + "\"}";
    Path file = Fixtures.write(folder, "big.jsonl", huge + "\n{\"text\":\"small\"}\n");
    RecordingSink sink = new RecordingSink();

    small.read(Input.file(file, "big.jsonl"), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(sink.onlyRejection().reason())
        .startsWith("JSON line too large: 511 bytes > limit 100");
    assertThat(sink.accepted).extracting(SourceItem::text).containsExactly("small");
  }

  @Test
  void readsInvalidUtf8LinesWithoutLosingThem() throws IOException {
    byte[] latin1 = "{\"text\":\"Café\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "latin1.jsonl", latin1)), sink);

    assertThat(sink.read()).isEqualTo(1);
  }
}
