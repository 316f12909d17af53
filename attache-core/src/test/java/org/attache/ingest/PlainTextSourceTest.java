package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextSourceTest {
  @TempDir Path folder;

  private final PlainTextSource source = new PlainTextSource(ReadOptions.DEFAULTS);

  @Test
  void readsTextFileAsOneItem() throws IOException {
    Path file = Fixtures.write(folder, "story.txt", "MINSK, 31 May (BelTA) - Talks.\n");
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(file, "story.txt"), sink);

    SourceItem item = sink.accepted.get(0);
    assertThat(sink.rejected).isEmpty();
    assertThat(item.origin()).isEqualTo(Origin.of("story.txt"));
    assertThat(item.type()).isEqualTo(MediaType.TEXT);
    assertThat(item.metadata()).isEqualTo(Metadata.EMPTY);
    assertThat(item.text()).isNull();
    assertThat(item.charset()).isNull();
    assertThat(new String(item.raw(), StandardCharsets.UTF_8)).startsWith("MINSK");
  }

  @Test
  void takesCharsetFromByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "bom.txt", bom)), sink);

    assertThat(sink.accepted.get(0).charset()).isEqualTo("UTF-8");
  }

  @Test
  void acceptsLatin1TextForTheDecoderToWarnAbout() throws IOException {
    byte[] latin1 = "Café in Brest, Biélorussie.".getBytes(StandardCharsets.ISO_8859_1);
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "latin1.txt", latin1)), sink);

    assertThat(sink.accepted).hasSize(1);
    assertThat(sink.accepted.get(0).raw()).isEqualTo(latin1);
  }

  @Test
  void rejectsEmptyAndWhitespaceOnlyFiles() throws IOException {
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "empty.txt", "")), sink);
    source.read(Input.file(Fixtures.write(folder, "blank.txt", " \n\t\n")), sink);

    assertThat(sink.codes()).containsExactly(ErrorCode.EMPTY, ErrorCode.EMPTY);
    assertThat(sink.rejected.get(0).reason())
        .contains("empty document: 0 bytes")
        .contains("empty.txt");
  }

  @Test
  void rejectsBinaryFile() throws IOException {
    byte[] png = new byte[512];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(Fixtures.write(folder, "photo.txt", png)), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.BINARY);
    assertThat(sink.onlyRejection().reason()).contains("NUL bytes").endsWith("photo.txt");
    assertThat(sink.onlyRejection().raw()).hasSize(512);
  }

  @Test
  void rejectsHugeFileWithoutReadingIt() throws IOException {
    Path big = folder.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write("A text that goes on and on.\n".getBytes(StandardCharsets.UTF_8));
      file.setLength(200L * 1024 * 1024); // sparse: nothing is written past the first line
    }
    RecordingSink sink = new RecordingSink();

    assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> source.read(Input.file(big, "big.txt"), sink));

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(sink.onlyRejection().reason())
        .isEqualTo(
            "document too large: 209715200 bytes > limit 33554432, kept the first 65536 bytes:"
                + " big.txt");
    assertThat(sink.onlyRejection().raw()).hasSize(64 * 1024);
  }

  @Test
  void rejectsUnreadableInputAsOneItem() {
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(folder.resolve("missing.txt"), "missing.txt"), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.UNREADABLE);
  }
}
