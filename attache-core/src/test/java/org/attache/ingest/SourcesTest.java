package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class SourcesTest {
  @TempDir Path folder;

  private static Sources sources(InputStream standardInput) {
    return new Sources(
        ReadOptions.DEFAULTS,
        uri -> {
          throw new org.attache.model.DocumentException(ErrorCode.FETCH_FAILED, "offline: " + uri);
        },
        () -> standardInput);
  }

  private static Sources sources() {
    return sources(InputStream.nullInputStream());
  }

  @Test
  void choosesFormatByExtensionThenBySignature() throws IOException {
    assertThat(Sources.byExtension("a/b.JSONL.gz")).isEqualTo(Sources.JSON_LINES);
    assertThat(Sources.byExtension("crawl.warc.gz")).isEqualTo(Sources.WARC);
    assertThat(Sources.byExtension("page.htm")).isEqualTo(Sources.HTML);
    assertThat(Sources.byExtension("notes.md")).isNull();
    assertThat(sniff("WARC/1.1\r\n")).isEqualTo(Sources.WARC);
    assertThat(sniff("\uFEFF  <rss version=\"2.0\">")).isEqualTo(Sources.FEED);
    assertThat(sniff("<?xml version=\"1.0\"?>\n<feed xmlns=\"x\">")).isEqualTo(Sources.FEED);
    assertThat(sniff("<!DOCTYPE html><html>")).isEqualTo(Sources.HTML);
    assertThat(sniff("{\"text\":\"x\"}")).isEqualTo(Sources.JSON_LINES);
    assertThat(sniff("Just some words.")).isEqualTo(Sources.TEXT);
    assertThat(Sources.sniff(new byte[] {0, 1, 2, 3, 0, 0, 0, 5})).isNull();
    assertThat(Sources.sniff(Fixtures.warc(WarcCompression.GZIP))).isEqualTo(Sources.WARC);
    assertThat(Sources.sniff(Fixtures.gzip("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Sources.JSON_LINES);
  }

  private static String sniff(String head) {
    return Sources.sniff(head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void missingPathIsOneRejection() {
    RecordingSink sink = new RecordingSink();

    sources().read(folder.resolve("nowhere.jsonl").toString(), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(sink.onlyRejection().reason()).startsWith("no such file or folder: ");
    assertThat(sink.onlyRejection().raw()).isEmpty();
  }

  @Test
  void readsFolderRecursivelyInSortedOrder() throws IOException {
    Path root = folder.resolve("in");
    Fixtures.write(root, "b.txt", "Second text.");
    Fixtures.write(root, "a.html", Fixtures.article(1));
    Fixtures.write(root, ".hidden.txt", "Never read.");
    Fixtures.write(root, ".git/config", "Never read.");
    Fixtures.write(root, "sub/c.jsonl", "{\"id\":\"c\",\"text\":\"Third.\"}\n");
    Fixtures.write(root, "sub/notes.md", "Markdown read as text.");
    Fixtures.write(root, "sub/photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 0, 1, 2, 3});
    Fixtures.write(root, "sub/crawl.warc.gz", Fixtures.warc(WarcCompression.GZIP));
    Fixtures.write(root, "sub/seeds/x.txt", "Manifest text.");
    Fixtures.write(root, "sub/seeds/manifest.jsonl", "{\"id\":\"x\",\"path\":\"x.txt\"}\n");
    RecordingSink sink = new RecordingSink();

    sources().read(root.toString(), sink);

    assertThat(sink.accepted)
        .extracting(item -> item.origin().input())
        .containsExactly(
            root + "/a.html",
            root + "/b.txt",
            root + "/sub/c.jsonl",
            root + "/sub/crawl.warc.gz",
            root + "/sub/crawl.warc.gz",
            root + "/sub/crawl.warc.gz",
            root + "/sub/notes.md",
            root + "/sub/seeds/x.txt");
    assertThat(sink.accepted.get(0).type()).isEqualTo(MediaType.HTML);
    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.UNSUPPORTED);
    assertThat(sink.onlyRejection().origin()).isEqualTo(Origin.of(root + "/sub/photo.jpg"));
  }

  @Test
  void manifestFileNamedDirectlyReadsItsFolder() throws IOException {
    Fixtures.write(folder, "x.txt", "Manifest text.");
    Path manifest = Fixtures.write(folder, "manifest.jsonl", "{\"id\":\"x\",\"path\":\"x.txt\"}\n");
    RecordingSink sink = new RecordingSink();

    sources().read(manifest.toString(), sink);

    assertThat(sink.accepted).extracting(item -> item.metadata().id()).containsExactly("x");
  }

  @Test
  void readsStandardInputBySniffing() throws IOException {
    List<byte[]> inputs =
        List.of(
            "{\"id\":\"j\",\"text\":\"JSON line.\"}\n".getBytes(StandardCharsets.UTF_8),
            Fixtures.warc(WarcCompression.NONE),
            Fixtures.article(1).getBytes(StandardCharsets.UTF_8),
            FeedSourceTest.rss("https://x.org").getBytes(StandardCharsets.UTF_8),
            "Plain words.".getBytes(StandardCharsets.UTF_8));
    List<Integer> expected = List.of(1, 3, 1, 3, 1);
    for (int index = 0; index < inputs.size(); index++) {
      RecordingSink sink = new RecordingSink();

      sources(new ByteArrayInputStream(inputs.get(index))).read("-", sink);

      assertThat(sink.rejected).isEmpty();
      assertThat(sink.accepted).hasSize(expected.get(index));
      assertThat(sink.accepted.get(0).origin().input()).isEqualTo("-");
    }
  }

  @Test
  void hugeStandardInputIsRejectedWithoutReadingItAll() {
    long size = 200L * 1024 * 1024;
    InputStream endless =
        new InputStream() {
          private long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
              return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'a');
            left -= count;
            return count;
          }
        };
    RecordingSink sink = new RecordingSink();

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> sources(endless).read("-", sink));

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(sink.onlyRejection().reason())
        .isEqualTo(
            "document too large: more than 33554432 bytes > limit 33554432, kept the first 65536"
                + " bytes: -");
  }

  @Test
  void unfetchableUrlIsOneRejection() {
    RecordingSink sink = new RecordingSink();

    sources().read("https://news.example.org/feed", sink);
    sources().read("ftp://news.example.org/feed", sink);

    assertThat(sink.codes()).containsExactly(ErrorCode.FETCH_FAILED, ErrorCode.FETCH_FAILED);
  }

  /** Random bytes under every format's name, and unnamed: an issue reported, never a crash. */
  @Test
  void randomBytesThroughEverySource() {
    Random random = new Random(20240531L);
    List<String> names =
        List.of(
            "r.txt", "r.html", "r.jsonl", "r.jsonl.gz", "r.warc", "r.warc.gz", "r.rss", "r.bin");
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int round = 0; round < 40; round++) {
            for (String name : names) {
              byte[] bytes = randomInput(random, name);
              Path file = Fixtures.write(folder, round + "/" + name, bytes);
              RecordingSink sink = new RecordingSink();

              sources().read(file.toString(), sink);
              sources(new ByteArrayInputStream(bytes)).read("-", sink);

              assertThat(sink.read()).isPositive();
              for (SourceItem item : sink.accepted) {
                assertThat(item.raw()).isNotNull();
              }
            }
          }
        });
  }

  /**
   * Pure noise, or noise after a valid-looking signature so the parsers get past the first byte.
   */
  private static byte[] randomInput(Random random, String name) throws IOException {
    byte[] noise = new byte[random.nextInt(2000)];
    random.nextBytes(noise);
    if (random.nextBoolean()) {
      return noise;
    }
    String prefix =
        switch (random.nextInt(5)) {
          case 0 -> "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n";
          case 1 -> "<rss version=\"2.0\"><channel><item><title>";
          case 2 -> "{\"text\": \"";
          case 3 -> "<html><body><p>";
          default -> "";
        };
    byte[] bytes = new byte[prefix.length() + noise.length];
    System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, prefix.length());
    System.arraycopy(noise, 0, bytes, prefix.length(), noise.length);
    return name.endsWith(".gz") && random.nextBoolean() ? Fixtures.gzip(bytes) : bytes;
  }
}
