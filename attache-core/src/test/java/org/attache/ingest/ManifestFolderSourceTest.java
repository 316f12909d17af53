package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFolderSourceTest {
  @TempDir Path root;

  private final ManifestFolderSource source = new ManifestFolderSource(ReadOptions.DEFAULTS);

  @Test
  void readsEachManifestLineAsOneItem() throws IOException {
    Path folder = root.resolve("seeds");
    Fixtures.write(folder, "a.txt", "MINSK, 31 May (BelTA) - Talks.");
    Fixtures.write(folder, "pages/b.html", Fixtures.article(2));
    Fixtures.write(
        folder,
        "manifest.jsonl",
        "{\"id\":\"a\",\"path\":\"a.txt\",\"source\":\"belarus.by\",\"published\":\"2023-05-31\","
            + "\"language\":\"en\"}\n"
            + "{\"id\":\"b\",\"path\":\"pages/b.html\",\"url\":\"https://x.org/b\","
            + "\"title\":\"B\"}\n");
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(folder, "seeds"), sink);

    assertThat(sink.rejected).isEmpty();
    SourceItem first = sink.accepted.get(0);
    assertThat(first.metadata().id()).isEqualTo("a");
    assertThat(first.metadata().source()).isEqualTo("belarus.by");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2023, 5, 31));
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.origin())
        .isEqualTo(new Origin("seeds/a.txt", "manifest line 1", Origin.UNKNOWN_OFFSET));
    SourceItem second = sink.accepted.get(1);
    assertThat(second.type()).isEqualTo(MediaType.HTML);
    assertThat(second.charset()).isEqualTo("utf-8");
    assertThat(second.metadata().url()).isEqualTo("https://x.org/b");
    assertThat(second.origin().input()).isEqualTo("seeds/pages/b.html");
  }

  @Test
  void rejectsBadLinesMissingFilesAndEscapesAndGoesOn() throws IOException {
    Path folder = root.resolve("batch");
    Fixtures.write(root, "secret.txt", "outside the folder");
    Fixtures.write(folder, "good.txt", "Good text.");
    Fixtures.write(
        folder,
        "manifest.jsonl",
        String.join(
            "\n",
            "this is not json",
            "{\"id\":\"missing\",\"path\":\"missing.txt\"}",
            "{\"id\":\"escape\",\"path\":\"../secret.txt\"}",
            "{\"id\":\"absolute\",\"path\":\""
                + root.resolve("secret.txt").toString().replace("\\", "\\\\")
                + "\"}",
            "{\"id\":\"nopath\"}",
            "",
            "{\"id\":\"good\",\"path\":\"good.txt\"}"));
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(folder, "batch"), sink);

    assertThat(sink.codes())
        .containsExactly(
            ErrorCode.MALFORMED_MANIFEST,
            ErrorCode.NOT_FOUND,
            ErrorCode.MALFORMED_MANIFEST,
            ErrorCode.MALFORMED_MANIFEST,
            ErrorCode.MALFORMED_MANIFEST);
    assertThat(sink.rejected.get(0).reason())
        .isEqualTo("manifest line 1 is not a JSON object: batch/manifest.jsonl#line 1@0");
    assertThat(sink.rejected.get(1).reason())
        .startsWith(
            "file named by the manifest not found: missing.txt: batch/manifest.jsonl#line 2@");
    assertThat(sink.rejected.get(2).reason()).contains("outside the folder: ../secret.txt");
    assertThat(sink.accepted).extracting(item -> item.metadata().id()).containsExactly("good");
  }
}
