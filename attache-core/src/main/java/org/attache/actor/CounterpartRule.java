package org.attache.actor;

import java.util.Optional;

/**
 * Rule 6 for "counterpart": a country or demonym before "counterpart(s)" ("his Pakistani
 * counterpart") is the holder of the same office in that country as the titled actor the document
 * last spoke of in another country. With that title and the document's date, the leaders table
 * names the person (in 2023-05 the Belarusian foreign minister's Pakistani counterpart is Bilawal
 * Bhutto Zardari); without a holder the actor is the country's government with the title; without
 * an earlier titled actor, the country's government. Sector GOV unless the holder has another.
 */
final class CounterpartRule {

  private CounterpartRule() {}

  static Optional<Resolved> apply(SentenceView view, Lexeme qualifier, DocumentMemory memory) {
    int next = qualifier.last() + 1;
    String word = view.word(next);
    if (qualifier.country().isEmpty()
        || qualifier.based()
        || !(word.equals("counterpart") || word.equals("counterparts"))) {
      return Optional.empty();
    }
    String country = qualifier.country().get().iso3();
    Optional<Actor> reference = memory.mostRecentTitledOutside(country);
    String phrase = view.span(qualifier.first(), next);
    if (reference.isEmpty()) {
      Actor actor = Actor.of(country, "GOV", null, null);
      String reason = "counterpart with no earlier titled actor: " + phrase;
      return Optional.of(
          Resolved.actor(next, view.mention(qualifier.first(), next, actor, reason)));
    }
    String title = reference.get().title();
    String of =
        "counterpart of "
            + (reference.get().name() != null ? reference.get().name() : reference.get().id())
            + " ("
            + title
            + "): "
            + phrase;
    boolean plural = word.endsWith("s");
    Optional<Leader> holder = plural ? Optional.empty() : People.holder(memory, country, title);
    if (holder.isPresent()) {
      Leader found = holder.get();
      Actor actor = Actor.of(country, found.sector(), found.name(), found.title());
      String reason = of + "; " + People.reason(memory, found);
      return Optional.of(
          Resolved.person(next, view.mention(qualifier.first(), next, actor, reason)));
    }
    Actor actor = Actor.of(country, "GOV", null, title);
    return Optional.of(Resolved.actor(next, view.mention(qualifier.first(), next, actor, of)));
  }
}
