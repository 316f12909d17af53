package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over clean wire stories in ../shared/corpora, which carry no page furniture:
 * whatever it removes there is a loss. Measures the share of characters of sentence lines (lines
 * with a sentence end and at least four words) removed, and documents per second, and prints
 * examples of removed lines. Skipped without ../shared.
 */
final class ScrapedTextCorpusTest {

  private static final Path CORPORA =
      Path.of(System.getProperty("attache.shared", "../shared")).resolve("corpora");
  private static final double MAX_REMOVED_SENTENCE_SHARE = 0.0005;

  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void newswireLosesNoSentences() throws IOException {
    assertLosesNoSentences("newswire-afp-xinhua.jsonl");
  }

  @Test
  void reutersLosesNoSentences() throws IOException {
    assertLosesNoSentences("reuters21578.jsonl");
  }

  private void assertLosesNoSentences(String name) throws IOException {
    Path path = CORPORA.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(path), "no ../shared corpus: " + path);
    List<DecodedItem> items = read(path);
    long characters = 0;
    long removed = 0;
    long sentenceCharacters = 0;
    long removedSentences = 0;
    int rejected = 0;
    List<String> examples = new ArrayList<>();
    long start = System.nanoTime();
    List<CleanText> texts = new ArrayList<>();
    for (DecodedItem item : items) {
      try {
        texts.add(extractor.extract(item));
      } catch (DocumentException error) {
        texts.add(null);
        rejected++;
        examples.add("rejected " + error.getMessage());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (int index = 0; index < items.size(); index++) {
      CleanText text = texts.get(index);
      String kept = text == null ? "" : text.text().replace('\n', ' ');
      for (String line : TextLines.split(items.get(index).content())) {
        boolean sentence = BoilerplateLines.endsSentence(line) && line.split(" ").length >= 4;
        characters += line.length();
        sentenceCharacters += sentence ? line.length() : 0;
        if (!line.isEmpty() && !kept.contains(line)) {
          removed += line.length();
          removedSentences += sentence ? line.length() : 0;
          if (examples.size() < 25) {
            examples.add(items.get(index).item().metadata().id() + ": " + line);
          }
        }
      }
    }
    double sentenceShare = (double) removedSentences / sentenceCharacters;
    System.out.printf(
        Locale.ROOT,
        "%s: %d docs, %d rejected, %.0f docs/s, removed %.4f%% of characters, %.4f%% of"
            + " sentence-line characters%n  examples: %s%n",
        name,
        items.size(),
        rejected,
        items.size() / seconds,
        100.0 * removed / characters,
        100.0 * sentenceShare,
        String.join("\n    ", examples));
    assertThat(rejected).isLessThanOrEqualTo(items.size() / 1000);
    assertThat(sentenceShare).isLessThanOrEqualTo(MAX_REMOVED_SENTENCE_SHARE);
  }

  private List<DecodedItem> read(Path path) throws IOException {
    List<DecodedItem> items = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = json.readTree(line);
        String id = node.path("id").asText();
        Metadata metadata =
            new Metadata(id, null, null, node.path("title").asText(null), null, null);
        SourceItem item =
            new SourceItem(
                Origin.of(path.toString()).record(id, Origin.UNKNOWN_OFFSET),
                metadata,
                MediaType.TEXT,
                new byte[0],
                null,
                null);
        items.add(new DecodedItem(item, node.path("text").asText(""), List.of()));
      }
    }
    return items;
  }
}
