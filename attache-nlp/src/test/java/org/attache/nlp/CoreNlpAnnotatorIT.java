package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Annotations;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CoreNlpAnnotator with the real models (fast preset): sentence splitting on clean text shaped like
 * ours, offsets, entities, dates resolved against the publication date, dependencies, the JSON
 * round trip, and two threads giving what one gives.
 */
class CoreNlpAnnotatorIT {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 29);

  /**
   * Headline, sub-headline, a byline line, a dateline line and the body, as clean text has them.
   */
  static final String CLEAN_TEXT =
      "Pakistan and Belarus agree to expand trade\n\n"
          + "Visiting minister holds talks in the capital\n\n"
          + "Kamran Yousaf November 28, 2024\n"
          + "ISLAMABAD:\n"
          + "Belarusian Foreign Minister Sergei Aleinik met Prime Minister Shehbaz Sharif in"
          + " Islamabad on Monday. The two sides will sign a trade agreement tomorrow, officials"
          + " said.\n\n"
          + "Aleinik said his country wanted closer ties with Pakistan, and that talks had lasted"
          + " three days.";

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(NlpConfig.fast());
  }

  private static Annotation annotate(String text) {
    return annotator.annotate(new AnnotationRequest("doc-1", text, PUBLISHED));
  }

  @Test
  void sentencesEndAtHeadlineBylineAndDatelineLines() {
    Annotation annotation = annotate(CLEAN_TEXT);
    assertThat(annotation.sentences())
        .extracting(sentence -> sentence.text(CLEAN_TEXT))
        .containsExactly(
            "Pakistan and Belarus agree to expand trade",
            "Visiting minister holds talks in the capital",
            "Kamran Yousaf November 28, 2024",
            "ISLAMABAD:",
            "Belarusian Foreign Minister Sergei Aleinik met Prime Minister Shehbaz Sharif in"
                + " Islamabad on Monday.",
            "The two sides will sign a trade agreement tomorrow, officials said.",
            "Aleinik said his country wanted closer ties with Pakistan, and that talks had lasted"
                + " three days.");
  }

  @Test
  void splittingOnlyAtBlankLinesWouldGlueBylineAndDatelineToTheBody() {
    NlpConfig blankLinesOnly =
        NlpConfig.fast()
            .withAnnotators("split-two", List.of("tokenize", "ssplit"))
            .withOption("ssplit.newlineIsSentenceBreak", "two");
    Annotation annotation =
        new CoreNlpAnnotator(blankLinesOnly)
            .annotate(new AnnotationRequest("doc-1", CLEAN_TEXT, PUBLISHED));
    assertThat(annotation.sentences().get(2).text(CLEAN_TEXT))
        .startsWith("Kamran Yousaf November 28, 2024\nISLAMABAD:\nBelarusian Foreign Minister");
  }

  @Test
  void tokensAreTheTextAtTheirOffsets() {
    Annotation annotation = annotate(CLEAN_TEXT);
    assertThat(Annotations.problems(annotation)).isEmpty();
    assertThat(annotation.text()).isEqualTo(CLEAN_TEXT);
    assertThat(annotation.published()).isEqualTo(PUBLISHED);
    for (Sentence sentence : annotation.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(CLEAN_TEXT.substring(token.start(), token.end())).isEqualTo(token.word());
        assertThat(token.lemma()).isNotBlank();
        assertThat(token.pos()).isNotBlank();
        assertThat(token.ner()).isNotBlank();
      }
    }
    Token first = annotation.sentences().get(4).tokens().get(0);
    assertThat(first.start()).isEqualTo(CLEAN_TEXT.indexOf("Belarusian"));
    assertThat(first.word()).isEqualTo("Belarusian");
    assertThat(first.pos()).isEqualTo("JJ");
  }

  @Test
  void findsPersonAndPlace() {
    Annotation annotation = annotate(CLEAN_TEXT);
    List<EntityMention> entities =
        annotation.sentences().stream().flatMap(s -> s.entities().stream()).toList();
    assertThat(entities)
        .anySatisfy(
            mention -> {
              assertThat(mention.text()).isEqualTo("Sergei Aleinik");
              assertThat(mention.type()).isEqualTo("PERSON");
            })
        .anySatisfy(
            mention -> {
              assertThat(mention.text()).isEqualTo("Islamabad");
              assertThat(mention.type()).isIn("LOCATION", "CITY");
            });
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    Annotation annotation = annotate(CLEAN_TEXT);
    List<TimeExpression> times =
        annotation.sentences().stream().flatMap(s -> s.times().stream()).toList();
    assertThat(times)
        .anySatisfy(
            time -> {
              assertThat(time.text()).isEqualTo("tomorrow");
              assertThat(time.type()).isEqualTo("DATE");
              assertThat(time.value()).isEqualTo("2023-05-30");
            })
        .anySatisfy(
            time -> {
              assertThat(time.text()).isEqualTo("November 28, 2024");
              assertThat(time.value()).isEqualTo("2024-11-28");
            })
        .anySatisfy(
            time -> {
              assertThat(time.text()).isEqualTo("three days");
              assertThat(time.type()).isEqualTo("DURATION");
              assertThat(time.value()).isEqualTo("P3D");
            });
  }

  @Test
  void mainVerbGovernsItsSubject() {
    Sentence sentence = annotate(CLEAN_TEXT).sentences().get(4);
    Dependency root =
        sentence.dependencies().stream().filter(Dependency::isRoot).findFirst().orElseThrow();
    assertThat(sentence.tokens().get(root.dependent()).word()).isEqualTo("met");
    assertThat(sentence.dependencies())
        .anySatisfy(
            arc -> {
              assertThat(arc.governor()).isEqualTo(root.dependent());
              assertThat(arc.relation()).isEqualTo("nsubj");
              assertThat(sentence.tokens().get(arc.dependent()).word()).isEqualTo("Aleinik");
            })
        .anySatisfy(
            arc -> {
              assertThat(arc.relation()).isEqualTo("obl:in");
              assertThat(sentence.tokens().get(arc.dependent()).word()).isEqualTo("Islamabad");
            });
  }

  @Test
  void canonicalJsonRoundTripIsIdentical() {
    Annotation annotation = annotate(CLEAN_TEXT);
    String json = AnnotationCodec.toJson(annotation);
    Annotation read = AnnotationCodec.fromJson(json);
    assertThat(read).isEqualTo(annotation);
    assertThat(AnnotationCodec.toJson(read)).isEqualTo(json);
    assertThat(AnnotationCodec.toJson(annotate(CLEAN_TEXT))).isEqualTo(json);
  }

  @Test
  void twoThreadsGiveWhatOneThreadGives() throws Exception {
    List<AnnotationRequest> requests =
        List.of(
            new AnnotationRequest("doc-1", CLEAN_TEXT, PUBLISHED),
            new AnnotationRequest(
                "doc-2",
                "Protesters clash with police in Minsk\n\nMINSK:\nPolice detained dozens of"
                    + " protesters in central Minsk on Sunday, the interior ministry said.",
                LocalDate.of(2020, 8, 10)),
            new AnnotationRequest(
                "doc-3",
                "UN envoy to visit Kabul next week\n\nThe United Nations said on Tuesday that its"
                    + " special envoy would travel to Kabul next week for talks with the Taliban.",
                LocalDate.of(2022, 3, 1)),
            new AnnotationRequest(
                "doc-4",
                "Ceasefire holds\n\nA ceasefire between the two countries held for a third day,"
                    + " Reuters reported, citing officials in Geneva.",
                null));
    List<String> sequential = new ArrayList<>();
    for (AnnotationRequest request : requests) {
      sequential.add(AnnotationCodec.toJson(annotator.annotate(request)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (AnnotationRequest request : requests) {
          futures.add(pool.submit(() -> AnnotationCodec.toJson(annotator.annotate(request))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % requests.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyTextGivesNoSentence() {
    Annotation annotation = annotate("");
    assertThat(annotation.sentences()).isEmpty();
    assertThat(annotation.chains()).isEmpty();
  }
}
