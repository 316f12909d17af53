package org.attache.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.actor.ActorKnowledge;
import org.attache.app.DocumentAnalysis;
import org.attache.app.StandardComponents;
import org.attache.coding.PredicateLexicon;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;

/**
 * What each executor JVM builds once, lazily, from the job's serialisable options, and shares
 * between its tasks: the document analysis with the CoreNLP annotator (which keeps one CoreNLP
 * pipeline per task thread, as pipelines must not be shared between threads), the actor tables and
 * the lexicon. Nothing is loaded in a JVM that never analyses a document.
 */
final class Executors {
  /** The language models' configuration: the command line's. */
  static final NlpConfig NLP = NlpConfig.fast();

  private static final Map<List<List<String>>, DocumentAnalysis> ANALYSES =
      new ConcurrentHashMap<>();

  private Executors() {}

  /** The analysis for this job's tables and lexicon, built on first use in this JVM. */
  static DocumentAnalysis analysis(JobOptions options) {
    return ANALYSES.computeIfAbsent(
        List.of(options.knowledge(), options.lexicon()),
        key -> {
          ActorKnowledge knowledge =
              options.knowledge().isEmpty()
                  ? ActorKnowledge.bundled()
                  : ActorKnowledge.load(paths(options.knowledge()));
          PredicateLexicon lexicon =
              options.lexicon().isEmpty()
                  ? PredicateLexicon.bundled()
                  : PredicateLexicon.load(paths(options.lexicon()));
          return new DocumentAnalysis(
              new CoreNlpAnnotator(NLP),
              knowledge,
              StandardComponents.eventCoding(knowledge, lexicon));
        });
  }

  private static List<Path> paths(List<String> files) {
    return files.stream().map(Path::of).toList();
  }
}
