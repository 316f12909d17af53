package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running the numeric classifiers and SUTime only on sentences with a cue ({@link
 * SentenceGatedNer}), SUTime there only on windows around the cues ({@link SutimeWindows}), and
 * each SUTime token rule only where it can match ({@link SutimeTriggers}), must change nothing: the
 * fast preset without the gate, with the gate and tested rules, and with gate, tested rules and
 * windows gives byte-identical canonical JSON on the first newswire documents of
 * ../shared/corpora/newswire-afp-xinhua.jsonl and the seeds (skipped when absent). The comparison
 * must be able to see a missing cue or too narrow a window: with day names taken out of the cues,
 * or with windows of the cue alone, it finds a difference. The gated annotator also looks the CRF's
 * features up in a {@link FeatureIndex} and the ungated one in CoreNLP's own index, so this checks
 * that too.
 */
class SutimeCuesIT {
  private static final int DOCUMENTS = 60;
  private static final Set<String> DAY_NAMES =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static List<AnnotationRequest> sample;
  private static List<String> ungated;

  @BeforeAll
  static void annotateWithoutTheGate() throws Exception {
    sample = new ArrayList<>(newswire());
    sample.addAll(SeedDocuments.requests());
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(NlpConfig.fast().withOption(NlpConfig.SUTIME_CUES, "false"));
    ungated = new ArrayList<>();
    for (AnnotationRequest request : sample) {
      ungated.add(AnnotationCodec.toJson(annotator.annotate(request)));
    }
  }

  @Test
  void theGateChangesNoAnnotation() {
    assertThat(NlpConfig.fast().gatesTimeRules()).isTrue();
    assertSameAsUngated(
        new CoreNlpAnnotator(NlpConfig.fast().withOption(NlpConfig.SUTIME_WINDOWS, "false")));
  }

  @Test
  void theWindowsChangeNoAnnotation() {
    assertThat(NlpConfig.fast().options()).containsEntry(NlpConfig.SUTIME_WINDOWS, "true");
    assertSameAsUngated(new CoreNlpAnnotator(NlpConfig.fast()));
  }

  @Test
  void tooNarrowAWindowShowsAsADifference() {
    CoreNlpAnnotator narrow =
        new CoreNlpAnnotator(NlpConfig.fast().withOption(NlpConfig.SUTIME_WINDOWS, "0,0"));
    assertThat(differing(narrow)).as("documents changed by windows of the cue alone").isPositive();
  }

  private static void assertSameAsUngated(CoreNlpAnnotator annotator) {
    for (int i = 0; i < sample.size(); i++) {
      assertThat(AnnotationCodec.toJson(annotator.annotate(sample.get(i))))
          .as("document " + sample.get(i).documentId())
          .isEqualTo(ungated.get(i));
    }
  }

  /** How many documents differ from the ungated annotation (stops at the first). */
  private static int differing(CoreNlpAnnotator annotator) {
    for (int i = 0; i < sample.size(); i++) {
      if (!AnnotationCodec.toJson(annotator.annotate(sample.get(i))).equals(ungated.get(i))) {
        return 1;
      }
    }
    return 0;
  }

  @Test
  void aMissingCueShowsAsADifference() {
    Predicate<List<CoreLabel>> withoutDayNames =
        tokens ->
            tokens.stream()
                .anyMatch(
                    token ->
                        !DAY_NAMES.contains(token.word().toLowerCase(Locale.ROOT))
                            && TimeNumberCues.isCue(token.word(), token.tag()));
    CoreNlpAnnotator weakened = new CoreNlpAnnotator(NlpConfig.fast(), withoutDayNames);
    assertThat(differing(weakened))
        .as("documents changed by dropping day names from the cues")
        .isPositive();
  }

  /** The first documents of the corpus as headline, blank line, body. */
  private static List<AnnotationRequest> newswire() throws Exception {
    Path corpus = NewswireCorpus.path();
    List<AnnotationRequest> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && documents.size() < DOCUMENTS;
          line = reader.readLine()) {
        documents.add(NewswireCorpus.request(line));
      }
    }
    return documents;
  }
}
