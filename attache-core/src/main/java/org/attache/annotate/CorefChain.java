package org.attache.annotate;

import java.util.List;

/**
 * Mentions that refer to the same entity, in document order, exactly one of them representative.
 *
 * @param id the chain's identifier, unique within its annotation
 * @param mentions the mentions, ordered by sentence and start offset
 */
public record CorefChain(int id, List<CorefMention> mentions) {

  public CorefChain {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a coreference chain needs a mention: id=" + id);
    }
    long representatives = mentions.stream().filter(CorefMention::representative).count();
    if (representatives != 1) {
      throw new IllegalArgumentException(
          "a coreference chain needs exactly one representative mention: id="
              + id
              + ", representatives="
              + representatives);
    }
    for (int i = 1; i < mentions.size(); i++) {
      CorefMention before = mentions.get(i - 1);
      CorefMention after = mentions.get(i);
      if (after.sentence() < before.sentence() || after.start() < before.start()) {
        throw new IllegalArgumentException(
            "coreference mentions must be in document order: id="
                + id
                + ", mention "
                + i
                + " starts at "
                + after.start()
                + " before "
                + before.start());
      }
    }
  }

  /** The representative mention. */
  public CorefMention representative() {
    return mentions.stream().filter(CorefMention::representative).findFirst().orElseThrow();
  }
}
