package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files on a Hadoop file system are streamed to the reader of their extension and give the items
 * the command line's readers give for the same file (read here through {@code file:} URIs).
 */
class StreamReadingTest {
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @Test
  void streamedWarcAndJsonLinesGiveTheLocalReadersDocuments() {
    for (String file : List.of("crawl.warc.gz", "wire.jsonl")) {
      Path path = EXAMPLES.resolve(file);
      UnitReader reader = new UnitReader(Map.of());
      List<Processed> local =
          reader.read(new InputUnit(0, path.toString(), path.toString(), InputUnit.Kind.LOCAL));
      String uri = path.toUri().toString();
      List<Processed> streamed = reader.read(new InputUnit(0, uri, uri, InputUnit.Kind.STREAM));
      assertThat(summary(streamed)).as(file).isEqualTo(summary(local)).isNotEmpty();
    }
  }

  @Test
  void anUnknownExtensionIsQuarantinedAsUnsupported() {
    String uri = EXAMPLES.resolve("README.md").toUri().toString();
    List<Processed> read =
        new UnitReader(Map.of()).read(new InputUnit(3, uri, uri, InputUnit.Kind.STREAM));
    assertThat(read).hasSize(1);
    assertThat(read.get(0).quarantine().<String>getAs(3)).isEqualTo("unsupported");
  }

  /** Each item's document id and content hash, or its quarantine code. */
  private static List<String> summary(List<Processed> items) {
    return items.stream()
        .map(
            item ->
                item.document() != null
                    ? item.document().getAs("id") + " " + item.document().getAs("content_hash")
                    : "quarantined " + item.quarantine().getAs(3))
        .toList();
  }
}
