package org.attache.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * The place names a token of a parsed sentence may stand for, most direct first: the location
 * entity mention around it, or else a proper noun with its compound and flat parts; then what it is
 * located by. A common noun ("the UN headquarters in New York", "the city of Lahore") or an
 * organisation ("at the United Nations in New York") passes on to the place it is located by
 * ({@code nmod:in}, {@code nmod:at}, or {@code nmod:of} after a word like city). Persons, dates and
 * numbers are never places.
 */
record PlacePhrase(int start, int end, String text, boolean tagged) {
  private static final Set<String> LOCATION_TYPES =
      Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "GPE");
  private static final Set<String> NOT_PLACES =
      Set.of("PERSON", "DATE", "TIME", "DURATION", "NUMBER", "MONEY", "PERCENT", "ORDINAL");
  private static final Set<String> PART_RELATIONS = Set.of("compound", "flat", "flat:name");
  private static final Set<String> SETTING_WORDS =
      Set.of("city", "town", "capital", "province", "region", "state", "village", "district");
  private static final int DEPTH = 2;

  /** Whether an entity type names a place. */
  static boolean isLocation(String type) {
    return LOCATION_TYPES.contains(type.toUpperCase(Locale.ROOT));
  }

  static List<PlacePhrase> at(String text, Sentence sentence, int token) {
    List<PlacePhrase> found = new ArrayList<>();
    collect(text, sentence, token, DEPTH, found);
    return found;
  }

  private static void collect(
      String text, Sentence sentence, int token, int depth, List<PlacePhrase> found) {
    Token word = sentence.tokens().get(token);
    String ner = word.ner() == null ? "O" : word.ner().toUpperCase(Locale.ROOT);
    if (NOT_PLACES.contains(ner)) {
      return;
    }
    int before = found.size();
    boolean tagged = LOCATION_TYPES.contains(ner);
    if (tagged || ner.equals("ORGANIZATION")) {
      for (EntityMention mention : sentence.entities()) {
        if (mention.firstToken() <= token && token <= mention.lastToken()) {
          found.add(new PlacePhrase(mention.start(), mention.end(), mention.text(), tagged));
        }
      }
    }
    if (found.size() == before
        && (LOCATION_TYPES.contains(ner) || ner.equals("O"))
        && word.pos().startsWith("NNP")) {
      int first = token;
      int last = token;
      for (Dependency arc : sentence.dependencies()) {
        if (arc.governor() == token && PART_RELATIONS.contains(arc.relation())) {
          first = Math.min(first, arc.dependent());
          last = Math.max(last, arc.dependent());
        }
      }
      List<Token> tokens = sentence.tokens();
      int start = tokens.get(first).start();
      int end = tokens.get(last).end();
      found.add(new PlacePhrase(start, end, text.substring(start, end), tagged));
    }
    if (depth == 0) {
      return;
    }
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    for (Dependency arc : sentence.dependencies()) {
      if (arc.governor() != token) {
        continue;
      }
      boolean located = arc.relation().equals("nmod:in") || arc.relation().equals("nmod:at");
      boolean named =
          arc.relation().equals("nmod:of")
              && SETTING_WORDS.contains(lemma.toLowerCase(Locale.ROOT));
      if (located || named) {
        collect(text, sentence, arc.dependent(), depth - 1, found);
      }
    }
  }
}
