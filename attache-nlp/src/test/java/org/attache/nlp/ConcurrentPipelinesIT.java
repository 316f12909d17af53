package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document's annotation must not depend on what the pipeline analysed before, so that two CoreNLP
 * pipelines running at once in one JVM give what one gives. A Thursday 2006-12-21 newswire story
 * says officials "are to hold talks Friday"; after another story with a Friday in the past, that
 * Friday came out as 2006-12-15 instead of 2006-12-22, because SUTime's rules tag the shared value
 * of a day name ({@link SutimeTagReset}). The corpus test reads that story and the documents before
 * it from ../shared/corpora/newswire-afp-xinhua.jsonl (skipped when absent), annotates them on one
 * thread, then several times on two, and compares the canonical JSON of every annotation.
 */
class ConcurrentPipelinesIT {
  private static final String STORY_PHRASE = "are to hold talks Friday";
  private static final int DOCUMENTS_BEFORE = 47;
  private static final int ROUNDS = 3;
  private static final LocalDate THURSDAY = LocalDate.of(2006, 12, 21);

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(NlpConfig.fast());
  }

  @Test
  void anEarlierPastFridayDoesNotMoveALaterFriday() {
    AnnotationRequest future =
        new AnnotationRequest(
            "future", "Azerbaijani officials are to hold talks Friday with Gazprom.", THURSDAY);
    AnnotationRequest past =
        new AnnotationRequest("past", "The minister arrived Friday in Baku.", THURSDAY);

    String before = AnnotationCodec.toJson(annotator.annotate(future));
    Annotation earlier = annotator.annotate(past);
    String after = AnnotationCodec.toJson(annotator.annotate(future));

    assertThat(timeValue(earlier, "Friday")).isEqualTo("2006-12-15");
    assertThat(timeValue(AnnotationCodec.fromJson(before), "Friday")).isEqualTo("2006-12-22");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theResetReachesSutimeOfTheFastPreset() {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(NlpConfig.fast().properties());
    assertThat(SutimeTagReset.of(pipeline).environments()).isEqualTo(1);
  }

  /** With an annotator of its own, so that no other test's documents come before the sample. */
  @Test
  void twoPipelinesAtOnceGiveWhatOneGives() throws Exception {
    List<AnnotationRequest> sample = sample();
    CoreNlpAnnotator own = new CoreNlpAnnotator(NlpConfig.fast());
    List<String> alone = new ArrayList<>();
    for (AnnotationRequest request : sample) {
      alone.add(AnnotationCodec.toJson(own.annotate(request)));
    }
    Annotation story = AnnotationCodec.fromJson(alone.get(alone.size() - 1));
    assertThat(timeValue(story, "Friday")).isEqualTo("2006-12-22");

    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<Annotation>> futures = new ArrayList<>();
        for (AnnotationRequest request : sample) {
          futures.add(workers.submit(() -> own.annotate(request)));
        }
        for (int i = 0; i < sample.size(); i++) {
          Annotation together = futures.get(i).get();
          String where = "round " + round + ", document " + sample.get(i).documentId();
          assertThat(times(together))
              .as(where)
              .isEqualTo(times(AnnotationCodec.fromJson(alone.get(i))));
          assertThat(AnnotationCodec.toJson(together)).as(where).isEqualTo(alone.get(i));
        }
      }
    } finally {
      workers.shutdown();
    }
  }

  /** Each time expression as text=value, in order: a readable first check. */
  private static List<String> times(Annotation annotation) {
    List<String> times = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      for (TimeExpression time : sentence.times()) {
        times.add(time.text() + "=" + time.value());
      }
    }
    return times;
  }

  private static String timeValue(Annotation annotation, String text) {
    for (Sentence sentence : annotation.sentences()) {
      for (TimeExpression time : sentence.times()) {
        if (time.text().equals(text)) {
          return time.value();
        }
      }
    }
    return "none";
  }

  /** The story with the phrase and the documents before it, as headline, blank line, body. */
  private static List<AnnotationRequest> sample() throws Exception {
    Path corpus = NewswireCorpus.path();
    List<AnnotationRequest> documents = new ArrayList<>();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      AnnotationRequest request = NewswireCorpus.request(line);
      documents.add(request);
      if (request.text().contains(STORY_PHRASE)) {
        return documents.subList(
            Math.max(0, documents.size() - 1 - DOCUMENTS_BEFORE), documents.size());
      }
    }
    throw new AssertionError("no document says \"" + STORY_PHRASE + "\" in " + corpus);
  }
}
