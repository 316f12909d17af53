package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.Annotations;
import org.junit.jupiter.api.Test;

/**
 * {@link EnhancedParseAnnotator} in {@link NlpConfig#fast()}: it replaces CoreNLP's {@code
 * depparse} (the four unread graphs are gone, transitions scored by {@link NeuralParser}) and gives
 * annotations equal, as canonical JSON, to those of the stock parser on the seeds, the first
 * newswire documents and a sentence of our own.
 */
class EnhancedParseAnnotatorIT {
  private static final int NEWSWIRE_DOCUMENTS = 40;

  @Test
  void sameAnnotationsAsTheStockParserWithoutTheUnreadGraphs() throws Exception {
    NlpConfig fast = NlpConfig.fast();
    List<String> stockAnnotators = new ArrayList<>(fast.annotators());
    stockAnnotators.set(stockAnnotators.indexOf(NlpConfig.ENHANCED_PARSE), "depparse");
    CoreNlpAnnotator stock =
        new CoreNlpAnnotator(fast.withAnnotators("stock-depparse", stockAnnotators));
    StanfordCoreNLP pipeline;
    synchronized (CoreNlpAnnotator.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      pipeline = new StanfordCoreNLP(fast.properties());
    }
    // CoreNlpAnnotator resets SUTime's carried tags before each document; so must this pipeline.
    SutimeTagReset reset = SutimeTagReset.of(pipeline);
    List<AnnotationRequest> requests = requests();
    int sentences = 0;
    for (AnnotationRequest request : requests) {
      edu.stanford.nlp.pipeline.Annotation document =
          new edu.stanford.nlp.pipeline.Annotation(request.text());
      document.set(CoreAnnotations.DocDateAnnotation.class, request.published().toString());
      reset.reset();
      pipeline.annotate(document);
      for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        assertThat(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))
            .as("basic graph in %s", request.documentId())
            .isNull();
        sentences++;
      }
      String ours =
          AnnotationCodec.toJson(Annotations.check(CoreNlpConverter.convert(request, document)));
      assertThat(ours)
          .as(request.documentId())
          .isEqualTo(AnnotationCodec.toJson(stock.annotate(request)));
    }
    assertThat(sentences).isGreaterThan(requests.size());
  }

  /**
   * On JDKs before 25 the parser rounds the hidden layer's products with Veltkamp's split ({@link
   * InputWeights}), which is exact only when every product of the model's weights and embeddings is
   * a normal float; this model's are, so the test above checked that rounding against the stock
   * parser.
   */
  @Test
  void theModelsProductsAllowTheSplitRounding() {
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    Classifier classifier =
        CoreNlpInternals.read(parser, DependencyParser.class, "classifier", "the test's parser");
    assertThat(InputWeights.productsAreNormalFloats(classifier.getW1(), classifier.getE()))
        .isTrue();
  }

  /** A text of our own, the seeds and the first newswire documents (each when present). */
  private static List<AnnotationRequest> requests() throws Exception {
    List<AnnotationRequest> requests = new ArrayList<>();
    requests.add(
        new AnnotationRequest("own", CoreNlpAnnotatorIT.CLEAN_TEXT, LocalDate.of(2023, 5, 29)));
    Path corpus = ActorEvalSupport.shared().resolve("corpora/newswire-afp-xinhua.jsonl");
    if (Files.isRegularFile(corpus)) {
      ObjectMapper mapper = new ObjectMapper();
      try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
        String line;
        while (requests.size() <= NEWSWIRE_DOCUMENTS && (line = reader.readLine()) != null) {
          JsonNode record = mapper.readTree(line);
          requests.add(
              new AnnotationRequest(
                  record.get("id").asText(),
                  record.path("title").asText("") + "\n\n" + record.get("text").asText(),
                  LocalDate.parse(record.get("published").asText())));
        }
      }
    }
    if (Files.isRegularFile(ActorEvalSupport.shared().resolve("seeds/manifest.jsonl"))) {
      requests.addAll(SeedDocuments.requests());
    }
    return requests;
  }
}
