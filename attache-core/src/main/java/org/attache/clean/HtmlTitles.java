package org.attache.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline: Open Graph title, then JSON-LD headline, then the first {@code h1},
 * then the {@code <title>}. Site-name suffixes and prefixes such as {@code " | The Site"} are cut:
 * from the Open Graph title only when they name the site, from {@code <title>} also when they are a
 * short trailing segment.
 */
final class HtmlTitles {

  private static final String[] SEPARATORS = {
    " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb ", " / "
  };

  private HtmlTitles() {}

  /** The headline, or {@code null} when the page has none. */
  static String choose(Document document, HtmlJsonLd jsonLd, String siteName) {
    String title = stripSite(HtmlMetadataReader.meta(document, "og:title"), siteName, false);
    if (title == null) {
      title = normalize(jsonLd.articleText("headline"));
    }
    if (title == null) {
      Element heading = document.selectFirst("h1");
      title = heading == null ? null : normalize(heading.text());
    }
    if (title == null) {
      title = stripSite(document.title(), siteName, true);
    }
    return title;
  }

  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String normalized = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return normalized.isEmpty() || normalized.length() > 1000 ? null : normalized;
  }

  private static String stripSite(String raw, String siteName, boolean shortTail) {
    String title = normalize(raw);
    if (title == null) {
      return null;
    }
    for (String separator : SEPARATORS) {
      if (!title.contains(separator)) {
        continue;
      }
      List<String> parts =
          new ArrayList<>(Arrays.asList(title.split(java.util.regex.Pattern.quote(separator))));
      if (parts.size() > 1 && namesSite(parts.get(parts.size() - 1), siteName)) {
        parts.remove(parts.size() - 1);
      } else if (parts.size() > 1 && namesSite(parts.get(0), siteName)) {
        parts.remove(0);
      } else if (shortTail && parts.size() > 1) {
        String last = parts.get(parts.size() - 1);
        String rest = String.join(separator, parts.subList(0, parts.size() - 1));
        if (last.split(" ").length <= 4 && rest.length() > last.length()) {
          parts.remove(parts.size() - 1);
        }
      }
      String stripped = String.join(separator, parts).strip();
      if (!stripped.isEmpty()) {
        title = stripped;
      }
    }
    return title;
  }

  private static boolean namesSite(String part, String siteName) {
    String candidate = part.strip().toLowerCase(Locale.ROOT);
    if (siteName == null || candidate.isEmpty()) {
      return false;
    }
    String site = siteName.strip().toLowerCase(Locale.ROOT);
    String compactSite = site.replaceAll("[^\\p{L}\\p{N}]", "");
    String compactCandidate = candidate.replaceAll("[^\\p{L}\\p{N}]", "");
    return !compactCandidate.isEmpty()
        && (compactCandidate.equals(compactSite)
            || compactSite.startsWith(compactCandidate)
            || compactCandidate.startsWith(compactSite));
  }
}
