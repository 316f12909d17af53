package org.attache.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.annotate.Annotation;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Rule 6 for "the two sides", "both countries", "the two governments", "both nations": the two
 * countries most prominent in the document, that is, with the most coded mentions (ties: the one
 * mentioned first). The phrase yields two mentions with the same span, the more prominent country
 * first: the governments for "sides" and "governments", the countries as a whole for "countries"
 * and "nations". Nothing is coded when fewer than two countries are mentioned.
 */
final class BothSidesRule {

  private static final Set<String> GOVERNMENTS = Set.of("sides", "governments");
  private static final Set<String> COUNTRIES = Set.of("countries", "nations");

  private BothSidesRule() {}

  static List<ActorMention> apply(
      Annotation annotation, List<ActorMention> coded, ActorKnowledge knowledge) {
    List<String> prominent = prominentCountries(coded, knowledge);
    List<ActorMention> added = new ArrayList<>();
    if (prominent.size() < 2) {
      return added;
    }
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String first = lower(tokens.get(i));
        int nounAt;
        if (first.equals("both")) {
          nounAt = i + 1;
        } else if (first.equals("the")
            && i + 2 < tokens.size()
            && lower(tokens.get(i + 1)).equals("two")) {
          nounAt = i + 2;
        } else {
          continue;
        }
        String noun = lower(tokens.get(nounAt));
        if (!GOVERNMENTS.contains(noun) && !COUNTRIES.contains(noun)) {
          continue;
        }
        String sector = GOVERNMENTS.contains(noun) ? "GOV" : null;
        int start = tokens.get(i).start();
        int end = tokens.get(nounAt).end();
        String text = annotation.text().substring(start, end);
        String reason =
            "the two sides → both countries: "
                + text
                + " → "
                + prominent.get(0)
                + " and "
                + prominent.get(1);
        for (String country : prominent.subList(0, 2)) {
          Actor actor = Actor.of(country, sector, null, null);
          added.add(new ActorMention(start, end, sentence.index(), text, actor, reason));
        }
        i = nounAt;
      }
    }
    return added;
  }

  /** Country codes by number of coded mentions, most first; ties by first mention. */
  static List<String> prominentCountries(List<ActorMention> coded, ActorKnowledge knowledge) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    coded.stream()
        .sorted(Comparator.comparingInt(ActorMention::start))
        .map(m -> m.actor().country())
        .filter(
            code -> knowledge.countryByCode(code).filter(c -> c.iso3().equals(code)).isPresent())
        .forEach(code -> counts.merge(code, 1, Integer::sum));
    List<String> order = new ArrayList<>(counts.keySet());
    List<String> firstSeen = List.copyOf(order);
    order.sort(
        Comparator.comparingInt((String code) -> counts.get(code))
            .reversed()
            .thenComparingInt(firstSeen::indexOf));
    return order;
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(java.util.Locale.ROOT);
  }
}
