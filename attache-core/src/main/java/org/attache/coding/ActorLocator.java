package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import org.attache.actor.ActorMention;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.Token;

/**
 * Maps an argument's head token to the actor mentions of its noun phrase, by character offsets. The
 * mentions covering the head come first; failing those, the phrase is searched breadth-first along
 * noun-internal relations only (compound, adjective, possessor, "of", flat names, apposition) and
 * the nearest level holding a mention wins. Clauses inside the phrase (relative clauses, "from
 * supplying …") are never searched, so an actor named in them cannot become the argument.
 */
final class ActorLocator {

  private static final List<String> PHRASE =
      List.of("compound", "amod", "nmod:poss", "nmod:of", "flat", "appos", "det:poss");
  private static final int MAX_DEPTH = 3;

  private final DependencyGraph graph;
  private final List<ActorMention> mentions;

  ActorLocator(DependencyGraph graph, List<ActorMention> sentenceMentions) {
    this.graph = graph;
    this.mentions = List.copyOf(sentenceMentions);
  }

  List<ActorMention> at(int head) {
    List<Integer> level = List.of(head);
    for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
      List<ActorMention> found = new ArrayList<>();
      for (int token : level) {
        for (ActorMention mention : covering(token)) {
          if (!found.contains(mention)) {
            found.add(mention);
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      List<Integer> next = new ArrayList<>();
      for (int token : level) {
        for (String relation : PHRASE) {
          graph.children(token, relation).stream()
              .filter(t -> !next.contains(t))
              .forEach(next::add);
        }
      }
      level = next;
    }
    return List.of();
  }

  private List<ActorMention> covering(int index) {
    Token token = graph.token(index);
    List<ActorMention> found = new ArrayList<>();
    for (ActorMention mention : mentions) {
      if (mention.start() < token.end() && token.start() < mention.end()) {
        found.add(mention);
      }
    }
    return found;
  }
}
