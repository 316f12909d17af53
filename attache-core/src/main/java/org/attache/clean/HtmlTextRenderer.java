package org.attache.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements out as paragraphs: each block element (paragraph, heading, list
 * item, table row) and each line break ends a paragraph, inline whitespace is collapsed to single
 * spaces, and blocks that are mostly links inside the article (related-story lists, "read more"
 * boxes) are skipped, as are one-line labels such as "Advertisement".
 */
final class HtmlTextRenderer {

  private static final Set<String> LINK_LIST_TAGS =
      Set.of("ul", "ol", "dl", "div", "section", "table", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advertising",
          "ad",
          "sponsored",
          "sponsored content",
          "share",
          "share this",
          "share this article",
          "continue reading",
          "read more",
          "related",
          "story continues below",
          "story continues below advertisement",
          "loading",
          "loading...",
          "close",
          "scroll to continue with content",
          "continue reading below",
          "skip advert",
          "skip ad",
          "related articles",
          "related stories",
          "more on this story",
          "advert",
          "comments",
          "this slideshow requires javascript.",
          "click to enlarge",
          "sharing is caring!",
          "like this story? share it with a friend!",
          "you may also like:",
          "you may also like",
          "tell us what you think...");

  private HtmlTextRenderer() {}

  /** The paragraphs of {@code roots}, in document order. */
  static List<String> render(List<Element> roots, HtmlTextStats stats) {
    Writer writer = new Writer(stats, roots);
    for (Element root : roots) {
      NodeTraversor.filter(writer, root);
      writer.flush();
    }
    return writer.paragraphs;
  }

  private static final class Writer implements NodeFilter {
    private final HtmlTextStats stats;
    private final List<Element> roots;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    Writer(HtmlTextStats stats, List<Element> roots) {
      this.stats = stats;
      this.roots = roots;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          flush();
        } else if (HtmlScorer.BLOCK_TAGS.contains(tag)) {
          if (!roots.contains(element) && isLinkBlock(element, tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && HtmlScorer.BLOCK_TAGS.contains(element.normalName())) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private boolean isLinkBlock(Element element, String tag) {
      HtmlTextStats.Counts counts = stats.get(element);
      if (counts.text == 0) {
        return false;
      }
      double density = counts.linkDensity();
      if (LINK_LIST_TAGS.contains(tag)) {
        return density > 0.5;
      }
      return (tag.equals("p") || tag.equals("li")) && density > 0.8;
    }

    private void append(String text) {
      for (int index = 0; index < text.length(); index++) {
        char character = text.charAt(index);
        if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
          if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
            current.append(' ');
          }
        } else if (character != '\u200b' && character != '\ufeff') {
          current.append(character);
        }
      }
    }

    void flush() {
      String paragraph = current.toString().strip();
      current.setLength(0);
      if (!paragraph.isEmpty() && !LABELS.contains(paragraph.toLowerCase(Locale.ROOT))) {
        paragraphs.add(paragraph);
      }
    }
  }
}
