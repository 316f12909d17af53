package org.attache.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one resolution has learnt so far about its document, in document order: the facts the rules
 * are given (knowledge, date, story country) and the actors already coded, so that later mentions
 * can be resolved within the document (rule 6): a short name ("Aleinik") takes the actor of an
 * earlier full name ("Sergei Aleinik"), and a bare title ("the minister") the most recent actor
 * with a matching title. One instance per call; not shared between threads.
 */
final class DocumentMemory {

  private record Named(String name, Actor actor) {}

  private final ActorKnowledge knowledge;
  private final LocalDate date;
  private final String storyCountry;
  private final List<Named> people = new ArrayList<>();
  private final List<ActorMention> mentions = new ArrayList<>();

  DocumentMemory(ActorKnowledge knowledge, LocalDate date, String storyCountry) {
    this.knowledge = knowledge;
    this.date = date;
    this.storyCountry = storyCountry;
  }

  ActorKnowledge knowledge() {
    return knowledge;
  }

  /** The date office holders are looked up on, empty when the document has none. */
  Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The ISO3 code of the story's country (from the dateline), empty when unknown. */
  Optional<String> storyCountry() {
    return Optional.ofNullable(storyCountry);
  }

  /** Records a coded mention; a person's name is remembered for later short names. */
  void add(ActorMention mention, boolean person) {
    mentions.add(mention);
    if (person && mention.actor().name() != null) {
      people.add(new Named(mention.actor().name(), mention.actor()));
    }
  }

  /** Mentions recorded so far, in document order. */
  List<ActorMention> mentions() {
    return List.copyOf(mentions);
  }

  /**
   * The actor of an earlier person whose name is this name, ends with it ("Aleinik" of "Sergei
   * Aleinik") or starts with it ("Bilawal" of "Bilawal Bhutto Zardari"); the most recent wins.
   */
  private Optional<Named> person(String written) {
    String wanted = PhraseIndex.fold(written);
    for (int i = people.size() - 1; i >= 0; i--) {
      String name = PhraseIndex.fold(people.get(i).name());
      if (name.equals(wanted) || name.endsWith(" " + wanted) || name.startsWith(wanted + " ")) {
        return Optional.of(people.get(i));
      }
    }
    return Optional.empty();
  }

  /** The earlier person's name and actor, for a reason. */
  Optional<Actor> personActor(String written) {
    return person(written).map(Named::actor);
  }

  /** The earlier name a short name matched. */
  Optional<String> personName(String written) {
    return person(written).map(Named::name);
  }

  /**
   * The most recent actor with this title; for the generic "Minister", the most recent whose title
   * ends with "Minister".
   */
  Optional<Actor> mostRecentWithTitle(String title) {
    String wanted = PhraseIndex.fold(title);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Actor actor = mentions.get(i).actor();
      if (actor.title() == null) {
        continue;
      }
      String has = PhraseIndex.fold(actor.title());
      if (has.equals(wanted) || has.endsWith(" " + wanted)) {
        return Optional.of(actor);
      }
    }
    return Optional.empty();
  }
}
