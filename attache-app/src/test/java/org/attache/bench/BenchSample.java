package org.attache.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end benchmark's input: the first documents of a JSON Lines corpus, written again as
 * JSON Lines, optionally repeated. Every copy after the first gets its own id and one closing line
 * naming the copy, so that its content hash differs and the store keeps it instead of recording a
 * duplicate (copies stay near-duplicates, which the store keeps and analyses).
 */
final class BenchSample {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchSample() {}

  /** The corpus lines {@code from} (0-based) up to {@code from + count}, as parsed records. */
  static List<ObjectNode> read(Path corpus, int from, int count) throws IOException {
    List<ObjectNode> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      int index = 0;
      while (records.size() < count && (line = reader.readLine()) != null) {
        if (index++ >= from && !line.isBlank()) {
          records.add((ObjectNode) JSON.readTree(line));
        }
      }
    }
    if (records.size() < count) {
      throw new IllegalArgumentException(
          "corpus has too few documents: wanted " + count + " from line " + from + " in " + corpus);
    }
    return records;
  }

  /** Writes {@code copies} copies of the records to {@code file}, all ids distinct. */
  static void write(List<ObjectNode> records, int copies, Path file) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int copy = 1; copy <= copies; copy++) {
        for (ObjectNode original : records) {
          ObjectNode record = original.deepCopy();
          if (copy > 1) {
            String id = record.path("id").asText("document");
            record.put("id", String.format(Locale.ROOT, "%s-copy%02d", id, copy));
            record.put(
                "text",
                record.path("text").asText()
                    + String.format(Locale.ROOT, "\n\nThis is copy number %d of the story.", copy));
          }
          writer.write(JSON.writeValueAsString(record));
          writer.newLine();
        }
      }
    }
  }
}
