package org.attache.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what can never be article text from a parsed page before scoring: scripts, styles,
 * embedded objects, forms controls, hidden elements, and page furniture marked by its tag ({@code
 * nav}, {@code aside}, {@code footer}, {@code figure}) or by its class and id ({@link HtmlHints}).
 * An element that holds most of the page's paragraph text is kept whatever its name says, since
 * some sites give the article wrapper a misleading class; so is a wrapper that is mostly a block
 * quote, since embedded posts quoted by the article ({@code <div class="social-embed"><blockquote
 * class="twitter-tweet">}) are part of its text.
 */
final class HtmlCleaner {

  private static final Set<String> ALWAYS_REMOVED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "link",
          "meta",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "video",
          "audio",
          "map",
          "dialog",
          "picture",
          "img",
          "source",
          "math",
          "frame",
          "frameset");

  private static final Set<String> FURNITURE =
      Set.of("nav", "aside", "footer", "header", "figure", "figcaption", "menu", "address");

  private static final Set<String> NEVER_BY_HINT = Set.of("html", "body", "main", "article");

  private HtmlCleaner() {}

  /** Removes non-content elements from {@code document}'s body, in place. */
  static void clean(Document document, boolean useHints) {
    Element body = document.body();
    HtmlTextStats stats = HtmlTextStats.of(body);
    int pageParagraphs = stats.get(body).paragraph;
    Set<Element> bodyHolders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : body.select("[itemprop=articleBody]")) {
      for (Element up = marked; up != null && bodyHolders.add(up); up = up.parent()) {
        // Marks each ancestor once; the loop stops at the first one already marked.
      }
    }
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      String tag = element.normalName();
      if (ALWAYS_REMOVED.contains(tag) || isHidden(element)) {
        doomed.add(element);
        continue;
      }
      boolean furniture =
          FURNITURE.contains(tag)
              || (useHints && !NEVER_BY_HINT.contains(tag) && HtmlHints.weight(element) < 0);
      HtmlTextStats.Counts counts = stats.get(element);
      boolean holdsArticle =
          bodyHolders.contains(element)
              || (pageParagraphs > 0 && counts.paragraph * 2 > pageParagraphs)
              || (counts.quote > 0 && counts.quote * 10 >= counts.text * 6 && !tag.equals("aside"));
      if (furniture && !holdsArticle) {
        doomed.add(element);
      }
    }
    for (Element element : doomed) {
      // Elements inside an already removed one are detached with it; remove() is then harmless.
      element.remove();
    }
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    if (element.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
