package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, run faster and keeping only the graph the project reads: the
 * enhanced++ Universal Dependencies graph. CoreNLP's own {@code depparse} annotator converts every
 * parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++), and the four
 * unread ones cost about a sixth of its time; and its network scores transitions about three times
 * slower than {@link NeuralParser}, which gives the same parses (a document's sentences are parsed
 * together, so their states are scored in batches). The parse and the enhanced++ graph are the same
 * as the stock annotator's ({@code EnhancedParseAnnotatorIT} compares them). {@link
 * NlpConfig#fast()} registers it under the name {@code enhancedparse}; it reads the {@code
 * enhancedparse.model} option like the stock one reads {@code depparse.model}.
 */
public final class EnhancedParseAnnotator extends SentenceAnnotator {
  private final NeuralParser parser;

  /** Loads the parser model named by {@code <name>.model} (CoreNLP's UD English by default). */
  public EnhancedParseAnnotator(String name, Properties properties) {
    Properties own = PropertiesUtils.extractPrefixedProperties(properties, name + ".");
    parser =
        new NeuralParser(
            DependencyParser.loadFromModelFile(
                own.getProperty("model", DependencyParser.DEFAULT_MODEL), own));
  }

  @Override
  protected int nThreads() {
    return 1;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  /** Parses the document's sentences together ({@link NeuralParser#predict(List)}). */
  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      super.annotate(document);
      return;
    }
    List<GrammaticalStructure> structures = parser.predict(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      keep(sentences.get(i), structures.get(i));
    }
  }

  @Override
  protected void doOneSentence(Annotation document, CoreMap sentence) {
    keep(sentence, parser.predict(sentence));
  }

  private static void keep(CoreMap sentence, GrammaticalStructure structure) {
    sentence.set(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(
            structure,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null));
  }

  @Override
  protected void doOneFailedSentence(Annotation document, CoreMap sentence) {
    // Like the stock annotator: a sentence that cannot be parsed keeps no graph.
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes") // as above
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
