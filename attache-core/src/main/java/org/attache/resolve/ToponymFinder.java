package org.attache.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attache.annotate.Annotation;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;

/**
 * Finds the place names of a document: location entity mentions; other entity mentions whose whole
 * text is the main name of a country, capital, area or landmark (a 3-class tagger calls "Russia" an
 * organisation when it acts); and runs of capitalised proper nouns or adjectives outside any entity
 * mention that the gazetteer knows as a country, capital, region or area by a main name, or as a
 * country or area by an alternate one ("Russian", "European"). In text order within each sentence:
 * entity mentions first, then runs. Thread-safe.
 */
public final class ToponymFinder {
  private static final Set<GeoPlace.Kind> BY_MAIN_NAME =
      Set.of(
          GeoPlace.Kind.COUNTRY, GeoPlace.Kind.CAPITAL, GeoPlace.Kind.REGION, GeoPlace.Kind.AREA);
  private static final Set<GeoPlace.Kind> BY_ANY_NAME =
      Set.of(GeoPlace.Kind.COUNTRY, GeoPlace.Kind.AREA);
  private static final Set<GeoPlace.Kind> RETAGGED =
      Set.of(
          GeoPlace.Kind.COUNTRY, GeoPlace.Kind.CAPITAL, GeoPlace.Kind.AREA, GeoPlace.Kind.LANDMARK);

  private final Gazetteer gazetteer;

  public ToponymFinder(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  public List<ToponymMention> find(Annotation annotation) {
    List<ToponymMention> found = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      for (EntityMention mention : sentence.entities()) {
        boolean retagged =
            gazetteer.lookup(mention.text()).stream()
                .anyMatch(e -> e.main() && RETAGGED.contains(e.place().kind()));
        if (PlacePhrase.isLocation(mention.type()) || retagged) {
          found.add(
              new ToponymMention(sentence.index(), mention.start(), mention.end(), mention.text()));
        }
      }
      List<Token> tokens = sentence.tokens();
      int first = 0;
      while (first < tokens.size()) {
        if (!candidate(sentence, first)) {
          first++;
          continue;
        }
        int last = first;
        while (last + 1 < tokens.size() && candidate(sentence, last + 1)) {
          last++;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String text = annotation.text().substring(start, end);
        if (known(text)) {
          found.add(new ToponymMention(sentence.index(), start, end, text));
        }
        first = last + 1;
      }
    }
    return found;
  }

  private boolean known(String text) {
    return gazetteer.lookup(text).stream()
        .anyMatch(
            e ->
                BY_ANY_NAME.contains(e.place().kind())
                    || (e.main() && BY_MAIN_NAME.contains(e.place().kind())));
  }

  /** A capitalised proper noun or adjective outside every entity mention. */
  private static boolean candidate(Sentence sentence, int token) {
    Token word = sentence.tokens().get(token);
    boolean shape =
        (word.pos().startsWith("NNP") || word.pos().equals("JJ"))
            && Character.isUpperCase(word.word().charAt(0));
    return shape
        && sentence.entities().stream()
            .noneMatch(m -> m.firstToken() <= token && token <= m.lastToken());
  }
}
