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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.coding.CameoCodes;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.event.EventMention;
import org.attache.resolve.GazetteerPlaceResolver;
import org.attache.resolve.Geocoder;
import org.attache.resolve.TimexDateResolver;

/**
 * Throughput of the whole analysis (not a JUnit test; figures go to docs/benchmarks.md): the first
 * documents of ../shared/corpora/newswire-afp-xinhua.jsonl, shaped as clean text (headline, blank
 * line, body), are annotated by CoreNLP ({@code NlpConfig.fast()}), their actors resolved ({@link
 * ActorResolver}, story country from {@link DatelineCountry}) and their events coded ({@link
 * EventCoder} with the time-expression date resolver and the gazetteer place resolver), after a
 * warm-up, with 1 and then 2 threads sharing one annotator, one resolver and one coder. It prints
 * sentences and tokens per second, CoreNLP's CPU time and the project's own (actors and events,
 * each call timed separately, wall and thread CPU), the project's share, and the peak resident set
 * (VmHWM). The project's own stages alone are then timed again on the annotations already made.
 *
 * <p>Run: {@code bench/analysis [documents] [warm-up]} (defaults 125 and 25; the warm-up documents
 * come first in the file and are not timed).
 */
public final class AnalysisSpeedBenchmark {

  private AnalysisSpeedBenchmark() {}

  /** Nanoseconds spent in one document, wall and CPU, in CoreNLP and in the resolver. */
  private record Timing(
      long annotateWall,
      long annotateCpu,
      long resolveWall,
      long resolveCpu,
      long codeCpu,
      int sentences,
      int tokens,
      int mentions,
      int events,
      Annotation annotation) {}

