package org.attache.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.annotate.Annotation;
import org.attache.annotate.CorefChain;
import org.attache.annotate.CorefMention;

/**
 * Rule 6 for personal pronouns without a coreference model: "he", "him", "his", "she", "her" take
 * the actor of a person coded before them, and a referring "it" or "its" that of a country,
 * organisation or institution. A coreference chain holding the pronoun decides when the annotation
 * has one (its nearest earlier mention that overlaps a coded actor; the reason then names the
 * chain's representative, as {@link CoreferenceRule} does); otherwise the nearest such actor
 * earlier in the same sentence, else the previous sentence's last subject, else its last such actor
 * ({@link DocumentMemory#antecedent}). A dummy "it" ("it is clear that") and a pronoun with no
 * antecedent are not coded. Plural pronouns are left alone: "they" has too many readings.
 */
final class PronounRule {

  private static final Set<String> PERSONAL =
      Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its");

  /** How many sentences back the speaker of a quote is looked for. */
  private static final int SPEAKER_WINDOW = 8;

  private PronounRule() {}

  /** A chain seen from one of its mentions: the chain and its mentions before that one. */
  record ChainLink(CorefChain chain, List<CorefMention> earlier) {}

  /** For each mention start offset, its chain and the chain's earlier mentions, nearest last. */
  static Map<Integer, ChainLink> earlierInChains(Annotation annotation) {
    Map<Integer, ChainLink> links = new HashMap<>();
    for (CorefChain chain : annotation.chains()) {
      List<CorefMention> seen = new ArrayList<>();
      for (CorefMention mention : chain.mentions()) {
        if (!seen.isEmpty()) {
          links.putIfAbsent(mention.start(), new ChainLink(chain, List.copyOf(seen)));
        }
        seen.add(mention);
      }
    }
    return links;
  }

  static Optional<Resolved> apply(
      SentenceView view, int index, DocumentMemory memory, Map<Integer, ChainLink> chains) {
    String word = view.word(index);
    boolean person = PERSONAL.contains(word);
    if ((!person && !NEUTER.contains(word)) || !view.pos(index).startsWith("PRP")) {
      return Optional.empty();
    }
    if (word.equals("it") && view.isDummyIt(index)) {
      return Optional.of(Resolved.none(index));
    }
    int start = view.token(index).start();
    ChainLink link = chains.get(start);
    Optional<ActorMention> antecedent =
        link == null ? Optional.empty() : fromChain(link.earlier(), memory);
    String reason;
    if (antecedent.isPresent()) {
      CorefMention representative = link.chain().representative();
      reason =
          "coreference with '"
              + view.text().substring(representative.start(), representative.end())
              + "' (chain "
              + link.chain().id()
              + ")";
    } else {
      boolean afterQuote = view.quoteBefore(index) && view.isSpeaker(index, index);
      Optional<ActorMention> speaker =
          afterQuote ? memory.lastSpeaker(view.index(), SPEAKER_WINDOW, person) : Optional.empty();
      if (speaker.isPresent()) {
        String why =
            "pronoun '"
                + view.span(index, index)
                + "' after a quote → the last speaker '"
                + speaker.get().text()
                + "'";
        return Optional.of(
            Resolved.actor(index, view.mention(index, index, speaker.get().actor(), why)));
      }
      antecedent = memory.antecedent(view.index(), start, person);
      if (antecedent.isEmpty()) {
        return Optional.of(Resolved.none(index));
      }
      String how =
          person ? "nearest person before it" : "nearest singular non-person actor before it";
      reason =
          "pronoun '"
              + view.span(index, index)
              + "' → '"
              + antecedent.get().text()
              + "' ("
              + how
              + ")";
    }
    ActorMention found = antecedent.get();
    return Optional.of(Resolved.actor(index, view.mention(index, index, found.actor(), reason)));
  }

  private static Optional<ActorMention> fromChain(
      List<CorefMention> earlier, DocumentMemory memory) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<ActorMention> coded =
          memory.overlapping(earlier.get(i).start(), earlier.get(i).end());
      if (coded.isPresent()) {
        return coded;
      }
    }
    return Optional.empty();
  }
}
