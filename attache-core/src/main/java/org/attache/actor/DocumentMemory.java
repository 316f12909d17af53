package org.attache.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one resolution has learnt so far about its document, in document order: the facts the rules
 * are given (knowledge, date, story country) and the actors already coded, so that later mentions
 * can be resolved within the document (rule 6): a short name ("Aleinik") takes the actor of an
 * earlier full name ("Sergei Aleinik"), and a bare title ("the minister") the most recent actor
 * with a matching title. One instance per call; not shared between threads.
 */
final class DocumentMemory {

  private record Named(String name, Actor actor) {}

  /** A coded mention with what the pronoun rule asks of it. */
  private record Entry(ActorMention mention, boolean person, boolean subject, boolean plural) {}

  private final ActorKnowledge knowledge;
  private final LocalDate date;
  private final String storyCountry;
  private final List<Named> people = new ArrayList<>();
  private final List<ActorMention> mentions = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private ActorMention lastSpeaker;
  private ActorMention lastBodySpeaker;

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
    add(mention, person, false, false);
  }

  /**
   * Records a coded mention with its grammatical facts: whether it is a clause subject and whether
   * it is plural (plural mentions are no antecedents of "it").
   */
  void add(ActorMention mention, boolean person, boolean subject, boolean plural) {
    add(mention, person, subject, plural, false);
  }

  /** As above; a person who is the subject of a verb of saying becomes the last speaker. */
  void add(ActorMention mention, boolean person, boolean subject, boolean plural, boolean speaker) {
    Actor actor = mention.actor();
    boolean human = person || (actor.name() != null && actor.title() != null);
    if (speaker && human) {
      lastSpeaker = mention;
    } else if (speaker && !plural) {
      lastBodySpeaker = mention;
    }
    entries.add(new Entry(mention, human, subject, plural));
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
   * ends with "Minister"; for "Head of State", the most recent president, monarch… When the latest
   * sentence naming such an actor names several, a clause subject wins over the others ("Aleinik is
   * visiting Pakistan at the invitation of Foreign Minister Bilawal …. The foreign minister will
   * kick off his trip" is Aleinik): the subject is what the story is about. Actors of an {@code
   * excluded} country are passed over.
   */
  Optional<Actor> mostRecentWithTitle(String title, Set<String> excluded) {
    List<String> wanted = People.titles(title).stream().map(PhraseIndex::fold).toList();
    Entry chosen = null;
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      if (chosen != null && entry.mention().sentence() != chosen.mention().sentence()) {
        break;
      }
      Actor actor = entry.mention().actor();
      if (actor.title() == null || excluded.contains(actor.country())) {
        continue;
      }
      String has = PhraseIndex.fold(actor.title());
      if (wanted.stream().anyMatch(w -> has.equals(w) || has.endsWith(" " + w))
          && (chosen == null || (entry.subject() && !chosen.subject()))) {
        chosen = entry;
      }
    }
    return Optional.ofNullable(chosen).map(entry -> entry.mention().actor());
  }

  /** The most recent coded actor with a title and a country other than this one. */
  Optional<Actor> mostRecentTitledOutside(String country) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Actor actor = mentions.get(i).actor();
      if (actor.title() != null && !actor.country().equals(country)) {
        return Optional.of(actor);
      }
    }
    return Optional.empty();
  }

  /**
   * The antecedent of a pronoun starting at {@code before} in sentence {@code sentence}: among the
   * coded mentions of people (or, for "it", of anything else singular) the nearest one earlier in
   * the same sentence; failing that, the last subject of the previous sentence; failing that, the
   * last such mention of the previous sentence.
   */
  Optional<ActorMention> antecedent(int sentence, int before, boolean person) {
    Entry previousSubject = null;
    Entry previousLast = null;
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      ActorMention mention = entry.mention();
      if (mention.sentence() < sentence - 1) {
        break;
      }
      if (entry.person() != person || (!person && entry.plural()) || mention.end() > before) {
        continue;
      }
      if (mention.sentence() == sentence) {
        return Optional.of(mention);
      }
      if (entry.subject() && previousSubject == null) {
        previousSubject = entry;
      }
      if (previousLast == null) {
        previousLast = entry;
      }
    }
    Entry chosen = previousSubject != null ? previousSubject : previousLast;
    return Optional.ofNullable(chosen).map(Entry::mention);
  }

  /** The coded mention covering a character offset, if any (the latest recorded). */
  Optional<ActorMention> covering(int offset) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      ActorMention mention = mentions.get(i);
      if (mention.start() <= offset && offset < mention.end()) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }

  /** The coded mention overlapping a span most (ties: the earliest), if any. */
  Optional<ActorMention> overlapping(int start, int end) {
    ActorMention best = null;
    int bestOverlap = 0;
    for (ActorMention mention : mentions) {
      int overlap = Math.min(mention.end(), end) - Math.max(mention.start(), start);
      if (overlap > bestOverlap) {
        best = mention;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The last person (or, for "it", the last singular body such as a ministry) coded as the subject
   * of a verb of saying, if at most {@code window} sentences before this one: who "he" is in "…,”
   * he added" after a quote.
   */
  Optional<ActorMention> lastSpeaker(int sentence, int window, boolean person) {
    return Optional.ofNullable(person ? lastSpeaker : lastBodySpeaker)
        .filter(m -> sentence - m.sentence() <= window);
  }
}
