package org.attache.clean;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page: its headline, its body as paragraphs separated by blank
 * lines, and what the page says about itself (canonical URL, site name, publication date,
 * language). The page is parsed with jsoup and never executed. Metadata comes from link and meta
 * tags, Open Graph and JSON-LD ({@link HtmlMetadataReader}); the body from a content-scoring pass
 * over the cleaned DOM ({@link HtmlCleaner}, {@link HtmlScorer}, {@link HtmlTextRenderer}), checked
 * against the JSON-LD {@code articleBody} when the page has one ({@link HtmlBodyChooser}).
 *
 * <p>Stateless and thread-safe. Pages longer than {@value #MAX_CHARS} characters are cut, with a
 * warning, so one enormous page cannot stall a run.
 */
public final class HtmlArticleExtractor implements Extractor {

  /** Longest page read, in characters; the rest is dropped with a warning. */
  public static final int MAX_CHARS = 8_000_000;

  /** Bodies shorter than this from the first pass trigger a second pass without class hints. */
  private static final int SHORT_BODY_CHARS = 250;

  @Override
  public CleanText extract(DecodedItem item) throws DocumentException {
    String html = item.content();
    List<String> warnings = new ArrayList<>();
    if (html.length() > MAX_CHARS) {
      warnings.add("HTML page cut at " + MAX_CHARS + " of " + html.length() + " characters");
      html = html.substring(0, MAX_CHARS);
    }
    String pageUrl = item.item().metadata().url();
    String baseUri = HtmlMetadataReader.absolute(null, pageUrl);
    Document document = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    HtmlJsonLd jsonLd = HtmlJsonLd.read(document);
    Metadata found = HtmlMetadataReader.read(document, jsonLd, baseUri, null);
    String siteName = HtmlMetadataReader.siteName(document, jsonLd);
    String title =
        HtmlTitles.choose(document, jsonLd, siteName != null ? siteName : found.source());
    found =
        new Metadata(null, found.url(), found.source(), title, found.published(), found.language());

    String body = domBody(document, title, true);
    if (body.length() < SHORT_BODY_CHARS) {
      String retry = domBody(Jsoup.parse(html, baseUri == null ? "" : baseUri), title, false);
      if (retry.length() > body.length()) {
        body = retry;
      }
    }
    body = HtmlBodyChooser.choose(body, jsonLd.articleText("articleBody"), warnings);
    if (body.isBlank()) {
      throw new DocumentException(
          ErrorCode.NO_TEXT, "no article text found in HTML: " + describe(document, html.length()));
    }
    return new CleanText(title, null, body, found, warnings);
  }

  private static String domBody(Document document, String title, boolean useHints) {
    HtmlCleaner.clean(document, useHints);
    HtmlTextStats stats = HtmlTextStats.of(document.body());
    List<String> paragraphs =
        HtmlTextRenderer.render(HtmlScorer.find(document.body(), stats), stats);
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs.remove(0);
    }
    return String.join("\n\n", paragraphs);
  }

  private static String describe(Document document, int length) {
    int elements = document.body() == null ? 0 : document.body().getAllElements().size();
    return length + " characters, " + elements + " body elements, no visible text";
  }
}
