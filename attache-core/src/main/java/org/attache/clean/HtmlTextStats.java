package org.attache.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures for every element of a subtree, computed in one pass without recursion: how many
 * visible characters it holds, how many of them are link text, inside paragraphs or inside block
 * quotes, and how many commas it has. Whitespace is not counted. Not thread-safe; make one per
 * page.
 */
final class HtmlTextStats {

  /** The measures of one element. */
  static final class Counts {
    int text;
    int link;
    int paragraph;
    int quote;
    int commas;

    /** Share of the text that is link text, 0 for an empty element. */
    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  private static final Counts EMPTY = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private HtmlTextStats() {}

  /** Measures {@code root} and all elements below it. */
  static HtmlTextStats of(Element root) {
    HtmlTextStats stats = new HtmlTextStats();
    NodeTraversor.traverse(stats.new Collector(), root);
    return stats;
  }

  /** The measures of {@code element}; all zero if it was not measured or holds no text. */
  Counts get(Element element) {
    return counts.getOrDefault(element, EMPTY);
  }

  private Counts countsOf(Element element) {
    return counts.computeIfAbsent(element, key -> new Counts());
  }

  private final class Collector implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      // Counts are summed on the way back up, in tail().
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof TextNode text) {
        Node parent = text.parent();
        if (parent instanceof Element element) {
          Counts target = countsOf(element);
          String value = text.getWholeText();
          for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (!Character.isWhitespace(character) && character != '\u00a0') {
              target.text++;
              if (character == ',' || character == '\uff0c' || character == '\u3001') {
                target.commas++;
              }
            }
          }
        }
      } else if (node instanceof Element element) {
        Counts own = counts.get(element);
        if (own == null) {
          return;
        }
        String tag = element.normalName();
        if (tag.equals("a")) {
          own.link = own.text;
        } else if (tag.equals("p")) {
          own.paragraph = own.text;
        } else if (tag.equals("blockquote")) {
          own.quote = own.text;
        }
        Element parent = element.parent();
        if (parent != null) {
          Counts up = countsOf(parent);
          up.text += own.text;
          up.link += own.link;
          up.paragraph += own.paragraph;
          up.quote += own.quote;
          up.commas += own.commas;
        }
      }
    }
  }
}
