package org.attache.actor;

import java.util.Optional;
import org.attache.annotate.EntityMention;

/**
 * Rules 2 and 3: a country, city or organisation qualifying a role in one phrase. Covers "[Country
 * or demonym] [role] [PERSON]" ("Belarus Foreign Minister Sergei Aleinik", "Russian President
 * Vladimir Putin"), "[role] of [Country] [PERSON]" ("President of Belarus Aleksandr Lukashenko"),
 * the possessive "Pakistan's Foreign Office" (the possessor's country, whatever other countries
 * call their ministry that), "-based" ("a Minsk-based company") and plain "Pakistani police". The
 * qualifier gives the country, the role the sector and title, the person the name. A possessive
 * whose head is no role ("Pakistan's missile programme") codes the possessor as the country.
 */
final class QualifiedRoleRule {

  private static final int MAX_ADJECTIVES = 3;

  private QualifiedRoleRule() {}

  /** "[Country] ['s | -based] [adjectives] [role] [PERSON]" starting at the qualifier. */
  static Optional<Resolved> qualifierFirst(
      SentenceView view, Lexeme qualifier, DocumentMemory memory) {
    if (!qualifier.qualifies() || qualifier.code().isEmpty()) {
      return Optional.empty();
    }
    int next = qualifier.last() + 1;
    boolean possessive = false;
    boolean based = qualifier.based();
    if (!based && view.isPossessiveMarker(next)) {
      possessive = true;
      next++;
    } else if (!based && view.word(next).equals("-based")) {
      based = true;
      next++;
    } else if (!based && view.word(next).equals("-") && view.word(next + 1).equals("based")) {
      based = true;
      next += 2;
    }
    int afterMarker = next;
    for (int skipped = 0;
        skipped < MAX_ADJECTIVES && view.lexeme(next).isEmpty() && view.isAdjective(next);
        skipped++) {
      next++;
    }
    Optional<Lexeme> role = view.lexeme(next).filter(Lexeme::isRole);
    if (role.isEmpty()) {
      if (possessive && qualifier.place().isEmpty() && qualifier.country().isPresent()) {
        Actor actor = Actor.of(qualifier.code().get(), null, null, null);
        String reason =
            "possessor of a non-actor head: " + view.span(qualifier.first(), afterMarker - 1);
        return Optional.of(
            Resolved.actor(
                afterMarker - 1, view.mention(qualifier.first(), qualifier.last(), actor, reason)));
      }
      return based ? Optional.of(Resolved.none(afterMarker - 1)) : Optional.empty();
    }
    String kind =
        based
            ? "-based"
            : possessive ? "possessive" : qualifier.demonym() ? "demonym+role" : "country+role";
    return Optional.of(build(view, qualifier, qualifier.first(), role.get(), kind, memory));
  }

  /** "[role] of [the] [Country] [PERSON]" starting at the role. */
  static Optional<Resolved> roleFirst(SentenceView view, Lexeme role, DocumentMemory memory) {
    if (!role.isRole() || !view.word(role.last() + 1).equals("of")) {
      return Optional.empty();
    }
    int at = role.last() + 2;
    if (view.word(at).equals("the")) {
      at++;
    }
    Optional<Lexeme> qualifier = view.lexeme(at).filter(Lexeme::qualifies);
    if (qualifier.isEmpty() || qualifier.get().code().isEmpty() || qualifier.get().based()) {
      return Optional.empty();
    }
    Lexeme country = qualifier.get();
    Optional<EntityMention> person = view.person(country.last() + 1);
    Role roleFound = roleOf(role);
    String sector = sector(roleFound, country);
    String code = country.code().get();
    String title = roleFound.title();
    int last = person.map(EntityMention::lastToken).orElse(country.last());
    String name = person.map(p -> People.canonical(memory, p.text(), code)).orElse(null);
    String reason =
        "title of country in one phrase: '"
            + view.span(role.first(), country.last())
            + "'"
            + (person.isPresent() ? " + PERSON" : "");
    boolean singular = !view.pos(role.last()).endsWith("S");
    Optional<Leader> holder =
        person.isEmpty() && singular && InstitutionRule.isPersonal(title)
            ? People.holder(memory, code, title)
            : Optional.empty();
    if (holder.isPresent()) {
      name = holder.get().name();
      sector = roleFound.inheritsSector() ? holder.get().sector() : sector;
      reason += "; office holder: " + People.reason(memory, holder.get());
    }
    Actor actor = Actor.of(code, sector, name, title);
    ActorMention mention = view.mention(role.first(), last, actor, reason);
    return Optional.of(
        name != null ? Resolved.person(last, mention) : Resolved.actor(last, mention));
  }

  private static Resolved build(
      SentenceView view,
      Lexeme qualifier,
      int first,
      Lexeme role,
      String kind,
      DocumentMemory memory) {
    String code = qualifier.code().get();
    Role roleFound = roleOf(role);
    Optional<EntityMention> person =
        kind.equals("-based") ? Optional.empty() : view.person(role.last() + 1);
    int last = person.map(EntityMention::lastToken).orElse(role.last());
    String name = person.map(p -> People.canonical(memory, p.text(), code)).orElse(null);
    Actor actor = Actor.of(code, sector(roleFound, qualifier), name, roleFound.title());
    String phrase = view.span(first, role.last());
    String reason =
        person.isPresent()
            ? "title+country in one phrase: '" + phrase + "' + PERSON"
            : kind + ": " + phrase;
    ActorMention mention = view.mention(first, last, actor, reason);
    return person.isPresent() ? Resolved.person(last, mention) : Resolved.actor(last, mention);
  }

  /** The role of a role phrase; a distinctive ministry name without a role reads as a ministry. */
  static Role roleOf(Lexeme role) {
    return role.role().orElseGet(() -> new Role(role.text(), "GOV", "Foreign Ministry"));
  }

  /**
   * The role's sector; a role without one ("spokesperson") takes the qualifier's. A party or armed
   * group gives its own sector to any role ("PTI protesters" → PTY, "Hamas fighters" → REB).
   */
  private static String sector(Role role, Lexeme qualifier) {
    Optional<NamedActor> group = qualifier.named().filter(n -> !n.kind().equals("company"));
    if (group.isPresent()) {
      return group.get().sector();
    }
    if (!role.inheritsSector()) {
      return role.sector();
    }
    return qualifier
        .organisation()
        .map(Organisation::sector)
        .or(() -> qualifier.named().map(NamedActor::sector))
        .orElse("GOV");
  }
}
