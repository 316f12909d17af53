package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Dependency;
import org.attache.annotate.Sentence;
import org.attache.coding.CameoCodes;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.event.EventMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The event coder on the CAMEO dev data ({@code ../shared/eval/cameo-dev}): the act's class on
 * {@code pentaclass-train.tsv} and the direction of its arguments on {@code actors-train.conll}.
 * Each line is one document (no publication date, no story country), annotated with {@code
 * NlpConfig.fast()} (cached under target/annotation-cache), actors resolved with the bundled
 * knowledge, events coded with the bundled lexicon and empty date and place resolvers.
 *
 * <p>Pentaclass (0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
 * material conflict): the act alone is scored, so events are coded keeping those without a resolved
 * actor; the sentence's main event is the one whose trigger is nearest the dependency root (the
 * first of equals), a statement (root 01) only when there is nothing else ("X did Y, officials
 * said" is about Y). Its class follows the data set's convention per root ({@link #pentaclass});
 * the standard QuadClass mapping is reported beside it. A sentence with no predicate at all is
 * class 0. Reported: accuracy and macro F1 over the five classes, and per sentence in {@code
 * target/eval-reports/cameo-pentaclass-sentences.tsv} for lexicon work.
 *
 * <p>Spans: the actor mentions of coded events (strict policy) against the gold S spans, the
 * recipient mentions against the gold T spans, matched by character overlap; each distinct
 * predicted span counts once per role. Also: how many predicted actor spans overlap only a T span
 * and recipient spans only an S span (the wrong direction). Writes {@code
 * target/eval-reports/cameo-events.json}; skipped when the data is absent.
 */
class CameoEval {
  private static final int THREADS = 2;

  /** Set just under the figures measured (docs/benchmarks.md); a drop fails the build. */
  private static final double MIN_ACCURACY = 0.61;

  private static final double MIN_MACRO_F1 = 0.61;
  // Since pronouns resolve, more event actors are found (source recall 0.453 → 0.498) at some
  // cost in precision (0.760 → 0.733): the gold marks one event's spans per sentence.
  private static final double MIN_SOURCE_PRECISION = 0.72;
  private static final double MIN_TARGET_PRECISION = 0.58;
  private static final double MIN_SOURCE_F1 = 0.58;
  private static final double MIN_TARGET_F1 = 0.26;

  private static final EventCoder CODER =
      new EventCoder(
          PredicateLexicon.bundled(),
          CameoCodes.bundled(),
          (annotation, sentence, token, status) -> Optional.empty(),
          (annotation, sentence, token, destination) -> Optional.empty());
  private static final ActorResolver RESOLVER = new ActorResolver(ActorKnowledge.bundled());

  @Test
  void codesCameoDev() throws Exception {
    Path dev = ActorEvalSupport.shared().resolve("eval/cameo-dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "no data at " + dev);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", "cameo-dev");
    figures.put("config", NlpConfig.fast().name());
    Map<String, Object> pentaclass = pentaclass(dev.resolve("pentaclass-train.tsv"));
    figures.put("pentaclass", pentaclass);
    Map<String, Object> spans = spans(dev.resolve("actors-train.conll"));
    figures.put("spans", spans);
    Path out = Path.of("target", "eval-reports", "cameo-events.json");
    Files.createDirectories(out.getParent());
    new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.toFile(), figures);
    System.out.println("cameo events: " + figures + " -> " + out);
    @SuppressWarnings("unchecked")
    Map<String, Object> source = (Map<String, Object>) spans.get("source");
    @SuppressWarnings("unchecked")
    Map<String, Object> target = (Map<String, Object>) spans.get("target");
    assertThat((double) pentaclass.get("accuracy")).isGreaterThanOrEqualTo(MIN_ACCURACY);
    assertThat((double) pentaclass.get("macroF1")).isGreaterThanOrEqualTo(MIN_MACRO_F1);
    assertThat((double) source.get("precision")).isGreaterThanOrEqualTo(MIN_SOURCE_PRECISION);
    assertThat((double) target.get("precision")).isGreaterThanOrEqualTo(MIN_TARGET_PRECISION);
    assertThat((double) source.get("f1")).isGreaterThanOrEqualTo(MIN_SOURCE_F1);
    assertThat((double) target.get("f1")).isGreaterThanOrEqualTo(MIN_TARGET_F1);
  }

  private static Map<String, Object> pentaclass(Path file) throws Exception {
    List<AnnotationRequest> requests = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    int index = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.lastIndexOf('\t');
      if (line.isBlank() || tab < 0) {
        continue;
      }
      requests.add(new AnnotationRequest("penta-" + index++, line.substring(0, tab), null));
      gold.add(Integer.parseInt(line.substring(tab + 1).strip()));
    }
    List<Annotation> annotations = AnnotationCache.annotate("pentaclass", requests, THREADS);
    EventCoder lenient = CODER.keepingUnresolved();
    int[][] confusion = new int[5][5];
    int[][] standard = new int[5][5];
    int withEvent = 0;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < annotations.size(); i++) {
      Annotation annotation = annotations.get(i);
      List<ActorMention> actors = RESOLVER.resolve(annotation, null);
      if (!CODER.code(annotation, actors).isEmpty()) {
        withEvent++;
      }
      Optional<EventMention> main = main(annotation, lenient.code(annotation, actors));
      int predicted = main.map(CameoEval::pentaclass).orElse(0);
      confusion[gold.get(i)][predicted]++;
      standard[gold.get(i)][main.map(CameoEval::quadClass).orElse(0)]++;
      rows.add(
          gold.get(i)
              + "\t"
              + predicted
              + "\t"
              + main.map(CameoEval::describe).orElse("-")
              + "\t"
              + annotation.text());
    }
    Path sentencesFile = Path.of("target", "eval-reports", "cameo-pentaclass-sentences.tsv");
    Files.createDirectories(sentencesFile.getParent());
    Files.write(sentencesFile, rows, StandardCharsets.UTF_8);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("sentences", annotations.size());
    figures.put("withResolvedEvent", withEvent);
    figures.putAll(classScores(confusion));
    figures.put("standardQuadClassMapping", classScores(standard));
    return figures;
  }

  private static Map<String, Object> classScores(int[][] confusion) {
    Map<String, Object> figures = new LinkedHashMap<>();
    int correct = 0;
    int total = 0;
    double f1Sum = 0;
    Map<String, Object> perClass = new LinkedHashMap<>();
    for (int c = 0; c < 5; c++) {
      correct += confusion[c][c];
      int predicted = 0;
      int actual = 0;
      for (int k = 0; k < 5; k++) {
        predicted += confusion[k][c];
        actual += confusion[c][k];
      }
      total += actual;
      Map<String, Object> scored =
          ActorEvalSupport.prf(confusion[c][c], predicted, confusion[c][c], actual);
      f1Sum += (double) scored.get("f1");
      perClass.put(String.valueOf(c), scored);
    }
    figures.put("accuracy", ActorEvalSupport.round((double) correct / total));
    figures.put("macroF1", ActorEvalSupport.round(f1Sum / 5));
    figures.put("perClass", perClass);
    List<List<Integer>> rows = new ArrayList<>();
    for (int[] row : confusion) {
      rows.add(java.util.Arrays.stream(row).boxed().toList());
    }
    figures.put("confusionGoldByPredicted", rows);
    return figures;
  }

  /**
   * The data set's class of a CAMEO root, as its labels show it (read off the dev data per root,
   * not per sentence): statements and appeals (01, 02) are 0, intents, consultations and diplomatic
   * support (03–05) 1, material cooperation and yielding (06–08) 2, investigations, demands,
   * disapproval, rejections, threats and reduced relations (09–13, 16) 3, protests, force, coercion
   * and violence (14, 15, 17–20) 4.
   */
  static int pentaclass(EventMention event) {
    int root = Integer.parseInt(event.type().root());
    if (root <= 2) {
      return 0;
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 || root == 16 ? 3 : 4;
  }

  /** The standard mapping: 0 for a public statement (root 01), the QuadClass otherwise. */
  static int quadClass(EventMention event) {
    return event.type().root().equals("01") ? 0 : event.type().quadClass();
  }

  /** The event whose trigger is nearest the root of its sentence, the first of equals. */
  static Optional<EventMention> main(Annotation annotation, List<EventMention> events) {
    return events.stream()
        .min(
            Comparator.comparingInt((EventMention e) -> e.type().root().equals("01") ? 1 : 0)
                .thenComparing(
                    Comparator.comparingInt(
                            (EventMention e) ->
                                depth(annotation.sentences().get(e.sentence()), e.triggerToken()))
                        .thenComparingInt(EventMention::sentence)
                        .thenComparingInt(EventMention::triggerToken)));
  }

  private static int depth(Sentence sentence, int token) {
    int depth = 0;
    int current = token;
    while (depth < sentence.tokens().size()) {
      final int at = current;
      Optional<Dependency> up =
          sentence.dependencies().stream().filter(d -> d.dependent() == at).findFirst();
      if (up.isEmpty() || up.get().isRoot()) {
        return depth;
      }
      current = up.get().governor();
      depth++;
    }
    return depth;
  }

  private static Map<String, Object> spans(Path file) throws Exception {
    List<ActorSpanEval.Gold> sentences = ActorSpanEval.read(file);
    List<AnnotationRequest> requests = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      requests.add(new AnnotationRequest("cameo-" + i, sentences.get(i).text(), null));
    }
    List<Annotation> annotations = AnnotationCache.annotate("actors", requests, THREADS);
    long[] source = new long[4];
    long[] target = new long[4];
    long wrongSource = 0;
    long wrongTarget = 0;
    for (int i = 0; i < annotations.size(); i++) {
      Annotation annotation = annotations.get(i);
      List<EventMention> events = CODER.code(annotation, RESOLVER.resolve(annotation, null));
      Set<ActorSpanEval.Span> actors = new LinkedHashSet<>();
      Set<ActorSpanEval.Span> recipients = new LinkedHashSet<>();
      for (EventMention event : events) {
        event.actors().forEach(m -> actors.add(new ActorSpanEval.Span(m.start(), m.end(), "S")));
        event
            .recipients()
            .forEach(m -> recipients.add(new ActorSpanEval.Span(m.start(), m.end(), "T")));
      }
      List<ActorSpanEval.Span> gold = sentences.get(i).spans();
      count(actors, gold, "S", source);
      count(recipients, gold, "T", target);
      wrongSource += wrong(actors, gold, "S", "T");
      wrongTarget += wrong(recipients, gold, "T", "S");
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("sentences", sentences.size());
    figures.put("source", ActorEvalSupport.prf(source[0], source[1], source[2], source[3]));
    figures.put("target", ActorEvalSupport.prf(target[0], target[1], target[2], target[3]));
    figures.put("actorSpansOnlyOnTargets", wrongSource);
    figures.put("recipientSpansOnlyOnSources", wrongTarget);
    return figures;
  }

  /** Adds matched predicted, predicted, matched gold and gold counts for one role. */
  private static void count(
      Set<ActorSpanEval.Span> predicted, List<ActorSpanEval.Span> gold, String role, long[] sums) {
    List<ActorSpanEval.Span> truth = gold.stream().filter(g -> g.label().equals(role)).toList();
    sums[0] += predicted.stream().filter(p -> truth.stream().anyMatch(p::overlaps)).count();
    sums[1] += predicted.size();
    sums[2] += truth.stream().filter(g -> predicted.stream().anyMatch(g::overlaps)).count();
    sums[3] += truth.size();
  }

  private static long wrong(
      Set<ActorSpanEval.Span> predicted, List<ActorSpanEval.Span> gold, String role, String other) {
    return predicted.stream()
        .filter(p -> gold.stream().noneMatch(g -> g.label().equals(role) && g.overlaps(p)))
        .filter(p -> gold.stream().anyMatch(g -> g.label().equals(other) && g.overlaps(p)))
        .count();
  }

  static String describe(EventMention event) {
    return String.format(
        Locale.ROOT,
        "%s %s %s -> %s [%s]",
        event.type().code(),
        event.status().label(),
        event.actors().stream().map(m -> m.actor().id()).toList(),
        event.recipients().stream().map(m -> m.actor().id()).toList(),
        event.lexiconEntry());
  }
}
