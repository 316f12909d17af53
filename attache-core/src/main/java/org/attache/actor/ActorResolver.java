package org.attache.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attache.annotate.Annotation;
import org.attache.annotate.Sentence;

/**
 * Finds the actor mentions of an annotated document and codes each as country + sector with the
 * reason the coding rests on. Sentences are read in order; at each token the phrase rules are tried
 * in a fixed priority (a counterpart, a qualified role, a role of a country, a titled person, a
 * person, a pronoun, a standalone name, a role on its own) and the first that applies consumes its
 * tokens. Then coreference chains pass actors to their other mentions, and "the two sides" becomes
 * the document's two most prominent countries. Results are ordered by start offset, then by the
 * pass that produced them (phrases, coreference, two sides), then in the order produced. Immutable
 * and thread-safe: all per-document state lives in the call.
 */
public final class ActorResolver {

  private final ActorKnowledge knowledge;
  private final LexiconScanner scanner;

  public ActorResolver(ActorKnowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.scanner = new LexiconScanner(knowledge);
  }

  /**
   * The actor mentions of a document.
   *
   * @param annotation the document's annotation; its publication date (if any) dates office holders
   * @param storyCountry ISO3 code of the story's country (from the dateline), or {@code null}
   */
  public List<ActorMention> resolve(Annotation annotation, String storyCountry) {
    Objects.requireNonNull(annotation, "annotation");
    String story = storyCountry == null ? null : storyCountry.strip().toUpperCase(Locale.ROOT);
    DocumentMemory memory = new DocumentMemory(knowledge, annotation.published(), story);
    Map<Integer, PronounRule.ChainLink> chains = PronounRule.earlierInChains(annotation);
    for (Sentence sentence : annotation.sentences()) {
      SentenceView view =
          new SentenceView(
              annotation.text(),
              sentence,
              scanner.scan(annotation.text(), sentence, annotation.published(), story));
      int index = 0;
      while (index < view.size()) {
        Optional<Resolved> resolved = phrase(view, index, memory, chains);
        if (resolved.isPresent()) {
          int first = index;
          int last = resolved.get().last();
          resolved
              .get()
              .mention()
              .ifPresent(
                  m ->
                      memory.add(
                          m,
                          resolved.get().person(),
                          view.isSubject(first, last),
                          view.pos(last).endsWith("S"),
                          view.isSpeaker(first, last)));
          index = Math.max(index, resolved.get().last()) + 1;
        } else {
          index++;
        }
      }
    }
    List<ActorMention> phrases = memory.mentions();
    List<ActorMention> coreference = CoreferenceRule.apply(annotation, phrases);
    List<ActorMention> coded = new ArrayList<>(phrases);
    coded.addAll(coreference);
    List<ActorMention> sides = BothSidesRule.apply(annotation, coded, knowledge);

    List<Ranked> ranked = new ArrayList<>();
    phrases.forEach(m -> ranked.add(new Ranked(m, 0, ranked.size())));
    // "the two sides" names both countries: a chain that gave the phrase one actor yields to it.
    coreference.stream()
        .filter(m -> sides.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()))
        .forEach(m -> ranked.add(new Ranked(m, 1, ranked.size())));
    sides.forEach(m -> ranked.add(new Ranked(m, 2, ranked.size())));
    ranked.sort(
        Comparator.comparingInt((Ranked r) -> r.mention().start())
            .thenComparingInt(Ranked::pass)
            .thenComparingInt(Ranked::sequence));
    return ranked.stream().map(Ranked::mention).toList();
  }

  private record Ranked(ActorMention mention, int pass, int sequence) {}

  /** The first phrase rule that applies at this token, in priority order. */
  private static Optional<Resolved> phrase(
      SentenceView view,
      int index,
      DocumentMemory memory,
      Map<Integer, PronounRule.ChainLink> chains) {
    Optional<Lexeme> lexeme = view.lexeme(index);
    if (lexeme.isEmpty()) {
      // CoreNLP's entity mentions include pronouns typed PERSON: the pronoun rule goes first.
      Optional<Resolved> pronoun = PronounRule.apply(view, index, memory, chains);
      return pronoun.isPresent() ? pronoun : PersonRule.untitled(view, index, memory);
    }
    Lexeme found = lexeme.get();
    Optional<Resolved> resolved = CounterpartRule.apply(view, found, memory);
    if (resolved.isEmpty()) {
      resolved = QualifiedRoleRule.qualifierFirst(view, found, memory);
    }
    if (resolved.isEmpty()) {
      resolved = QualifiedRoleRule.roleFirst(view, found, memory);
    }
    if (resolved.isEmpty()) {
      resolved = PersonRule.titled(view, found, memory);
    }
    if (resolved.isEmpty()) {
      resolved = PlaceRule.apply(view, found);
    }
    if (resolved.isEmpty()) {
      resolved = InstitutionRule.apply(view, found, memory);
    }
    return resolved;
  }
}
