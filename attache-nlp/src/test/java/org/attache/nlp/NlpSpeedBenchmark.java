package org.attache.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;

/**
 * Measures tokens and sentences per second of each annotator set on newswire text (not a JUnit
 * test; figures go to docs/nlp.md). It reads the first documents of
 * ../shared/corpora/newswire-afp-xinhua.jsonl in place, shaped as clean text (headline, blank line,
 * body), annotates a few to warm the JIT, then times one thread over all of them.
 *
 * <p>Run: {@code java -Xmx8g -cp <test classpath> org.attache.nlp.NlpSpeedBenchmark [documents]
 * [set...]}, where a set is one of the names printed by a run without sets.
 */
public final class NlpSpeedBenchmark {
  private static final int WARM_UP_DOCUMENTS = 25;

  private NlpSpeedBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    int count = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100;
    Map<String, NlpConfig> sets = sets();
    List<String> chosen =
        arguments.length > 1
            ? List.of(arguments).subList(1, arguments.length)
            : new ArrayList<>(sets.keySet());
    List<AnnotationRequest> documents = documents(corpus(), count);
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%d documents; java %s, %d processors, max heap %d MB, %s%n",
        documents.size(),
        System.getProperty("java.version"),
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024),
        System.getProperty("os.arch"));
    System.out.println(
        "set | load s | tokens | sentences | tokens/s | sentences/s | tokens/CPU-s | sentences/CPU-s");
    for (String name : chosen) {
      NlpConfig config = sets.get(name);
      if (config == null) {
        throw new IllegalArgumentException("no annotator set " + name + "; sets: " + sets.keySet());
      }
      measure(name, config, documents);
    }
  }

  /** The annotator sets compared, each adding to or changing the one before. */
  static Map<String, NlpConfig> sets() {
    NlpConfig fast = NlpConfig.fast();
    NlpConfig full = NlpConfig.full();
    Map<String, NlpConfig> sets = new LinkedHashMap<>();
    sets.put("tokenize,ssplit", fast.withAnnotators("split", List.of("tokenize", "ssplit")));
    sets.put(
        "+pos,lemma", fast.withAnnotators("tagged", List.of("tokenize", "ssplit", "pos", "lemma")));
    List<String> nerOnly = List.of("tokenize", "ssplit", "pos", "lemma", "ner");
    sets.put(
        "+ner 3-class CRF only",
        fast.withAnnotators("crf", nerOnly)
            .withOption("ner.applyNumericClassifiers", "false")
            .withOption("ner.useSUTime", "false"));
    sets.put(
        "+ner 3-class, numeric classifiers without SUTime",
        fast.withAnnotators("numeric", nerOnly).withOption("ner.useSUTime", "false"));
    sets.put(
        "+pos,lemma, SUTime alone (TimeAnnotator)",
        fast.withAnnotators("sutime", List.of("tokenize", "ssplit", "pos", "lemma", "sutime"))
            .withOption("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator"));
    sets.put("+ner fast (3-class, numeric, SUTime)", fast.withAnnotators("fast-ner", nerOnly));
    sets.put(
        "+ner fast, SUTime without holidays",
        fast.withAnnotators("fast-ner-no-holidays", nerOnly).withOption("sutime.binders", "0"));
    sets.put("fast (+depparse)", fast);
    sets.put("+ner default (3 CRFs, fine-grained, SUTime)", full.withAnnotators("ner", nerOnly));
    sets.put(
        "full without coref",
        full.withAnnotators(
            "full-no-coref", List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse")));
    sets.put("full (+coref)", full);
    sets.put("fast, 2 threads", fast.withAnnotators("fast-2", fast.annotators()));
    return sets;
  }

  private static void measure(String name, NlpConfig config, List<AnnotationRequest> documents)
      throws Exception {
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    for (AnnotationRequest document : documents.subList(0, WARM_UP_DOCUMENTS)) {
      annotator.annotate(document);
    }
    int threads = config.name().endsWith("-2") ? 2 : 1;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<Annotation> annotations = annotateAll(annotator, documents, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    // The annotating thread's own CPU time: robust to other work on the machine (1 thread only).
    double cpuSeconds =
        threads == 1 ? (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
    long tokens = annotations.stream().mapToLong(Annotation::tokenCount).sum();
    long sentences = annotations.stream().mapToLong(a -> a.sentences().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%s | %.1f | %d | %d | %.0f | %.0f | %.0f | %.0f%n",
        name,
        loadSeconds,
        tokens,
        sentences,
        tokens / seconds,
        sentences / seconds,
        tokens / cpuSeconds,
        sentences / cpuSeconds);
  }

  private static List<Annotation> annotateAll(
      CoreNlpAnnotator annotator, List<AnnotationRequest> documents, int threads) throws Exception {
    if (threads == 1) {
      List<Annotation> annotations = new ArrayList<>();
      for (AnnotationRequest document : documents) {
        annotations.add(annotator.annotate(document));
      }
      return annotations;
    }
    return ActorEvalSupport.annotateAll(annotator, documents, threads);
  }

  private static Path corpus() {
    String shared = System.getProperty("attache.shared", "../shared");
    return Path.of(shared, "corpora", "newswire-afp-xinhua.jsonl");
  }

  private static List<AnnotationRequest> documents(Path corpus, int count) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<AnnotationRequest> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (documents.size() < count && (line = reader.readLine()) != null) {
        JsonNode record = mapper.readTree(line);
        String title = record.path("title").asText("");
        String text =
            title.isBlank()
                ? record.get("text").asText()
                : title + "\n\n" + record.get("text").asText();
        documents.add(
            new AnnotationRequest(
                record.get("id").asText(),
                text,
                LocalDate.parse(record.get("published").asText())));
      }
    }
    if (documents.size() <= WARM_UP_DOCUMENTS) {
      throw new IllegalStateException(
          "need more than " + WARM_UP_DOCUMENTS + " documents in " + corpus);
    }
    return documents;
  }
}
