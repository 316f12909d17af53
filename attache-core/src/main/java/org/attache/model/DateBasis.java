package org.attache.model;

import java.util.Locale;

/** Where a document's publication date came from; recorded with the date so users can weigh it. */
public enum DateBasis {
  /** A manifest, a JSON field, a feed entry or a WARC/HTTP header. */
  INPUT,
  /** The page's meta tags or JSON-LD. */
  PAGE,
  /** A dateline in the text ("MINSK, 31 May (BelTA) -"). */
  DATELINE,
  /** A byline or date line in the text ("Kamran Yousaf November 28, 2024"). */
  BYLINE,
  /** No date was found; the document is stored and flagged. */
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
