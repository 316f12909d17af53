package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.annotate.Annotation;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;
import org.attache.resolve.Gazetteer;
import org.attache.resolve.GeoPlace;

/**
 * A toponym our annotator found: a LOCATION entity mention, or a run of proper nouns outside any
 * entity mention whose text is the main name of a country, capital or region in the gazetteer
 * (CoreNLP's 3-class model misses some of those).
 */
record FoundToponym(int start, int end, String text) {
  private static final Set<GeoPlace.Kind> GAZETTEER_KINDS =
      Set.of(GeoPlace.Kind.COUNTRY, GeoPlace.Kind.CAPITAL, GeoPlace.Kind.REGION);

  static List<FoundToponym> in(Annotation annotation, Gazetteer gazetteer) {
    List<FoundToponym> found = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      for (EntityMention mention : sentence.entities()) {
        if (mention.type().equals("LOCATION")) {
          found.add(new FoundToponym(mention.start(), mention.end(), mention.text()));
        }
      }
      List<Token> tokens = sentence.tokens();
      int first = 0;
      while (first < tokens.size()) {
        if (!properOutsideEntities(sentence, first)) {
          first++;
          continue;
        }
        int last = first;
        while (last + 1 < tokens.size() && properOutsideEntities(sentence, last + 1)) {
          last++;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String text = annotation.text().substring(start, end);
        boolean known =
            gazetteer.lookup(text).stream()
                .anyMatch(e -> e.main() && GAZETTEER_KINDS.contains(e.place().kind()));
        if (known) {
          found.add(new FoundToponym(start, end, text));
        }
        first = last + 1;
      }
    }
    return found;
  }

  private static boolean properOutsideEntities(Sentence sentence, int token) {
    if (!sentence.tokens().get(token).pos().startsWith("NNP")) {
      return false;
    }
    return sentence.entities().stream()
        .noneMatch(m -> m.firstToken() <= token && token <= m.lastToken());
  }
}
