package org.attache.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;

/**
 * Annotations of an evaluation's documents, kept in {@code target/annotation-cache/NAME.jsonl} (one
 * canonical JSON line per request, in order) so that iterating on later stages loads no models. The
 * cache is used only when it holds exactly the requested documents (same ids and texts, same
 * configuration name); otherwise the documents are annotated with CoreNLP and the cache rewritten.
 */
final class AnnotationCache {

  private AnnotationCache() {}

  static List<Annotation> annotate(String name, List<AnnotationRequest> requests, int threads)
      throws Exception {
    Path file =
        Path.of("target", "annotation-cache", name + "-" + NlpConfig.fast().name() + ".jsonl");
    List<Annotation> cached = read(file);
    if (matches(cached, requests)) {
      return cached;
    }
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
    List<Annotation> annotations = ActorEvalSupport.annotateAll(annotator, requests, threads);
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    annotations.forEach(a -> lines.add(AnnotationCodec.toJson(a)));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return annotations;
  }

  private static List<Annotation> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<Annotation> annotations = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        annotations.add(AnnotationCodec.fromJson(line));
      }
    }
    return annotations;
  }

  private static boolean matches(List<Annotation> cached, List<AnnotationRequest> requests) {
    if (cached.size() != requests.size()) {
      return false;
    }
    for (int i = 0; i < cached.size(); i++) {
      Annotation annotation = cached.get(i);
      AnnotationRequest request = requests.get(i);
      if (!annotation.documentId().equals(request.documentId())
          || !annotation.text().equals(request.text())
          || !java.util.Objects.equals(annotation.published(), request.published())) {
        return false;
      }
    }
    return true;
  }
}
