package org.attache.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attache.resolve.GeoPlace;
import org.attache.resolve.ToponymMention;

/**
 * End-to-end geoparsing scores: found toponyms matched to gold toponyms with coordinates by span
 * overlap. Recall is the share of gold toponyms matched; precision the share of found toponyms that
 * match one (found toponyms overlapping only gold spans without coordinates, such as demonyms or
 * non-toponyms, are left out of both counts). Acc@161 is given over the matched gold and over all
 * gold (a missed toponym counting as wrong).
 */
final class EndToEndScore {
  private final GeoScore matched = new GeoScore();
  private final GeoScore allGold = new GeoScore();
  private int found;
  private int foundMatching;

  void add(
      GeoWebNews.Article article,
      List<ToponymMention> toponyms,
      Function<ToponymMention, Optional<GeoPlace>> resolve,
      NearestCountry countries) {
    for (ToponymMention toponym : toponyms) {
      boolean withPoint = false;
      boolean withoutPoint = false;
      for (GeoWebNews.Toponym gold : article.toponyms()) {
        if (overlaps(toponym, gold)) {
          withPoint |= gold.at() != null;
          withoutPoint |= gold.at() == null;
        }
      }
      if (withPoint || !withoutPoint) {
        found++;
        foundMatching += withPoint ? 1 : 0;
      }
    }
    for (GeoWebNews.Toponym gold : article.toponyms()) {
      if (gold.at() == null) {
        continue;
      }
      String country = countries.of(gold.at());
      Optional<ToponymMention> match = toponyms.stream().filter(t -> overlaps(t, gold)).findFirst();
      Optional<GeoPlace> place = match.flatMap(resolve);
      if (match.isPresent()) {
        matched.add(gold.at(), country, place);
      }
      allGold.add(gold.at(), country, place);
    }
  }

  private static boolean overlaps(ToponymMention found, GeoWebNews.Toponym gold) {
    return found.start() < gold.end() && gold.start() < found.end();
  }

  GeoScore matched() {
    return matched;
  }

  double recall() {
    return allGold.gold() == 0 ? 0 : (double) matched.gold() / allGold.gold();
  }

  double precision() {
    return found == 0 ? 0 : (double) foundMatching / found;
  }

  double acc161OfAllGold() {
    return allGold.acc161();
  }

  Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("found", found);
    figures.put("foundMatchingGold", foundMatching);
    figures.put("precision", ActorEvalSupport.round(precision()));
    figures.put("recall", ActorEvalSupport.round(recall()));
    figures.put("matchedGold", matched.figures());
    figures.put("allGold", allGold.figures());
    return figures;
  }
}
