package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.annotate.AnnotationRequest;
import org.junit.jupiter.api.Test;

/**
 * {@link TaggerAnnotator} and {@link LemmaAnnotator} give every token the tag and lemma CoreNLP's
 * {@code pos} and {@code lemma} annotators give it, on the seeds and the first newswire documents,
 * one pipeline annotating them all in turn (so words scored and lemmas found in earlier documents
 * are reused); and the tagger tags an over-long sentence {@code X} as the stock annotator does.
 */
class TaggerAnnotatorIT {
  private static final int NEWSWIRE_DOCUMENTS = 300;

  @Test
  void sameTagsAndLemmasAsTheStockAnnotators() throws Exception {
    List<String> texts = new ArrayList<>();
    for (AnnotationRequest request : SeedDocuments.requests()) {
      texts.add(request.text());
    }
    for (String line : Files.readAllLines(NewswireCorpus.path()).subList(0, NEWSWIRE_DOCUMENTS)) {
      texts.add(NewswireCorpus.request(line).text());
    }
    StanfordCoreNLP stock = pipeline("pos,lemma", new Properties());
    StanfordCoreNLP once =
        pipeline(NlpConfig.TAGGER + "," + NlpConfig.LEMMATIZER, new Properties());
    int tokens = 0;
    for (String text : texts) {
      List<String> expected = tags(stock, text);
      assertThat(tags(once, text)).as(text).isEqualTo(expected);
      tokens += expected.size();
    }
    assertThat(tokens).isGreaterThan(50_000);
  }

  @Test
  void anOverLongSentenceIsTaggedXAsByTheStockTagger() {
    Properties limit = new Properties();
    limit.setProperty("pos.maxlen", "5");
    limit.setProperty(NlpConfig.TAGGER + ".maxlen", "5");
    String text = "The minister arrived in Minsk today.\nTalks began.";
    List<String> expected = tags(pipeline("pos", limit), text);
    assertThat(expected).contains("arrived/X/null", "began/VBD/null");
    assertThat(tags(pipeline(NlpConfig.TAGGER, limit), text)).isEqualTo(expected);
  }

  private static StanfordCoreNLP pipeline(String tagger, Properties extra) {
    Properties properties = NlpConfig.fast().properties();
    properties.putAll(extra);
    properties.setProperty("annotators", "tokenize,ssplit," + tagger);
    synchronized (CoreNlpAnnotator.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      return new StanfordCoreNLP(properties);
    }
  }

  private static List<String> tags(StanfordCoreNLP pipeline, String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<String> tags = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tags.add(token.word() + "/" + token.tag() + "/" + token.lemma());
      }
    }
    return tags;
  }
}
