package org.attache.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;

/** What the actor evaluations share: where ../shared is, parallel annotation, the JSON output. */
final class ActorEvalSupport {

  private ActorEvalSupport() {}

  /**
   * The shared folder beside the project (set by the build; from attache-nlp it is ../../shared).
   */
  static Path shared() {
    return Path.of(System.getProperty("attache.shared", "../../shared"));
  }

  /** Annotates the requests on the given number of threads sharing one annotator, in order. */
  static List<Annotation> annotateAll(
      CoreNlpAnnotator annotator, List<AnnotationRequest> requests, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Annotation>> futures = new ArrayList<>();
      for (AnnotationRequest request : requests) {
        futures.add(pool.submit(() -> annotator.annotate(request)));
      }
      List<Annotation> annotations = new ArrayList<>();
      for (Future<Annotation> future : futures) {
        annotations.add(future.get());
      }
      return annotations;
    } finally {
      pool.shutdown();
    }
  }

  /** Writes the figures to target/eval/NAME.json (pretty, keys in insertion order). */
  static Path write(String name, Map<String, Object> figures) throws IOException {
    Path file = Path.of("target", "eval", name + ".json");
    Files.createDirectories(file.getParent());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), figures);
    return file;
  }

  /** Precision, recall and F1 from counts, as a map for the JSON output. */
  static Map<String, Object> prf(
      long truePositivesPredicted, long predicted, long truePositivesGold, long gold) {
    double precision = predicted == 0 ? 0 : (double) truePositivesPredicted / predicted;
    double recall = gold == 0 ? 0 : (double) truePositivesGold / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("precision", round(precision));
    figures.put("recall", round(recall));
    figures.put("f1", round(f1));
    figures.put("matchedPredicted", truePositivesPredicted);
    figures.put("predicted", predicted);
    figures.put("matchedGold", truePositivesGold);
    figures.put("gold", gold);
    return figures;
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
