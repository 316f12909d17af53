package org.attache.clean;

import org.attache.model.CleanText;
import org.attache.model.Metadata;
import org.attache.model.PublicationDate;

/**
 * Decides a document's publication date: the input's metadata first, then the page's, then a
 * dateline or byline in the text; {@link PublicationDate#UNKNOWN} when there is none. Never throws
 * for bad data.
 */
public interface PublicationDateFinder {
  PublicationDate find(Metadata input, CleanText text);
}
