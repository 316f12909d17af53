package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.DateBasis;
import org.attache.model.Document;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;

/**
 * Invariants every pipeline outcome keeps whatever its stages did, checked by every pipeline test
 * (in the manner of Lucene's BaseTokenStreamTestCase).
 */
final class PipelineAssertions {
  static final String NO_DATE_WARNING = "no publication date in the input, the page or the text";

  private PipelineAssertions() {}

  /** Checks the invariants of whichever outcome this is. */
  static void assertValid(Outcome outcome, SourceItem item) {
    assertThat(outcome).isNotNull();
    if (outcome instanceof Outcome.Accepted accepted) {
      assertValidDocument(accepted.document(), item);
    } else if (outcome instanceof Outcome.Rejected rejected) {
      assertValidRejection(rejected.rejection(), item);
    }
  }

  /** Checks the invariants and that the item became a document, which it returns. */
  static Document assertAccepted(Outcome outcome, SourceItem item) {
    assertValid(outcome, item);
    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    return ((Outcome.Accepted) outcome).document();
  }

  /** Checks the invariants and that the item was rejected, returning the rejection. */
  static Rejection assertRejected(Outcome outcome, SourceItem item) {
    assertValid(outcome, item);
    assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) outcome).rejection();
  }

  private static void assertValidDocument(Document document, SourceItem item) {
    assertThat(document.id()).isNotBlank().isEqualTo(document.id().strip());
    assertThat(document.metadata().id()).isEqualTo(document.id());
    assertThat(document.contentHash()).isEqualTo(Fingerprints.contentHash(document.text()));
    assertThat(document.fingerprint()).isEqualTo(Fingerprints.simHash(document.text()));
    assertThat(document.published().date() == null)
        .as("published date is null exactly when its basis is none: %s", document.published())
        .isEqualTo(document.published().basis() == DateBasis.NONE);
    assertThat(document.metadata().published()).isEqualTo(document.published().date());
    assertThat(document.language()).isEqualTo(document.metadata().language());
    assertThat(document.origin()).isEqualTo(item.origin());
    assertThat(document.raw()).isSameAs(item.raw());
    assertThat(document.type()).isEqualTo(item.type());
    if (document.title() != null) {
      assertThat(document.text()).startsWith(document.title());
    }
    assertThat(document.warnings()).allSatisfy(PipelineAssertions::assertOneLine);
    if (document.published().basis() == DateBasis.NONE) {
      assertThat(document.warnings()).contains(NO_DATE_WARNING);
    }
  }

  private static void assertValidRejection(Rejection rejection, SourceItem item) {
    assertOneLine(rejection.reason());
    assertThat(rejection.stage()).isIn(Stage.DECODE, Stage.EXTRACT, Stage.DESCRIBE);
    assertThat(rejection.code()).isNotNull();
    assertThat(rejection.origin()).isEqualTo(item.origin());
    assertThat(rejection.raw()).isSameAs(item.raw());
  }

  private static void assertOneLine(String line) {
    assertThat(line).isNotBlank().doesNotContain("\n").doesNotContain("\r");
  }
}
