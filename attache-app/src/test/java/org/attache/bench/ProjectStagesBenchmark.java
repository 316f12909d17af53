package org.attache.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.app.EventCoding;
import org.attache.app.StandardComponents;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.event.EventMentionCodec;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;

/**
 * The project's own analysis stages without CoreNLP (not a JUnit test): the first documents of the
 * newswire corpus are annotated once with {@code NlpConfig.fast()} and kept as canonical JSON in a
 * cache file, so later runs load no models; then the story country ({@link DatelineCountry}) plus
 * {@link ActorResolver} ("actors") and {@link EventCoder}, wired as the jobs wire it ({@link
 * StandardComponents#eventCoding}, "events"), run over the cached annotations, one thread, many
 * passes, and the thread CPU time per sentence of each is printed (minimum and median of the second
 * half of the passes: the first half warms the JIT). A SHA-256 digest of every actor and event
 * mention written out tells whether a change kept the output.
 *
 * <p>Arguments: {@code CORPUS CACHE_FILE DOCUMENTS PASSES [MENTIONS_FILE]}.
 */
public final class ProjectStagesBenchmark {
  private ProjectStagesBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    if (arguments.length < 4) {
      throw new IllegalArgumentException(
          "usage: CORPUS CACHE_FILE DOCUMENTS PASSES [MENTIONS_FILE]; got " + List.of(arguments));
    }
    int documents = Integer.parseInt(arguments[2]);
    int passes = Integer.parseInt(arguments[3]);
    List<Annotation> annotations = cached(Path.of(arguments[0]), Path.of(arguments[1]), documents);
    long sentences = annotations.stream().mapToLong(a -> a.sentences().size()).sum();
    ActorKnowledge knowledge = ActorKnowledge.bundled();
    ActorResolver resolver = new ActorResolver(knowledge);
    DatelineCountry datelines = new DatelineCountry(knowledge);
    EventCoding coder = StandardComponents.eventCoding(knowledge, PredicateLexicon.bundled());
    StringBuilder mentions = new StringBuilder();
    for (Annotation annotation : annotations) {
      String story = datelines.find(annotation.text()).orElse(null);
      List<ActorMention> actors = resolver.resolve(annotation, story);
      mentions.append("document ").append(annotation.documentId()).append(' ').append(story);
      actors.forEach(m -> mentions.append("\nactor ").append(m));
      coder
          .code(annotation, actors)
          .forEach(e -> mentions.append("\nevent ").append(EventMentionCodec.toJson(e)));
      mentions.append('\n');
    }
    if (arguments.length > 4) {
      Files.writeString(Path.of(arguments[4]), mentions, StandardCharsets.UTF_8);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] actorMicros = new double[passes];
    double[] eventMicros = new double[passes];
    for (int pass = 0; pass < passes; pass++) {
      long actorNanos = 0;
      long eventNanos = 0;
      for (Annotation annotation : annotations) {
        long start = cpu.getCurrentThreadCpuTime();
        List<ActorMention> actors =
            resolver.resolve(annotation, datelines.find(annotation.text()).orElse(null));
        long resolved = cpu.getCurrentThreadCpuTime();
        coder.code(annotation, actors);
        eventNanos += cpu.getCurrentThreadCpuTime() - resolved;
        actorNanos += resolved - start;
      }
      actorMicros[pass] = actorNanos / 1e3 / sentences;
      eventMicros[pass] = eventNanos / 1e3 / sentences;
    }
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d sentences, %d passes; CPU µs per sentence (min / median of the last %d"
            + " passes): actors %s, events %s; mentions sha256 %s%n",
        annotations.size(),
        sentences,
        passes,
        passes - passes / 2,
        minAndMedian(actorMicros),
        minAndMedian(eventMicros),
        sha256(mentions.toString()));
  }

  private static String minAndMedian(double[] perPass) {
    double[] warm = Arrays.copyOfRange(perPass, perPass.length / 2, perPass.length);
    Arrays.sort(warm);
    return String.format(Locale.ROOT, "%.1f / %.1f", warm[0], warm[warm.length / 2]);
  }

  /** The cached annotations, made with CoreNLP (and cached) when the cache file is missing. */
  private static List<Annotation> cached(Path corpus, Path cache, int documents)
      throws IOException {
    if (!Files.exists(cache)) {
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
      StringBuilder lines = new StringBuilder();
      for (ObjectNode record : BenchSample.read(corpus, 0, documents)) {
        String title = record.path("title").asText("");
        String body = record.path("text").asText();
        AnnotationRequest request =
            new AnnotationRequest(
                record.path("id").asText(),
                title.isBlank() ? body : title + "\n\n" + body,
                LocalDate.parse(record.path("published").asText()));
        lines.append(AnnotationCodec.toJson(annotator.annotate(request))).append('\n');
      }
      Files.createDirectories(cache.toAbsolutePath().getParent());
      Files.writeString(cache, lines, StandardCharsets.UTF_8);
    }
    List<Annotation> annotations = new ArrayList<>();
    for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && annotations.size() < documents) {
        annotations.add(AnnotationCodec.fromJson(line));
      }
    }
    return annotations;
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
