package org.attache.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.CorefChain;
import org.attache.annotate.CorefMention;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.TimeExpression;
import org.attache.annotate.Token;

/**
 * Converts an annotated CoreNLP document to the project's records: CoreNLP's 1-based token indexes
 * become 0-based indexes within the sentence, words are cut from the request's text at the token
 * offsets, dependencies come from the enhanced++ UD graph (copy nodes of elided words merged into
 * the word they copy, arcs sorted), and entity mentions carrying a TIMEX3 also become time
 * expressions.
 */
final class CoreNlpConverter {
  private static final Comparator<Dependency> ARC_ORDER =
      Comparator.comparingInt(Dependency::dependent)
          .thenComparingInt(Dependency::governor)
          .thenComparing(Dependency::relation);

  private CoreNlpConverter() {}

  static Annotation convert(
      AnnotationRequest request, edu.stanford.nlp.pipeline.Annotation document) {
    String text = request.text();
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>();
    if (coreSentences != null) {
      for (CoreMap coreSentence : coreSentences) {
        sentences.add(sentence(text, sentences.size(), coreSentence));
      }
    }
    return new Annotation(
        request.documentId(),
        text,
        request.published(),
        sentences,
        chains(coreSentences, document));
  }

  private static Sentence sentence(String text, int index, CoreMap coreSentence) {
    List<CoreLabel> coreTokens = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(coreTokens.size());
    for (CoreLabel coreToken : coreTokens) {
      int start = coreToken.beginPosition();
      int end = coreToken.endPosition();
      tokens.add(
          new Token(
              tokens.size(),
              start,
              end,
              text.substring(start, end),
              coreToken.lemma(),
              coreToken.tag(),
              coreToken.ner()));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap mention : mentions) {
        List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        int first = mentionTokens.get(0).index() - 1;
        int last = mentionTokens.get(mentionTokens.size() - 1).index() - 1;
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String surface = text.substring(start, end);
        entities.add(
            new EntityMention(
                start,
                end,
                first,
                last,
                mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                surface));
        Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.timexType() != null) {
          times.add(new TimeExpression(start, end, timex.timexType(), timex.value(), surface));
        }
      }
    }
    return new Sentence(
        index,
        tokens.get(0).start(),
        tokens.get(tokens.size() - 1).end(),
        tokens,
        dependencies(
            coreSentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
        entities,
        times);
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    Set<Dependency> arcs = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int governor = edge.getGovernor().index() - 1;
      int dependent = edge.getDependent().index() - 1;
      if (governor != dependent) {
        arcs.add(new Dependency(governor, dependent, edge.getRelation().toString()));
      }
    }
    List<Dependency> sorted = new ArrayList<>(arcs);
    sorted.sort(ARC_ORDER);
    return sorted;
  }

  private static List<CorefChain> chains(
      List<CoreMap> coreSentences, edu.stanford.nlp.pipeline.Annotation document) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coreChains =
        document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (coreChains == null || coreSentences == null) {
      return List.of();
    }
    List<CorefChain> chains = new ArrayList<>();
    for (edu.stanford.nlp.coref.data.CorefChain coreChain : new TreeMap<>(coreChains).values()) {
      int representative = coreChain.getRepresentativeMention().mentionID;
      List<CorefMention> mentions = new ArrayList<>();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention coreMention :
          coreChain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens =
            coreSentences.get(coreMention.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        mentions.add(
            new CorefMention(
                coreMention.sentNum - 1,
                tokens.get(coreMention.startIndex - 1).beginPosition(),
                tokens.get(coreMention.endIndex - 2).endPosition(),
                coreMention.mentionID == representative));
      }
      chains.add(new CorefChain(coreChain.getChainID(), mentions));
    }
    return chains;
  }
}
