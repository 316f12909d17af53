package org.attache.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.attache.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article: canonical URL, site name, headline, publication date
 * and language, from link and meta tags, Open Graph, JSON-LD and {@code <html lang>}. Values the
 * page does not give stay {@code null}; nothing is guessed except the source, which falls back to
 * the host of the page's URL.
 */
final class HtmlMetadataReader {

  private static final List<String> DATE_META_NAMES =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "article.published",
          "sailthru.date",
          "parsely-pub-date",
          "dc.date.issued",
          "dc.date",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "dc.date.created");

  private HtmlMetadataReader() {}

  /**
   * The page's own metadata.
   *
   * @param document the parsed page
   * @param jsonLd its JSON-LD objects
   * @param pageUrl the URL the page was fetched from, or {@code null}
   * @param headline the headline already chosen, or {@code null}
   */
  static Metadata read(Document document, HtmlJsonLd jsonLd, String pageUrl, String headline) {
    String url = absolute(pageUrl, canonicalUrl(document, jsonLd));
    return new Metadata(
        null,
        url,
        source(document, jsonLd, url != null ? url : pageUrl),
        headline,
        published(document, jsonLd),
        language(document));
  }

  static String meta(Document document, String key) {
    for (Element meta : document.select("meta[content]")) {
      for (String attribute : new String[] {"property", "name", "itemprop"}) {
        if (meta.attr(attribute).strip().equalsIgnoreCase(key)) {
          String content = meta.attr("content").strip();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  private static String canonicalUrl(Document document, HtmlJsonLd jsonLd) {
    Element canonical = document.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    String openGraph = meta(document, "og:url");
    if (openGraph != null) {
      return openGraph;
    }
    String url = jsonLd.articleText("url");
    return url != null ? url : jsonLd.articleText("mainEntityOfPage");
  }

  /** {@code href} resolved against {@code base}; {@code null} unless the result is http(s). */
  static String absolute(String base, String href) {
    if (href == null || href.isBlank() || href.length() > 4000) {
      return null;
    }
    try {
      URI target = new URI(href.strip().replace(" ", "%20"));
      if (!target.isAbsolute() && base != null) {
        target = new URI(base.strip().replace(" ", "%20")).resolve(target);
      }
      String scheme = target.getScheme();
      if (scheme == null || target.getHost() == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? target.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException invalid) {
      // An unparseable canonical link is treated as absent.
      return null;
    }
  }

  static String siteName(Document document, HtmlJsonLd jsonLd) {
    String siteName = meta(document, "og:site_name");
    if (siteName == null && jsonLd.article() != null) {
      siteName = HtmlJsonLd.text(jsonLd.article().get("publisher"));
    }
    return siteName;
  }

  private static String source(Document document, HtmlJsonLd jsonLd, String url) {
    String siteName = siteName(document, jsonLd);
    if (siteName != null && !siteName.startsWith("http")) {
      return siteName;
    }
    String absolute = absolute(null, url);
    if (absolute == null) {
      return null;
    }
    String host = URI.create(absolute).getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static LocalDate published(Document document, HtmlJsonLd jsonLd) {
    LocalDate date = HtmlDates.parse(meta(document, "article:published_time"));
    if (date == null) {
      date = HtmlDates.parse(jsonLd.articleText("datePublished"));
    }
    if (date == null) {
      for (JsonNode object : jsonLd.objects()) {
        date = HtmlDates.parse(HtmlJsonLd.text(object.get("datePublished")));
        if (date != null) {
          break;
        }
      }
    }
    for (int index = 0; date == null && index < DATE_META_NAMES.size(); index++) {
      date = HtmlDates.parse(meta(document, DATE_META_NAMES.get(index)));
    }
    if (date == null) {
      Element element = document.selectFirst("[itemprop=datePublished]");
      if (element != null) {
        date =
            HtmlDates.parse(
                element.hasAttr("datetime")
                    ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text());
      }
    }
    if (date == null) {
      Element time = document.selectFirst("article time[datetime], time[pubdate][datetime]");
      if (time == null) {
        time = document.selectFirst("time[datetime]");
      }
      date = time == null ? null : HtmlDates.parse(time.attr("datetime"));
    }
    return date;
  }

  private static String language(Document document) {
    String lang = document.select("html").attr("lang");
    if (lang.isBlank()) {
      lang = document.select("html").attr("xml:lang");
    }
    if (lang.isBlank()) {
      String declared = meta(document, "og:locale");
      Element contentLanguage = document.selectFirst("meta[http-equiv~=(?i)content-language]");
      lang =
          contentLanguage != null
              ? contentLanguage.attr("content")
              : declared != null ? declared : "";
    }
    String code = lang.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < code.length() && code.charAt(end) >= 'a' && code.charAt(end) <= 'z') {
      end++;
    }
    return end == 2 ? code.substring(0, 2) : null;
  }
}
