package org.attache.clean;

import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;

/**
 * Finds the article in decoded content: the headline, sub-headline and body, without navigation,
 * comments, related stories, cookie notices or other page furniture. Throws {@code NO_TEXT} when no
 * article text is left. Implementations are stateless and thread-safe.
 */
public interface Extractor {
  CleanText extract(DecodedItem item) throws DocumentException;
}
