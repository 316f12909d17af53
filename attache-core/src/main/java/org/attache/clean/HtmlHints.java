package org.attache.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role attributes say about it: page furniture (navigation,
 * comments, share buttons, related stories, cookie banners, newsletter prompts, captions) or
 * article content (article, story, body, content). Attribute values are split into words at
 * non-letters and camel-case humps ({@code relatedStories} gives {@code related}, {@code stories})
 * and each word is compared with fixed prefixes, so no regular expression runs on page text.
 */
final class HtmlHints {

  /** Words that start with one of these mark furniture. */
  private static final String[] NEGATIVE_PREFIXES = {
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "promo",
    "advert",
    "sponsor",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "subscri",
    "signup",
    "popup",
    "modal",
    "breadcrumb",
    "navbar",
    "navigation",
    "menu",
    "sidebar",
    "footer",
    "masthead",
    "outbrain",
    "taboola",
    "byline",
    "caption",
    "credit",
    "widget",
    "trending",
    "popular",
    "disqus",
    "toolbar",
    "banner",
    "pagination",
    "pager",
    "disclaimer",
    "copyright",
    "paywall",
    "overlay",
    "hidden",
    "visually",
    "tooltip",
    "dialog",
    "teaser",
    "login",
    "follow",
    "author",
    "rail",
    "timestamp",
    "jump",
    "skip",
    "print",
    "partner",
    "affiliate",
    "episode",
    "recent"
  };

  /** Words equal to one of these mark furniture. */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of(
          "ad",
          "ads",
          "nav",
          "tags",
          "tag",
          "more",
          "meta",
          "aside",
          "complementary",
          "contentinfo",
          "banner",
          "navigation",
          "header",
          "bio",
          "topics",
          "keywords",
          "alert",
          "embed",
          "video",
          "photo",
          "gallery",
          "figure",
          "image",
          "img",
          "date",
          "time",
          "hide",
          "inline-ad",
          "related",
          "most",
          "read-more");

  /** Words that start with one of these mark content. */
  private static final String[] POSITIVE_PREFIXES = {
    "article",
    "content",
    "story",
    "body",
    "main",
    "post",
    "entry",
    "text",
    "prose",
    "paragraph",
    "blog",
    "richtext",
    "rich-text"
  };

  private HtmlHints() {}

  /** -1 for furniture, +1 for content, 0 when the attributes say neither (or both). */
  static int weight(Element element) {
    boolean negative = false;
    boolean positive = false;
    String attributes = element.className() + ' ' + element.id() + ' ' + element.attr("role");
    if (attributes.length() > 600) {
      attributes = attributes.substring(0, 600);
    }
    int start = -1;
    for (int index = 0; index <= attributes.length(); index++) {
      char character = index < attributes.length() ? attributes.charAt(index) : ' ';
      boolean letter = Character.isLetterOrDigit(character);
      boolean hump =
          letter
              && start >= 0
              && Character.isUpperCase(character)
              && Character.isLowerCase(attributes.charAt(index - 1));
      if (start >= 0 && (!letter || hump)) {
        String word = attributes.substring(start, index).toLowerCase(Locale.ROOT);
        negative |= isNegative(word);
        positive |= isPositive(word);
        start = -1;
      }
      if (letter && start < 0) {
        start = index;
      }
    }
    if (negative == positive) {
      return 0;
    }
    return negative ? -1 : 1;
  }

  private static boolean isNegative(String word) {
    if (NEGATIVE_WORDS.contains(word)) {
      return true;
    }
    for (String prefix : NEGATIVE_PREFIXES) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPositive(String word) {
    for (String prefix : POSITIVE_PREFIXES) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
