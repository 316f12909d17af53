package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.attache.model.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileSourceTest {
  @TempDir Path folder;

  private final HtmlFileSource source = new HtmlFileSource(ReadOptions.DEFAULTS);

  @Test
  void readsRawBytesWithMetaCharset() throws IOException {
    Path file =
        Fixtures.write(
            folder, "page.htm", "<html><head><META CHARSET='Windows-1251'></head><p>x</p>");
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(file, "page.htm"), sink);

    assertThat(sink.accepted.get(0).type()).isEqualTo(MediaType.HTML);
    assertThat(sink.accepted.get(0).charset()).isEqualTo("windows-1251");
    assertThat(sink.accepted.get(0).text()).isNull();
  }

  @Test
  void acceptsMalformedHtmlForTheExtractorToRepair() throws IOException {
    Path file = Fixtures.write(folder, "broken.html", "<html><body><p>Talks <b>in <div>Minsk</p");
    RecordingSink sink = new RecordingSink();

    source.read(Input.file(file, "broken.html"), sink);

    assertThat(sink.accepted).hasSize(1);
    assertThat(sink.accepted.get(0).charset()).isNull();
  }
}
