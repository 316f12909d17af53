package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;
import org.attache.resolve.ClauseTense;
import org.attache.resolve.Direction;
import org.attache.resolve.TimexNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Time-expression extraction and normalisation on the TempEval-3 training corpus
 * (../shared/eval/timex-dev: TimeBank and AQUAINT), scored as TempEval-3 scores them (see {@link
 * TimexScore}). Each document's TEXT is annotated with {@code NlpConfig.fast()}, published on its
 * creation date. Two systems are scored in one run: {@code sutime}, SUTime's values as the
 * annotation carries them (the baseline), and {@code attache}, the same expressions with values
 * re-normalised by {@code org.attache.resolve.TimexNormalizer} (weekdays and months placed by the
 * clause's tense from {@code ClauseTense}; quarter readings when the document mentions a quarter).
 * Annotations are cached as JSON under target/timex-annotations so a re-run loads no model. Writes
 * target/eval-reports/timex.json. Skipped when the corpus is absent.
 */
class TimexEval {

  private static final int THREADS = 2;
  private static final TimexNormalizer NORMALIZER = new TimexNormalizer();

  /** Set just under the figures measured (docs/benchmarks.md, "Dates"). */
  private static final double MIN_RELAXED_F1 = 0.89;

  private static final double MIN_STRICT_F1 = 0.81;
  private static final double MIN_VALUE_F1 = 0.72;
  private static final double MIN_VALUE_ACCURACY = 0.80;

  /** SUTime's own values: a drop means the annotation changed, not the normaliser. */
  private static final double MIN_BASELINE_VALUE_F1 = 0.68;

  /** How much re-normalisation must add to SUTime's value F1. */
  private static final double MIN_GAIN = 0.03;

  @Test
  void scoresTimexNormalisation() throws Exception {
    Path root = ActorEvalSupport.shared().resolve("eval/timex-dev");
    Assumptions.assumeTrue(Files.isDirectory(root), "no corpus at " + root);
    List<TimexCorpus.Document> documents = TimexCorpus.read(root);
    List<Annotation> annotations = annotations(documents);

    TimexScore baseline = score(documents, annotations, (time, annotation) -> time.value());
    TimexScore ours = score(documents, annotations, TimexEval::renormalised);

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("corpus", "timex-dev (TempEval-3 TBAQ-cleaned: TimeBank + AQUAINT, TEXT only)");
    figures.put("documents", documents.size());
    figures.put("goldExpressions", documents.stream().mapToInt(d -> d.times().size()).sum());
    figures.put("tokens", annotations.stream().mapToLong(Annotation::tokenCount).sum());
    figures.put("config", NlpConfig.fast().name());
    figures.put("attache", ours.figures());
    figures.put("sutime", baseline.figures());
    figures.put("attacheValueErrors", ours.valueErrors());
    figures.put("sutimeValueErrors", baseline.valueErrors());
    Path file = Path.of("target", "eval-reports", "timex.json");
    Files.createDirectories(file.getParent());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), figures);
    System.out.printf(
        Locale.ROOT,
        "timex: %d documents; strict F1 %.4f relaxed F1 %.4f; value F1 %.4f (SUTime %.4f),"
            + " value accuracy %.4f (SUTime %.4f) -> %s%n",
        documents.size(),
        ours.strictF1(),
        ours.relaxedF1(),
        ours.valueF1(),
        baseline.valueF1(),
        ours.valueAccuracy(),
        baseline.valueAccuracy(),
        file);
    assertThat(ours.relaxedF1()).isGreaterThanOrEqualTo(MIN_RELAXED_F1);
    assertThat(ours.strictF1()).isGreaterThanOrEqualTo(MIN_STRICT_F1);
    assertThat(ours.valueF1()).isGreaterThanOrEqualTo(MIN_VALUE_F1);
    assertThat(ours.valueAccuracy()).isGreaterThanOrEqualTo(MIN_VALUE_ACCURACY);
    assertThat(baseline.valueF1()).isGreaterThanOrEqualTo(MIN_BASELINE_VALUE_F1);
    assertThat(ours.valueF1() - baseline.valueF1()).isGreaterThanOrEqualTo(MIN_GAIN);
  }

  /** Our value: SUTime's re-normalised, weekdays and months placed by the clause's tense. */
  private static String renormalised(TimeExpression time, Annotation annotation) {
    for (Sentence sentence : annotation.sentences()) {
      for (Token token : sentence.tokens()) {
        if (token.start() >= time.start() && token.end() <= time.end()) {
          Direction direction = ClauseTense.of(sentence, token.index());
          boolean quarterly = annotation.text().toLowerCase(Locale.ROOT).contains("quarter");
          return NORMALIZER.value(time, annotation.published(), direction, quarterly);
        }
      }
    }
    return time.value();
  }

  private static TimexScore score(
      List<TimexCorpus.Document> documents,
      List<Annotation> annotations,
      BiFunction<TimeExpression, Annotation, String> value) {
    TimexScore score = new TimexScore();
    for (int i = 0; i < documents.size(); i++) {
      Annotation annotation = annotations.get(i);
      List<TimexScore.Predicted> predicted = new ArrayList<>();
      for (Sentence sentence : annotation.sentences()) {
        for (TimeExpression time : sentence.times()) {
          predicted.add(
              new TimexScore.Predicted(time.start(), time.end(), value.apply(time, annotation)));
        }
      }
      score.add(documents.get(i).id(), documents.get(i).times(), predicted);
    }
    return score;
  }

  /** The documents' annotations, read from the cache or annotated (and cached) when missing. */
  private static List<Annotation> annotations(List<TimexCorpus.Document> documents)
      throws Exception {
    Path cache = Path.of("target", "timex-annotations");
    Files.createDirectories(cache);
    List<AnnotationRequest> missing = new ArrayList<>();
    for (TimexCorpus.Document document : documents) {
      if (!Files.isRegularFile(cache.resolve(document.id() + ".json"))) {
        missing.add(new AnnotationRequest(document.id(), document.text(), document.created()));
      }
    }
    if (!missing.isEmpty()) {
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
      for (Annotation annotation : ActorEvalSupport.annotateAll(annotator, missing, THREADS)) {
        AnnotationCodec.write(annotation, cache.resolve(annotation.documentId() + ".json"));
      }
    }
    List<Annotation> annotations = new ArrayList<>();
    for (TimexCorpus.Document document : documents) {
      Annotation annotation = AnnotationCodec.read(cache.resolve(document.id() + ".json"));
      if (!annotation.text().equals(document.text())
          || !document.created().equals(annotation.published())) {
        throw new IllegalStateException(
            "stale cached annotation: doc=" + document.id() + " cache=" + cache);
      }
      annotations.add(annotation);
    }
    return annotations;
  }
}
