package org.attache.model;

/** The kind of content an input item carries, which decides how its clean text is extracted. */
public enum MediaType {
  /** Plain text, possibly scraped from a page and carrying boilerplate lines. */
  TEXT,
  /** An HTML page, from which the article text is extracted. */
  HTML
}
