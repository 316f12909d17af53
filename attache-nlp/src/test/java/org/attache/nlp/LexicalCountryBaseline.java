package org.attache.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.Country;
import org.attache.actor.Place;

/**
 * The comparison system of {@link CountryDetectionEval}: no language analysis at all, every string
 * of the country table found anywhere in the text as a whole word, case-sensitively as the table
 * writes it, gives its country. With cities, also every city and capital name. Strings shared by
 * several countries give the first in table order (as the resolver's lookups do).
 */
final class LexicalCountryBaseline {

  private final Pattern pattern;
  private final Map<String, String> countryOf = new HashMap<>();

  LexicalCountryBaseline(ActorKnowledge knowledge, boolean withCities) {
    for (Country country : knowledge.countries()) {
      List<String> strings = new ArrayList<>(List.of(country.name()));
      strings.addAll(country.aliases());
      strings.addAll(country.demonyms());
      strings.addAll(country.capitalNames());
      strings.forEach(s -> countryOf.putIfAbsent(s, country.iso3()));
    }
    if (withCities) {
      for (Place place : knowledge.places()) {
        place.names().forEach(n -> countryOf.putIfAbsent(n, place.iso3()));
      }
    }
    List<String> keys = new ArrayList<>(countryOf.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder alternation = new StringBuilder();
    for (String key : keys) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(key));
    }
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  /** The ISO3 codes of every table string found in the text. */
  Set<String> countries(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(countryOf.get(matcher.group()));
    }
    return found;
  }
}
