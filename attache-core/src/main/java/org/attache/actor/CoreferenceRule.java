package org.attache.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.annotate.Annotation;
import org.attache.annotate.CorefChain;
import org.attache.annotate.CorefMention;
import org.attache.annotate.Sentence;

/**
 * Rule 6 for pronouns and other chained mentions: a coreference chain whose representative mention
 * overlaps a coded mention gives that actor to every other mention of the chain ("he", "his", "the
 * Belarusian diplomat") that no other rule coded. Chains are taken in the annotation's order; the
 * representative's actor is the coded mention overlapping it most (ties: the earliest).
 */
final class CoreferenceRule {

  private CoreferenceRule() {}

  static List<ActorMention> apply(Annotation annotation, List<ActorMention> coded) {
    List<ActorMention> added = new ArrayList<>();
    for (CorefChain chain : annotation.chains()) {
      CorefMention representative = chain.representative();
      Optional<ActorMention> source = bestOverlap(coded, representative);
      if (source.isEmpty()) {
        continue;
      }
      String representativeText =
          annotation.text().substring(representative.start(), representative.end());
      for (CorefMention mention : chain.mentions()) {
        if (mention.equals(representative)
            || !insideSentence(annotation, mention)
            || overlapsAny(coded, mention)
            || overlapsAny(added, mention)) {
          continue;
        }
        String reason = "coreference with '" + representativeText + "' (chain " + chain.id() + ")";
        added.add(
            new ActorMention(
                mention.start(),
                mention.end(),
                mention.sentence(),
                annotation.text().substring(mention.start(), mention.end()),
                source.get().actor(),
                reason));
      }
    }
    return added;
  }

  private static Optional<ActorMention> bestOverlap(List<ActorMention> coded, CorefMention target) {
    ActorMention best = null;
    int bestOverlap = 0;
    for (ActorMention mention : coded) {
      int overlap =
          Math.min(mention.end(), target.end()) - Math.max(mention.start(), target.start());
      if (overlap > bestOverlap) {
        best = mention;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean overlapsAny(List<ActorMention> mentions, CorefMention target) {
    return mentions.stream().anyMatch(m -> m.start() < target.end() && target.start() < m.end());
  }

  private static boolean insideSentence(Annotation annotation, CorefMention mention) {
    if (mention.sentence() >= annotation.sentences().size()
        || mention.end() > annotation.text().length()) {
      return false;
    }
    Sentence sentence = annotation.sentences().get(mention.sentence());
    return sentence.start() <= mention.start() && mention.end() <= sentence.end();
  }
}
