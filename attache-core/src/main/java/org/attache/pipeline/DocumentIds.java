package org.attache.pipeline;

import java.util.Locale;
import org.attache.model.Metadata;
import org.attache.model.Origin;

/**
 * Derives a document's stable identifier, so that reading the same input again finds the same
 * document: the input's own id when it names one; else one derived from the URL (the input's, else
 * the canonical URL the page declares); else one derived from where it was read (file path and
 * record) with the file name kept readable; for standard input, which has no stable origin, from
 * the content hash.
 */
public final class DocumentIds {
  private static final int MAX_STEM = 40;

  private DocumentIds() {}

  public static String derive(Metadata metadata, Origin origin, String contentHash) {
    if (metadata.id() != null && !metadata.id().isBlank()) {
      return metadata.id().strip();
    }
    if (metadata.url() != null && !metadata.url().isBlank()) {
      return "url-" + Fingerprints.shortHash(metadata.url().strip());
    }
    if ("-".equals(origin.input())) {
      return "stdin-" + contentHash.substring(0, 12);
    }
    return stem(origin.input()) + "-" + Fingerprints.shortHash(origin.toString());
  }

  private static String stem(String input) {
    String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    int dot = name.indexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (slug.isEmpty()) {
      slug = "doc";
    }
    // Cut to length, then drop a dash the cut may leave at the end (no "name--hash" ids).
    return slug.length() > MAX_STEM ? slug.substring(0, MAX_STEM).replaceAll("-+$", "") : slug;
  }
}
