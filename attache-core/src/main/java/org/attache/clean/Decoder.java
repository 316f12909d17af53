package org.attache.clean;

import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.SourceItem;

/**
 * Turns an item's bytes into text: byte-order mark, declared charset, UTF-8, then a single-byte
 * fallback with a warning; binary content is rejected. Implementations are stateless and
 * thread-safe.
 */
public interface Decoder {
  DecodedItem decode(SourceItem item) throws DocumentException;
}
