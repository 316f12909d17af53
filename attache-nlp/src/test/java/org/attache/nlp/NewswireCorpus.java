package org.attache.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.annotate.AnnotationRequest;

/**
 * The AFP/Xinhua newswire sample of ../shared for the tests that annotate it: where it is (a test
 * is skipped when it is absent) and one of its lines as a request (headline, blank line, body).
 */
final class NewswireCorpus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NewswireCorpus() {}

  /** The corpus file; the calling test is skipped when ../shared does not hold it. */
  static Path path() {
    Path corpus = ActorEvalSupport.shared().resolve("corpora/newswire-afp-xinhua.jsonl");
    assumeTrue(Files.isRegularFile(corpus), "no corpus at " + corpus);
    return corpus;
  }

  /** One JSON line of the corpus as a request. */
  static AnnotationRequest request(String line) throws JsonProcessingException {
    JsonNode record = MAPPER.readTree(line);
    String text = record.path("title").asText("") + "\n\n" + record.get("text").asText();
    return new AnnotationRequest(
        record.get("id").asText(), text.strip(), LocalDate.parse(record.get("published").asText()));
  }
}
