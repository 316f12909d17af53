package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.coding.LexiconEntry.PartOfSpeech;

/**
 * Finds the actor and recipient phrases of a predicate in the enhanced dependency graph: first the
 * entry's own relations on the head (subject, object, passive agent, prepositions, possessor),
 * then, for what is still missing, a fixed sequence of fallbacks: a nominal event takes the subject
 * of its support verb ("undertook a visit", "faced sanctions") and that verb's prepositional
 * recipient, or the subject of the clause it is a time adjunct of ("returned after a visit"); an
 * "-ing" adverbial clause takes its governor's subject ("after receiving him"). Only phrases that
 * hold an actor mention count, so a fallback still applies after "official" in "an official visit"
 * was found as an adjective. Conjuncts of a phrase join it ("Pakistan and Belarus"). Each step that
 * contributes names itself in the rules.
 */
final class ArgumentFinder {

  private static final List<String> ADJUNCTS =
      List.of(
          "obl:after",
          "obl:before",
          "obl:during",
          "obl:following",
          "obl:since",
          "obl:upon",
          "obl:at",
          "obl:on",
          "obl:ahead_of");
  private static final List<String> SUBJECT = List.of("nsubj", "obl:agent");

  private final PredicateLexicon lexicon;

  ArgumentFinder(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Arguments find(DependencyGraph graph, PredicateMatch match, ActorLocator locator) {
    LexiconEntry entry = match.entry();
    int head = match.head();
    List<String> rules = new ArrayList<>();
    List<Integer> actors =
        along(graph, head, entry.actorRelations(), "actor", rules, match, locator);
    List<Integer> recipients =
        along(graph, head, entry.recipientRelations(), "recipient", rules, match, locator);
    Dependency reduced = graph.parent(head, List.of("acl"));
    if (entry.partOfSpeech() == PartOfSpeech.VERB
        && reduced != null
        && "VBN".equals(graph.token(head).pos())) {
      // A passive participle modifying a noun ("police backed by paramilitary units"): the noun
      // undergoes the act; the enhanced graph's subject arc to it must not make it the actor.
      int noun = reduced.governor();
      if (actors.remove(Integer.valueOf(noun)) && !locator.at(noun).isEmpty()) {
        rules.removeIf(rule -> rule.startsWith("actor:nsubj"));
        if (!recipients.contains(noun)) {
          recipients.add(noun);
        }
        rules.add("recipient:passive-participle");
      }
    }
    Dependency modified = graph.parent(head, List.of("amod"));
    if (entry.partOfSpeech() == PartOfSpeech.VERB && modified != null) {
      // A participle read as an adjective: the noun it modifies suffered the act, and an
      // adjective or compound before the participle names who did it ("Russian invaded Ukraine").
      int noun = modified.governor();
      List<Integer> before = new ArrayList<>();
      for (Dependency arc : graph.children(noun)) {
        boolean modifier = DependencyGraph.is(arc, "amod") || DependencyGraph.is(arc, "compound");
        if (modifier && arc.dependent() < head && !locator.at(arc.dependent()).isEmpty()) {
          before.add(arc.dependent());
        }
      }
      List<Integer> sufferer = locator.at(noun).isEmpty() ? List.of() : List.of(noun);
      if (!before.isEmpty() && !sufferer.isEmpty()) {
        rules.add("participle-modifier");
        return new Arguments(before, sufferer, rules);
      }
      return new Arguments(List.of(), List.of(), rules);
    }
    if (entry.partOfSpeech() == PartOfSpeech.NOUN) {
      Dependency up = graph.parent(head, List.of("obj", "nsubj:pass"));
      if (up != null && lexicon.support(graph.lemma(up.governor())).isPresent()) {
        int verb = up.governor();
        String lemma = graph.lemma(verb);
        if (lexicon.support(lemma).get() == ArgumentRole.ACTOR) {
          if (actors.isEmpty()) {
            actors =
                along(graph, verb, SUBJECT, "actor:support-verb:" + lemma, rules, match, locator);
          }
          if (recipients.isEmpty()) {
            List<String> onVerb = new ArrayList<>(List.of("iobj"));
            entry.recipientRelations().stream()
                .filter(r -> r.startsWith("nmod:"))
                .map(r -> "obl:" + r.substring("nmod:".length()))
                .forEach(onVerb::add);
            recipients =
                along(
                    graph, verb, onVerb, "recipient:support-verb:" + lemma, rules, match, locator);
          }
        } else if (recipients.isEmpty()) {
          recipients =
              along(graph, verb, SUBJECT, "recipient:support-verb:" + lemma, rules, match, locator);
        }
      }
      Dependency adjunct = graph.parent(head, ADJUNCTS);
      if (actors.isEmpty() && adjunct != null) {
        actors =
            along(
                graph, adjunct.governor(), SUBJECT, "actor:clause-subject", rules, match, locator);
      }
    } else if (actors.isEmpty() && "VBG".equals(graph.token(head).pos())) {
      Dependency clause = graph.parent(head, List.of("advcl:*"));
      if (clause != null) {
        actors =
            along(
                graph, clause.governor(), SUBJECT, "actor:adverbial-clause", rules, match, locator);
      }
    }
    return new Arguments(actors, recipients, rules);
  }

  /**
   * Dependents along the relations that resolve to actor mentions, with their conjuncts; names the
   * rule of each relation that contributed.
   */
  private static List<Integer> along(
      DependencyGraph graph,
      int head,
      List<String> relations,
      String role,
      List<String> rules,
      PredicateMatch match,
      ActorLocator locator) {
    List<Integer> found = new ArrayList<>();
    for (String relation : relations) {
      for (int dependent : graph.children(head, relation)) {
        if (dependent == head
            || match.consumed().contains(dependent)
            || locator.at(dependent).isEmpty()) {
          continue;
        }
        if (!found.contains(dependent)) {
          found.add(dependent);
          String rule = role.contains(":") ? role : role + ":" + relation;
          if (!rules.contains(rule)) {
            rules.add(rule);
          }
        }
        for (int conjunct : graph.children(dependent, "conj:*")) {
          if (!found.contains(conjunct) && !locator.at(conjunct).isEmpty()) {
            found.add(conjunct);
            if (!rules.contains("coordination")) {
              rules.add("coordination");
            }
          }
        }
      }
    }
    return found;
  }
}