  public static void main(String[] arguments) throws Exception {
    int count = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 125;
    int warmUp = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 25;
    List<AnnotationRequest> all = documents(count + warmUp);
    List<AnnotationRequest> warm = all.subList(0, warmUp);
    List<AnnotationRequest> timed = all.subList(warmUp, all.size());
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%d timed documents after %d warm-up; java %s, %d processors, max heap %d MB%n",
        timed.size(),
        warm.size(),
        System.getProperty("java.version"),
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024));
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
    ActorKnowledge knowledge = ActorKnowledge.bundled();
    ActorResolver resolver = new ActorResolver(knowledge);
    DatelineCountry datelines = new DatelineCountry(knowledge);
    EventCoder coder =
        new EventCoder(
            PredicateLexicon.bundled(),
            CameoCodes.bundled(),
            new TimexDateResolver(),
            new GazetteerPlaceResolver(Geocoder.bundled(), datelines),
            knowledge);
    System.out.printf(Locale.ROOT, "load %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    run(annotator, resolver, coder, datelines, warm, 2);
    System.out.println(
        "threads | documents | sentences | tokens | actor mentions | event mentions | wall s"
            + " | sentences/s | tokens/s | CoreNLP CPU s | actors CPU s | events CPU s"
            + " | project share of CPU | project wall ms/doc");
    List<Annotation> annotations = new ArrayList<>();
    for (int threads : new int[] {1, 2}) {
      long start = System.nanoTime();
      List<Timing> timings = run(annotator, resolver, coder, datelines, timed, threads);
      if (threads == 1) {
        timings.forEach(t -> annotations.add(t.annotation()));
      }
      double wall = (System.nanoTime() - start) / 1e9;
      long sentences = timings.stream().mapToLong(Timing::sentences).sum();
      long tokens = timings.stream().mapToLong(Timing::tokens).sum();
      long mentions = timings.stream().mapToLong(Timing::mentions).sum();
      long events = timings.stream().mapToLong(Timing::events).sum();
      double annotateCpu = timings.stream().mapToLong(Timing::annotateCpu).sum() / 1e9;
      double projectCpu = timings.stream().mapToLong(Timing::resolveCpu).sum() / 1e9;
      double codeCpu = timings.stream().mapToLong(Timing::codeCpu).sum() / 1e9;
      double projectWall = timings.stream().mapToLong(Timing::resolveWall).sum() / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%d | %d | %d | %d | %d | %d | %.1f | %.1f | %.0f | %.1f | %.3f | %.3f | %.2f %% | %.2f%n",
          threads,
          timings.size(),
          sentences,
          tokens,
          mentions,
          events,
          wall,
          sentences / wall,
          tokens / wall,
          annotateCpu,
          projectCpu - codeCpu,
          codeCpu,
          100 * projectCpu / (annotateCpu + projectCpu),
          1000 * projectWall / timings.size());
    }
    projectAlone(resolver, coder, datelines, annotations);
    System.out.println("peak RSS (VmHWM): " + peakResidentSet());
  }

  private static List<Timing> run(
      CoreNlpAnnotator annotator,
      ActorResolver resolver,
      EventCoder coder,
      DatelineCountry datelines,
      List<AnnotationRequest> documents,
      int threads)
      throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Timing>> futures = new ArrayList<>();
      for (AnnotationRequest document : documents) {
        futures.add(
            pool.submit(
                () -> {
                  long wall0 = System.nanoTime();
                  long cpu0 = cpu.getCurrentThreadCpuTime();
                  Annotation annotation = annotator.annotate(document);
                  long wall1 = System.nanoTime();
                  long cpu1 = cpu.getCurrentThreadCpuTime();
                  String story = datelines.find(annotation.text()).orElse(null);
                  List<ActorMention> mentions = resolver.resolve(annotation, story);
                  long cpuActors = cpu.getCurrentThreadCpuTime();
                  List<EventMention> events = coder.code(annotation, mentions);
                  long wall2 = System.nanoTime();
                  long cpu2 = cpu.getCurrentThreadCpuTime();
                  return new Timing(
                      wall1 - wall0,
                      cpu1 - cpu0,
                      wall2 - wall1,
                      cpu2 - cpu1,
                      cpu2 - cpuActors,
                      annotation.sentences().size(),
                      annotation.tokenCount(),
                      mentions.size(),
                      events.size(),
                      annotation);
                }));
      }
      List<Timing> timings = new ArrayList<>();
      for (Future<Timing> future : futures) {
        timings.add(future.get());
      }
      return timings;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The project's own stages alone (actors, then events) on the annotations already made, one
   * thread, five passes (the JIT warms on the first four); prints the last pass.
   */
  private static void projectAlone(
      ActorResolver resolver,
      EventCoder coder,
      DatelineCountry datelines,
      List<Annotation> annotations) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sentences = annotations.stream().mapToLong(a -> a.sentences().size()).sum();
    double seconds = 0;
    for (int pass = 0; pass < 5; pass++) {
      long cpu0 = cpu.getCurrentThreadCpuTime();
      for (Annotation annotation : annotations) {
        coder.code(
            annotation,
            resolver.resolve(annotation, datelines.find(annotation.text()).orElse(null)));
      }
      seconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
    }
    System.out.printf(
        Locale.ROOT,
        "actors + events alone, warm (5th pass, 1 thread): %d sentences in %.3f CPU s = %.0f"
            + " sentences/CPU-s, %.2f ms/document%n",
        sentences,
        seconds,
        sentences / seconds,
        1000 * seconds / annotations.size());
  }

  /** VmHWM from /proc/self/status (Linux), or "unknown". */
  private static String peakResidentSet() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> line.substring("VmHWM:".length()).strip())
        .findFirst()
        .orElse("unknown");
  }

  private static List<AnnotationRequest> documents(int count) throws IOException {
    Path corpus =
        Path.of(
            System.getProperty("attache.shared", "../shared"),
            "corpora",
            "newswire-afp-xinhua.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    List<AnnotationRequest> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (documents.size() < count && (line = reader.readLine()) != null) {
        JsonNode record = mapper.readTree(line);
        String title = record.path("title").asText("");
        String body = record.get("text").asText();
        documents.add(
            new AnnotationRequest(
                record.get("id").asText(),
                title.isBlank() ? body : title + "\n\n" + body,
                LocalDate.parse(record.get("published").asText())));
      }
    }
    return documents;
  }
}
