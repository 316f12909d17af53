package org.attache.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.attache.actor.Coordinates;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation"): news
 * articles with their gold toponyms, each with a type, a span, and, when it names a place on the
 * map, coordinates and usually a GeoNames id. The file counts offsets in code points; they are
 * turned into Java string indexes here.
 */
final class GeoWebNews {

  record Article(String id, String text, List<Toponym> toponyms) {}

  /** A gold toponym; {@code at} is null when the annotators gave no coordinates. */
  record Toponym(String name, String type, int start, int end, Coordinates at, String geonamesId) {}

  private GeoWebNews() {}

  static List<Article> read(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      List<Article> articles = new ArrayList<>();
      NodeList nodes = root.getElementsByTagName("article");
      for (int i = 0; i < nodes.getLength(); i++) {
        articles.add(article((Element) nodes.item(i)));
      }
      return articles;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  private static Article article(Element element) {
    NodeList texts = element.getElementsByTagName("text");
    String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent();
    List<Toponym> toponyms = new ArrayList<>();
    NodeList nodes = element.getElementsByTagName("toponym");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element toponym = (Element) nodes.item(i);
      String name = child(toponym, "extractedName");
      int start = locate(text, name, Integer.parseInt(child(toponym, "start")));
      if (start < 0) {
        continue;
      }
      int end = start + name.length();
      String lat = child(toponym, "latitude");
      String lon = child(toponym, "longitude");
      Coordinates at =
          lat.isEmpty() || lon.isEmpty()
              ? null
              : new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
      toponyms.add(
          new Toponym(name, child(toponym, "type"), start, end, at, child(toponym, "geonamesID")));
    }
    return new Article("gwn-" + element.getAttribute("file"), text, toponyms);
  }

  /**
   * Where the name stands: at the given code-point offset, or else at its nearest occurrence (XML
   * parsers differ in line-end handling); -1 when the text does not hold it.
   */
  private static int locate(String text, String name, int codePoints) {
    int nominal =
        codePoints < 0
            ? 0
            : codePoints <= text.codePointCount(0, text.length())
                ? text.offsetByCodePoints(0, codePoints)
                : Math.min(codePoints, text.length());
    if (text.startsWith(name, nominal)) {
      return nominal;
    }
    int before = text.lastIndexOf(name, nominal);
    int after = text.indexOf(name, nominal);
    if (before < 0) {
      return after;
    }
    return after < 0 || nominal - before <= after - nominal ? before : after;
  }

  private static String child(Element element, String name) {
    NodeList nodes = element.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
