package org.attache.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;

/**
 * What the actor evaluations share: where ../shared is, which CoreNLP configuration they run,
 * parallel annotation with an optional cache, the JSON output.
 *
 * <p>Two system properties serve one-off measurements and development (both unset in the build):
 * {@code attache.nlp.config} selects the configuration ({@code fast}, the default, or {@code full}:
 * fine-grained NER and coreference), and {@code attache.annotation.cache} names a folder in which
 * each data set's annotations are kept as canonical JSON lines ({@link AnnotationCodec}), one file
 * per data set and configuration, so that a second run loads no models. A cache file is used only
 * when it holds exactly the requested documents with the same texts, in order.
 */
final class ActorEvalSupport {

  private ActorEvalSupport() {}

  /**
   * How many of a data set's documents to evaluate: all, or the first attache.eval.limit of them
   * (for the slow {@code full()} configuration).
   */
  static int limit(int all) {
    String value = System.getProperty("attache.eval.limit", "").strip();
    return value.isEmpty() ? all : Math.min(all, Integer.parseInt(value));
  }

  /** Whether the run is the guarded one: the production configuration on the whole sample. */
  static boolean guarded(int evaluated, int all) {
    return config().equals(NlpConfig.fast()) && evaluated == all;
  }

  /** The configuration the evaluations run: {@code fast()} unless attache.nlp.config=full. */
  static NlpConfig config() {
    String name = System.getProperty("attache.nlp.config", "fast").strip();
    return switch (name) {
      case "fast" -> NlpConfig.fast();
      case "full" -> NlpConfig.full();
      default ->
          throw new IllegalArgumentException("attache.nlp.config must be fast or full: " + name);
    };
  }

  /**
   * The annotations of the requests under {@link #config()}: read from the cache when it holds
   * them, otherwise annotated on the given number of threads (models loaded only then) and, with a
   * cache folder set, written there.
   */
  static List<Annotation> annotateCached(
      String dataSet, List<AnnotationRequest> requests, int threads) throws Exception {
    NlpConfig config = config();
    String folder = System.getProperty("attache.annotation.cache", "").strip();
    Path file = folder.isEmpty() ? null : Path.of(folder, dataSet + "-" + config.name() + ".jsonl");
    if (file != null && Files.isRegularFile(file)) {
      List<Annotation> cached = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          cached.add(AnnotationCodec.fromJson(line));
        }
      }
      if (sameDocuments(cached, requests)) {
        return cached.subList(0, requests.size());
      }
    }
    List<Annotation> annotations = annotateAll(new CoreNlpAnnotator(config), requests, threads);
    if (file != null) {
      Files.createDirectories(file.getParent());
      StringBuilder lines = new StringBuilder();
      annotations.forEach(a -> lines.append(AnnotationCodec.toJson(a)).append('\n'));
      Files.writeString(file, lines, StandardCharsets.UTF_8);
    }
    return annotations;
  }

  private static boolean sameDocuments(List<Annotation> cached, List<AnnotationRequest> requests) {
    if (cached.size() < requests.size()) {
      return false;
    }
    for (int i = 0; i < requests.size(); i++) {
      if (!cached.get(i).documentId().equals(requests.get(i).documentId())
          || !cached.get(i).text().equals(requests.get(i).text())) {
        return false;
      }
    }
    return true;
  }

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
