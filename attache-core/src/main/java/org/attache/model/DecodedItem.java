package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A source item whose content has been decoded to text (HTML markup or plain text, still
 * uncleaned).
 *
 * @param item the item as read
 * @param content the decoded content
 * @param warnings things a user should know but that did not stop the item, one line each ("not
 *     valid UTF-8 at byte 812; decoded as windows-1252")
 */
public record DecodedItem(SourceItem item, String content, List<String> warnings) {

  public DecodedItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(content, "content");
    warnings = List.copyOf(warnings);
  }
}
