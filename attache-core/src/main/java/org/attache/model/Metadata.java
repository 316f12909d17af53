package org.attache.model;

import java.time.LocalDate;

/**
 * What is known about a document before its text is read: from a manifest, a JSON line, WARC and
 * HTTP headers, a feed entry or the page's own meta tags. Every field may be {@code null}; unknown
 * values are never guessed.
 *
 * @param id the caller's identifier for the document, if the input names one
 * @param url the canonical URL of the article
 * @param source the outlet, as a site name or host ({@code tribune.com.pk})
 * @param title the headline
 * @param published the publication date
 * @param language the declared language, as an ISO 639-1 code
 */
public record Metadata(
    String id, String url, String source, String title, LocalDate published, String language) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

  /** This metadata, with each missing field taken from {@code fallback}. */
  public Metadata orElse(Metadata fallback) {
    return new Metadata(
        id != null ? id : fallback.id,
        url != null ? url : fallback.url,
        source != null ? source : fallback.source,
        title != null ? title : fallback.title,
        published != null ? published : fallback.published,
        language != null ? language : fallback.language);
  }

  public Metadata withId(String newId) {
    return new Metadata(newId, url, source, title, published, language);
  }

  public Metadata withUrl(String newUrl) {
    return new Metadata(id, newUrl, source, title, published, language);
  }
}
