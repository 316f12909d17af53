package org.attache.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The TempEval-3 training corpus (TimeBank and AQUAINT, "TBAQ-cleaned") as plain text with gold
 * TIMEX3 spans: each .tml file's TEXT element with its tags removed, the offsets of every TIMEX3
 * inside it, and the document creation time (DCT) as the publication date. The {@code testpipeline}
 * folder repeats a TimeBank file and is left out.
 */
final class TimexCorpus {

  /** One gold TIMEX3: its extent in the document's text, type and normalised value. */
  record Gold(int start, int end, String type, String value) {}

  /** One document: its id, TEXT content, DCT and gold time expressions in text order. */
  record Document(String id, String text, LocalDate created, List<Gold> times) {}

  private TimexCorpus() {}

  /** The documents under {@code root} (TimeBank and AQUAINT folders), sorted by path. */
  static List<Document> read(Path root) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.toString().endsWith(".tml"))
              .filter(p -> !p.getParent().getFileName().toString().equals("testpipeline"))
              .sorted()
              .toList();
    }
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(document(file));
    }
    return documents;
  }

  private static Document document(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(file.toFile());
    Element root = xml.getDocumentElement();
    Element dct = (Element) root.getElementsByTagName("DCT").item(0);
    Element dctTimex = (Element) dct.getElementsByTagName("TIMEX3").item(0);
    String created = dctTimex.getAttribute("value");
    if (created.length() < 10) {
      throw new IOException("no day in the DCT: value=" + created + " file=" + file);
    }
    Element text = (Element) root.getElementsByTagName("TEXT").item(0);
    StringBuilder content = new StringBuilder();
    List<Gold> times = new ArrayList<>();
    collect(text, content, times);
    String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new Document(id, content.toString(), LocalDate.parse(created.substring(0, 10)), times);
  }

  private static void collect(Node node, StringBuilder content, List<Gold> times) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        content.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        int start = content.length();
        collect(child, content, times);
        Element element = (Element) child;
        if (element.getTagName().equals("TIMEX3") && content.length() > start) {
          times.add(
              new Gold(
                  start,
                  content.length(),
                  element.getAttribute("type"),
                  element.getAttribute("value")));
        }
      }
    }
  }
}
