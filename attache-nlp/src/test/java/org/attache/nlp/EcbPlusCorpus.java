package org.attache.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ECB+ documents of {@code ../shared/eval/dedup-dev}: {@code doc_clusters.tsv} lists each file
 * with its topic and gold subtopic (the real-world event it reports), and {@code ECB+/TOPIC/FILE}
 * holds its tokens, one XML element per token with its sentence number. A document's text is its
 * sentences, each the tokens joined by spaces, one sentence per line (the annotator splits
 * sentences at newlines). Only the tokens are read, never the gold markables.
 */
final class EcbPlusCorpus {

  /** One document with its gold grouping and reconstructed text. */
  record Document(String file, String topic, String subtopic, String text) {}

  private EcbPlusCorpus() {}

  static List<Document> read(Path folder) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<String> lines = Files.readAllLines(folder.resolve("doc_clusters.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 3) {
        throw new IOException("doc_clusters.tsv: expected file, topic, subtopic: " + line);
      }
      Path file = folder.resolve("ECB+").resolve(fields[1]).resolve(fields[0]);
      documents.add(new Document(fields[0], fields[1], fields[2], text(file)));
    }
    return documents;
  }

  private static String text(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in, StandardCharsets.UTF_8.name());
      String sentence = null;
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT
            || !reader.getLocalName().toLowerCase(Locale.ROOT).equals("token")) {
          continue;
        }
        String number = reader.getAttributeValue(null, "sentence");
        String word = reader.getElementText().strip();
        if (word.isEmpty()) {
          continue;
        }
        if (sentence != null) {
          text.append(number.equals(sentence) ? ' ' : '\n');
        }
        sentence = number;
        text.append(word);
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new IOException("unreadable ECB+ file " + file + ": " + e.getMessage(), e);
    }
    return text.toString();
  }
}
