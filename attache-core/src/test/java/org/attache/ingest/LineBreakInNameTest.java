package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ErrorCode;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose name holds a line break still gets a one-line rejection, and the folder goes on. */
class LineBreakInNameTest {
  @TempDir Path folder;

  @Test
  void rejectionOfABadlyNamedFileIsOneLineAndReadingContinues() throws Exception {
    Files.writeString(folder.resolve("a-empty\nname.txt"), "");
    Files.writeString(folder.resolve("b-good.txt"), "Talks\n\nThe ministers met in Minsk.\n");
    List<SourceItem> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    new Sources(ReadOptions.DEFAULTS, uri -> null, () -> new ByteArrayInputStream(new byte[0]))
        .read(
            folder.toString(),
            new ItemSink() {
              @Override
              public void accept(SourceItem item) {
                accepted.add(item);
              }

              @Override
              public void reject(Rejection rejection) {
                rejected.add(rejection);
              }
            });
    assertThat(accepted)
        .singleElement()
        .satisfies(item -> assertThat(item.origin().input()).endsWith("b-good.txt"));
    assertThat(rejected)
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.code()).isEqualTo(ErrorCode.EMPTY);
              assertThat(rejection.reason()).doesNotContain("\n").contains("a-empty name.txt");
            });
  }
}
