package org.attache.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules 4 and 6 for a role with no country, organisation or person in its phrase. A title for one
 * person ("the minister", "the president") refers to the most recent actor with a matching title in
 * the document, else to the story country's office holder on the date, else to the story country
 * with that title. A distinctive foreign-ministry name goes to the story country when that
 * country's ministry has the name, else to the only country whose ministry has it ("the State
 * Department" → USA). A domestic institution (government, police, army, courts, parliament,
 * intelligence, officials) goes to the story country. A role used as a modifier ("military
 * cooperation") and a role of any other sector ("a company") are not coded.
 */
final class InstitutionRule {

  private static final Set<String> DOMESTIC = Set.of("GOV", "COP", "MIL", "JUD", "LEG", "SPY");
  private static final Set<String> PERSONAL =
      Set.of(
          "President",
          "Vice President",
          "Chancellor",
          "King",
          "Queen",
          "Emperor",
          "Crown Prince",
          "Emir",
          "Sultan",
          "Monarch",
          "Head of State",
          "Foreign Secretary",
          "Ambassador",
          "Envoy",
          "Consul",
          "Mayor",
          "Governor",
          "Spokesperson",
          "Speaker",
          "Army Chief",
          "Opposition Leader");

  private InstitutionRule() {}

  static Optional<Resolved> apply(SentenceView view, Lexeme lexeme, DocumentMemory memory) {
    if (!lexeme.isRole()) {
      return Optional.empty();
    }
    int first = lexeme.first();
    int last = lexeme.last();
    Role role = QualifiedRoleRule.roleOf(lexeme);
    Optional<Lexeme> following = view.lexeme(last + 1).filter(l -> l.role().isPresent());
    if (following.isPresent() && following.get().role().get().inheritsSector()) {
      last = following.get().last();
      role = new Role(view.span(first, last), role.sector(), following.get().role().get().title());
    } else if (view.isNoun(last + 1) && view.lexeme(last + 1).isEmpty()) {
      return Optional.of(Resolved.none(last));
    }
    boolean plural = view.pos(lexeme.last()).endsWith("S");
    if (!plural && isPersonal(role.title())) {
      return Optional.of(personal(view, first, last, role, memory));
    }
    List<Country> ministries = lexeme.ministries();
    Optional<String> story = memory.storyCountry();
    if (!ministries.isEmpty()) {
      if (story.isPresent() && ministries.stream().anyMatch(c -> c.iso3().equals(story.get()))) {
        return storyCountry(view, first, last, role, story.get());
      }
      if (ministries.size() == 1) {
        Actor actor = Actor.of(ministries.get(0).iso3(), "GOV", null, role.title());
        String reason =
            "distinctive foreign-ministry name: "
                + lexeme.text()
                + " → "
                + ministries.get(0).iso3();
        return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
      }
      return Optional.of(Resolved.none(last));
    }
    String sector = role.inheritsSector() ? "GOV" : role.sector();
    if (story.isPresent() && DOMESTIC.contains(sector)) {
      return storyCountry(
          view, first, last, new Role(role.phrase(), sector, role.title()), story.get());
    }
    return Optional.of(Resolved.none(last));
  }

  static boolean isPersonal(String title) {
    return PERSONAL.contains(title) || title.endsWith("Minister");
  }

  private static Resolved personal(
      SentenceView view, int first, int last, Role role, DocumentMemory memory) {
    String phrase = view.span(first, last);
    int subject = view.predicateSubject(first, last);
    Optional<ActorMention> subjectMention =
        subject < 0 ? Optional.empty() : memory.covering(view.token(subject).start());
    if (subjectMention.isPresent() && subjectMention.get().sentence() == view.index()) {
      Actor actor = subjectMention.get().actor();
      String reason =
          "title said of its clause's subject: "
              + phrase
              + " → '"
              + subjectMention.get().text()
              + "'";
      return Resolved.actor(last, view.mention(first, last, actor, reason));
    }
    Optional<Actor> earlier = memory.mostRecentWithTitle(role.title(), counterparts(view));
    if (earlier.isPresent()) {
      Actor actor = earlier.get();
      String reason =
          "title of an earlier mention: "
              + phrase
              + " → "
              + (actor.name() != null ? actor.name() : actor.id());
      return Resolved.actor(last, view.mention(first, last, actor, reason));
    }
    Optional<String> story = memory.storyCountry();
    if (story.isEmpty()) {
      return Resolved.none(last);
    }
    Optional<Leader> holders = People.holder(memory, story.get(), role.title());
    if (holders.isPresent()) {
      Leader holder = holders.get();
      Actor actor = Actor.of(holder.country(), holder.sector(), holder.name(), holder.title());
      String reason = "story country's office holder: " + People.reason(memory, holder);
      return Resolved.person(last, view.mention(first, last, actor, reason));
    }
    String sector = role.inheritsSector() ? "GOV" : role.sector();
    return storyCountry(
            view, first, last, new Role(role.phrase(), sector, role.title()), story.get())
        .orElseThrow();
  }

  private static Optional<Resolved> storyCountry(
      SentenceView view, int first, int last, Role role, String country) {
    String sector = role.inheritsSector() ? "GOV" : role.sector();
    Actor actor = Actor.of(country, sector, null, role.title());
    String reason = "story country for unqualified domestic institution: " + view.span(first, last);
    return Optional.of(Resolved.actor(last, view.mention(first, last, actor, reason)));
  }

  /**
   * Countries whose counterpart the sentence speaks of ("his Belarusian counterpart"): the bare
   * title of that sentence is someone of another country, as nobody is his own country's
   * counterpart.
   */
  private static Set<String> counterparts(SentenceView view) {
    Set<String> countries = new TreeSet<>();
    for (int i = 1; i < view.size(); i++) {
      String word = view.word(i);
      if (word.equals("counterpart") || word.equals("counterparts")) {
        view.lexeme(i - 1)
            .flatMap(Lexeme::country)
            .ifPresent(country -> countries.add(country.iso3()));
      }
    }
    return countries;
  }
}
