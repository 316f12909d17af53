package org.attache.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One predicate of the lexicon: a verb, a multi-word verb or an event noun, the CAMEO code of the
 * act it names, and where its arguments are found in the enhanced dependency graph. The pattern's
 * first element holds the head's lemmas (alternatives); each further element holds the lemmas of a
 * word that must hang from the head, as a dependent ("hold talks", "carry out attack") or as the
 * preposition of one of the head's relations ("call for" matches {@code obl:for}). Relations are
 * enhanced UD names ("nsubj", "obl:agent", "nmod:poss", "obl:to"), compared in lower case.
 *
 * @param id the key a user file's row overrides
 * @param movement whether the act is a movement (visit, travel, arrive) whose destination is the
 *     event's place
 * @param source {@code file:line} the entry was read from, for {@code attache explain}
 */
public record LexiconEntry(
    String id,
    List<List<String>> pattern,
    PartOfSpeech partOfSpeech,
    String code,
    List<String> actorRelations,
    List<String> recipientRelations,
    boolean movement,
    String source) {

  /** Which kind of token a pattern's head must be. */
  public enum PartOfSpeech {
    VERB,
    NOUN;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a Penn Treebank tag is of this kind. */
    boolean accepts(String tag) {
      return tag != null && tag.startsWith(this == VERB ? "VB" : "NN");
    }
  }

  public LexiconEntry {
    Objects.requireNonNull(id, "id");
    pattern = pattern.stream().map(List::copyOf).toList();
    if (pattern.isEmpty() || pattern.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a pattern needs a head and no empty word: id=" + id);
    }
    Objects.requireNonNull(partOfSpeech, "partOfSpeech");
    Objects.requireNonNull(code, "code");
    actorRelations = List.copyOf(actorRelations);
    recipientRelations = List.copyOf(recipientRelations);
    Objects.requireNonNull(source, "source");
  }

  /** Whether the act is a movement whose destination is the event's place. */
  public boolean isMovement() {
    return movement;
  }

  /** The head's lemmas. */
  public List<String> heads() {
    return pattern.get(0);
  }

  /** The words that must hang from the head, each a list of alternative lemmas. */
  public List<List<String>> dependents() {
    return pattern.subList(1, pattern.size());
  }
}
