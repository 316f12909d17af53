package org.attache.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.AnnotationRequest;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Assumptions;

/**
 * The three seed articles of {@code ../shared/seeds}, decoded and cleaned as ingest does, ready to
 * annotate with their manifest's ids and publication dates. Skips the calling test (a JUnit
 * assumption) when the seeds are absent.
 */
final class SeedDocuments {
  private SeedDocuments() {}

  static List<AnnotationRequest> requests() throws Exception {
    Path folder = ActorEvalSupport.shared().resolve("seeds");
    Assumptions.assumeTrue(
        Files.isRegularFile(folder.resolve("manifest.jsonl")), "no seeds at " + folder);
    ObjectMapper mapper = new ObjectMapper();
    List<AnnotationRequest> requests = new ArrayList<>();
    for (String line :
        Files.readAllLines(folder.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode entry = mapper.readTree(line);
      String id = entry.get("id").asText();
      Path file = folder.resolve(entry.get("path").asText());
      LocalDate published = LocalDate.parse(entry.get("published").asText());
      SourceItem item =
          new SourceItem(
              Origin.of(file.toString()),
              new Metadata(id, null, entry.get("source").asText(), null, published, "en"),
              MediaType.TEXT,
              Files.readAllBytes(file),
              null,
              null);
      String text = new ScrapedTextExtractor().extract(new TextDecoder().decode(item)).text();
      requests.add(new AnnotationRequest(id, text, published));
    }
    return requests;
  }
}
