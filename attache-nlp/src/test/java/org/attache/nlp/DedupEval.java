package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Sentence;
import org.attache.coding.CameoCodes;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.event.EventMention;
import org.attache.event.Evidence;
import org.attache.fusion.EventFuser;
import org.attache.fusion.FusedEvent;
import org.attache.resolve.GazetteerPlaceResolver;
import org.attache.resolve.TimexDateResolver;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Event fusion on ECB+ ({@code ../shared/eval/dedup-dev}): each topic holds documents reporting two
 * similar but different real-world events (the gold subtopics). The documents are annotated with
 * {@code NlpConfig.fast()} (cached under target/annotation-cache), actors resolved with the bundled
 * knowledge, events coded with the bundled lexicon, the time-expression date resolver and the
 * gazetteer place resolver, keeping mentions without a resolved actor (ECB+ is mostly not
 * international politics, so few of its actors resolve to a country or organisation; strict coding
 * is counted beside it), and fused all at once across all topics. ECB+ gives no publication dates,
 * so only dates written in full in the text are known; mentions without a date are compared with no
 * date filter. Document clusters are the connected components of documents sharing a fused event
 * (asserted; fusion's guard against chaining keeps them tight), each document's dominant event is
 * reported beside them ({@link DocumentClusters}). Scored against the subtopics with pairwise and
 * B³ precision, recall and F1 over the whole corpus and within topics, with two baselines: every
 * topic as one cluster (uses the gold topics) and every document alone. Writes
 * target/eval-reports/dedup.json and each merge across documents, with its reason and whether the
 * gold agrees, to dedup-merges.tsv; skipped when the data is absent.
 */
class DedupEval {
  /** Set just under the figures measured (docs/benchmarks.md); a drop fails the build. */
  private static final double MIN_PAIRWISE_PRECISION = 0.72;

  private static final double MIN_PAIRWISE_RECALL = 0.38;
  private static final double MIN_PAIRWISE_F1 = 0.50;
  private static final double MIN_B3_F1 = 0.59;

  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();
  private static final EventCoder CODER =
      new EventCoder(
          PredicateLexicon.bundled(),
          CameoCodes.bundled(),
          new TimexDateResolver(),
          GazetteerPlaceResolver.bundled(),
          KNOWLEDGE);

  @Test
  void fusesEcbPlus() throws Exception {
    Path folder = ActorEvalSupport.shared().resolve("eval/dedup-dev");
    Assumptions.assumeTrue(Files.isDirectory(folder), "no data at " + folder);
    List<EcbPlusCorpus.Document> documents = EcbPlusCorpus.read(folder);
    List<AnnotationRequest> requests = new ArrayList<>();
    documents.forEach(d -> requests.add(new AnnotationRequest(d.file(), d.text(), null)));
    List<Annotation> annotations = AnnotationCache.annotate("dedup-dev", requests, 2);

    ActorResolver resolver = new ActorResolver(KNOWLEDGE);
    DatelineCountry datelines = new DatelineCountry(KNOWLEDGE);
    EventCoder lenient = CODER.keepingUnresolved();
    List<Evidence> evidence = new ArrayList<>();
    int strict = 0;
    for (Annotation annotation : annotations) {
      List<ActorMention> actors =
          resolver.resolve(annotation, datelines.find(annotation.text()).orElse(null));
      strict += CODER.code(annotation, actors).size();
      for (EventMention mention : lenient.code(annotation, actors)) {
        Sentence sentence = annotation.sentences().get(mention.sentence());
        String text = annotation.text().substring(sentence.start(), sentence.end());
        evidence.add(
            new Evidence(mention, annotation.documentId(), null, null, text, sentence.start()));
      }
    }
    long started = System.nanoTime();
    List<FusedEvent> events = new EventFuser().fuse(evidence, Map.of());
    long millis = (System.nanoTime() - started) / 1_000_000;

    List<String> files = documents.stream().map(EcbPlusCorpus.Document::file).toList();
    Map<String, String> gold = new TreeMap<>();
    Map<String, String> topics = new TreeMap<>();
    documents.forEach(d -> gold.put(d.file(), d.subtopic()));
    documents.forEach(d -> topics.put(d.file(), d.topic()));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", "dedup-dev (ECB+)");
    figures.put("config", NlpConfig.fast().name());
    figures.put("documents", files.size());
    figures.put("mentions", evidence.size());
    figures.put("mentionsStrict", strict);
    figures.put("mentionsDated", evidence.stream().filter(e -> e.mention().date() != null).count());
    figures.put(
        "mentionsPlaced", evidence.stream().filter(e -> e.mention().place() != null).count());
    figures.put(
        "mentionsWithActor",
        evidence.stream()
            .filter(e -> !e.mention().actors().isEmpty() || !e.mention().recipients().isEmpty())
            .count());
    figures.put("events", events.size());
    figures.put("eventsAcrossDocuments", events.stream().filter(DedupEval::multiDocument).count());
    figures.put("fusionMillis", millis);
    Map<String, String> dominant = DocumentClusters.dominant(events, files);
    figures.put("dominantEvent", scores(files, dominant::get, gold, topics));
    figures.put(
        "components", scores(files, DocumentClusters.components(events, files)::get, gold, topics));
    figures.put("baselineTopic", scores(files, topics::get, gold, topics));
    figures.put("baselineSingletons", scores(files, file -> file, gold, topics));
    Path out = Path.of("target", "eval-reports", "dedup.json");
    Files.createDirectories(out.getParent());
    Files.write(out.resolveSibling("dedup-merges.tsv"), merges(events, gold));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), figures);
    System.out.println("dedup: " + figures + " -> " + out);

    Map<?, ?> withinTopics =
        (Map<?, ?>) ((Map<?, ?>) figures.get("components")).get("withinTopics");
    Map<?, ?> pairwise = (Map<?, ?>) withinTopics.get("pairwise");
    assertThat((double) pairwise.get("precision")).isGreaterThanOrEqualTo(MIN_PAIRWISE_PRECISION);
    assertThat((double) pairwise.get("recall")).isGreaterThanOrEqualTo(MIN_PAIRWISE_RECALL);
    assertThat((double) pairwise.get("f1")).isGreaterThanOrEqualTo(MIN_PAIRWISE_F1);
    assertThat((double) ((Map<?, ?>) withinTopics.get("b3")).get("f1"))
        .isGreaterThanOrEqualTo(MIN_B3_F1);
  }

  /** Each merge across documents with its reason, score and whether the gold agrees, for review. */
  private static List<String> merges(List<FusedEvent> events, Map<String, String> gold) {
    Map<String, String> documentOf = new TreeMap<>();
    Map<String, String> sentenceOf = new TreeMap<>();
    for (FusedEvent event : events) {
      for (Evidence item : event.evidence()) {
        String id = org.attache.event.EventIds.mention(item.mention());
        documentOf.put(id, item.mention().documentId());
        sentenceOf.put(id, item.mention().type().code() + " " + item.sentence());
      }
    }
    List<String> rows = new ArrayList<>();
    for (FusedEvent event : events) {
      for (org.attache.fusion.Merge merge : event.merges()) {
        String a = documentOf.get(merge.mentionId());
        String b = documentOf.get(merge.intoMentionId());
        if (!a.equals(b)) {
          rows.add(
              String.join(
                  "\t",
                  gold.get(a).equals(gold.get(b)) ? "same" : "different",
                  String.valueOf(merge.score()),
                  merge.reason(),
                  a + ": " + sentenceOf.get(merge.mentionId()),
                  b + ": " + sentenceOf.get(merge.intoMentionId())));
        }
      }
    }
    return rows;
  }

  private static boolean multiDocument(FusedEvent event) {
    return event.evidence().stream().map(e -> e.mention().documentId()).distinct().count() > 1;
  }

  /** Overall, within topics (pairs across topics ignored) and per topic. */
  private static Map<String, Object> scores(
      List<String> files,
      Function<String, String> predicted,
      Map<String, String> gold,
      Map<String, String> topics) {
    Map<String, String> clusters = new TreeMap<>();
    Map<String, String> withinPredicted = new TreeMap<>();
    Map<String, String> withinGold = new TreeMap<>();
    for (String file : files) {
      clusters.put(file, predicted.apply(file));
      withinPredicted.put(file, topics.get(file) + "/" + predicted.apply(file));
      withinGold.put(file, topics.get(file) + "/" + gold.get(file));
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("overall", ClusterScores.score(files, clusters, gold));
    figures.put("withinTopics", ClusterScores.score(files, withinPredicted, withinGold));
    Map<String, Object> perTopic = new TreeMap<>();
    for (String topic : new java.util.TreeSet<>(topics.values())) {
      List<String> inTopic = files.stream().filter(f -> topics.get(f).equals(topic)).toList();
      Map<?, ?> topicScores = ClusterScores.score(inTopic, clusters, gold);
      Map<String, Object> brief = new LinkedHashMap<>();
      brief.put("pairwiseF1", ((Map<?, ?>) topicScores.get("pairwise")).get("f1"));
      brief.put("b3F1", ((Map<?, ?>) topicScores.get("b3")).get("f1"));
      perTopic.put(topic, brief);
    }
    figures.put("perTopic", perTopic);
    return figures;
  }
}
