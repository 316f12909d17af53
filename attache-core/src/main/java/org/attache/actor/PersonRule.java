package org.attache.actor;

import java.util.Optional;
import org.attache.annotate.EntityMention;

/**
 * Rules 5 and 6 for people: a PERSON, with or without a title before it, and no country in the
 * phrase. An earlier person in the document whose name this one is or shortens ("Aleinik" after
 * "Sergei Aleinik") gives its actor; otherwise the leaders table on the document's date ("Prime
 * Minister Shehbaz Sharif" → PAK, "Lukashenko" → BLR President); otherwise a titled person keeps
 * its title with the story's country. An untitled person found nowhere is not coded.
 */
final class PersonRule {

  private PersonRule() {}

  /** "[role] [PERSON]" starting at the role. */
  static Optional<Resolved> titled(SentenceView view, Lexeme role, DocumentMemory memory) {
    Optional<EntityMention> person = view.person(role.last() + 1).filter(p -> role.isRole());
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Role roleFound = QualifiedRoleRule.roleOf(role);
    EntityMention entity = person.get();
    int first = role.first();
    int last = entity.lastToken();
    Optional<Actor> earlier = memory.personActor(entity.text());
    if (earlier.isPresent()) {
      String reason = "short name of an earlier mention: " + memory.personName(entity.text()).get();
      return Optional.of(Resolved.person(last, view.mention(first, last, earlier.get(), reason)));
    }
    Optional<Leader> leader = People.leader(memory, entity.text(), null, roleFound.title());
    if (leader.isPresent()) {
      Leader found = leader.get();
      String sector = roleFound.inheritsSector() ? found.sector() : roleFound.sector();
      Actor actor = Actor.of(found.country(), sector, found.name(), roleFound.title());
      return Optional.of(
          Resolved.person(last, view.mention(first, last, actor, People.reason(memory, found))));
    }
    if (memory.storyCountry().isPresent()) {
      String sector = roleFound.inheritsSector() ? "GOV" : roleFound.sector();
      Actor actor =
          Actor.of(
              memory.storyCountry().get(),
              sector,
              PhraseIndex.normalise(entity.text()),
              roleFound.title());
      String reason =
          "story country for a titled person not in the leaders table: '"
              + role.text()
              + "' + PERSON";
      return Optional.of(Resolved.person(last, view.mention(first, last, actor, reason)));
    }
    return Optional.of(Resolved.none(last));
  }

  /** A PERSON with no title before it. */
  static Optional<Resolved> untitled(SentenceView view, int index, DocumentMemory memory) {
    Optional<EntityMention> person = view.person(index);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    EntityMention entity = person.get();
    int last = entity.lastToken();
    Optional<Actor> earlier = memory.personActor(entity.text());
    if (earlier.isPresent()) {
      String reason = "short name of an earlier mention: " + memory.personName(entity.text()).get();
      return Optional.of(Resolved.person(last, view.mention(index, last, earlier.get(), reason)));
    }
    Optional<Leader> leader = People.leader(memory, entity.text(), null, null);
    if (leader.isPresent()) {
      Leader found = leader.get();
      Actor actor = Actor.of(found.country(), found.sector(), found.name(), found.title());
      return Optional.of(
          Resolved.person(last, view.mention(index, last, actor, People.reason(memory, found))));
    }
    return Optional.of(Resolved.none(last));
  }
}
