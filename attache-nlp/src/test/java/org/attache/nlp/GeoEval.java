package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.resolve.GeoContext;
import org.attache.resolve.GeoPlace;
import org.attache.resolve.Geocoder;
import org.attache.resolve.ToponymFinder;
import org.attache.resolve.ToponymMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Geocoding on GeoWebNews ({@code ../shared/eval/geo-dev/GWN.xml}, 200 articles), scored on the
 * gold toponyms that carry coordinates: accuracy within 161 km (Acc@161), mean and median error,
 * and country accuracy (the gold country is that of the gazetteer place nearest the gold point).
 *
 * <ul>
 *   <li>{@code resolution}: every gold toponym's text, resolved by {@link Geocoder} in the context
 *       of all the article's gold toponyms and its dateline. No models; an unknown name counts as
 *       wrong.
 *   <li>{@code endToEnd}: toponyms found by {@link ToponymFinder} on CoreNLP's annotation ({@code
 *       NlpConfig.fast()} LOCATION mentions plus gazetteer names), resolved in the context of all
 *       found toponyms, and matched to gold spans by overlap. Annotations are cached under
 *       target/geo-annotations.
 * </ul>
 *
 * Writes {@code target/eval-reports/geo.json}.
 */
class GeoEval {
  private static final int THREADS = 2;

  /** Just under the figures measured (docs/benchmarks.md, "Places"). */
  private static final double MIN_RESOLUTION_ACC161 = 0.61;

  private static final double MIN_RESOLUTION_COUNTRY = 0.73;
  private static final double MIN_END_TO_END_RECALL = 0.74;
  private static final double MIN_END_TO_END_ACC161_MATCHED = 0.67;

  private final Geocoder geocoder = Geocoder.bundled();
  private final DatelineCountry datelines = new DatelineCountry(ActorKnowledge.bundled());
  private final ToponymFinder finder = new ToponymFinder(geocoder.gazetteer());
  private final NearestCountry countries = new NearestCountry(geocoder.gazetteer().places());

  private static Path corpus() {
    return ActorEvalSupport.shared().resolve("eval/geo-dev/GWN.xml");
  }

  @Test
  void resolvesGoldToponyms() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(corpus()), "no GeoWebNews at " + corpus());
    GeoScore all = new GeoScore();
    GeoScore withGeonamesId = new GeoScore();
    Map<String, GeoScore> byType = new LinkedHashMap<>();
    GeoMisses misses = new GeoMisses();
    for (GeoWebNews.Article article : GeoWebNews.read(corpus())) {
      List<String> names = new ArrayList<>();
      article.toponyms().stream().filter(t -> t.at() != null).forEach(t -> names.add(t.name()));
      GeoContext context = geocoder.context(names, dateline(article.text()));
      for (GeoWebNews.Toponym gold : article.toponyms()) {
        if (gold.at() == null) {
          continue;
        }
        Optional<GeoPlace> found = geocoder.resolve(gold.name(), context);
        String goldCountry = countries.of(gold.at());
        misses.note(gold, goldCountry, found);
        all.add(gold.at(), goldCountry, found);
        if (!gold.geonamesId().isEmpty()) {
          withGeonamesId.add(gold.at(), goldCountry, found);
        }
        byType.computeIfAbsent(gold.type(), k -> new GeoScore()).add(gold.at(), goldCountry, found);
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("corpus", "GeoWebNews GWN.xml");
    figures.put("task", "resolution of gold toponym spans (text only), document context");
    figures.put("all", all.figures());
    figures.put("withGeonamesId", withGeonamesId.figures());
    Map<String, Object> types = new LinkedHashMap<>();
    byType.forEach((type, score) -> types.put(type, score.figures()));
    figures.put("byType", types);
    figures.putAll(misses.figures());
    figures.put(
        "acc161CountingCountryPointMissesRight",
        ActorEvalSupport.round(all.acc161() + (double) misses.countryPointMisses() / all.gold()));
    write("geo-resolution", figures);
    System.out.printf(
        Locale.ROOT,
        "geo resolution: %d gold toponyms, Acc@161 %.3f, country %.3f, mean error %.0f km%n",
        all.gold(),
        all.acc161(),
        all.countryAccuracy(),
        all.meanErrorKm());
    assertThat(all.acc161()).isGreaterThanOrEqualTo(MIN_RESOLUTION_ACC161);
    assertThat(all.countryAccuracy()).isGreaterThanOrEqualTo(MIN_RESOLUTION_COUNTRY);
  }

  @Test
  void findsAndResolvesToponymsEndToEnd() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(corpus()), "no GeoWebNews at " + corpus());
    List<GeoWebNews.Article> articles = GeoWebNews.read(corpus());
    List<Annotation> annotations = annotations(articles);
    EndToEndScore score = new EndToEndScore();
    for (int i = 0; i < articles.size(); i++) {
      GeoWebNews.Article article = articles.get(i);
      List<ToponymMention> found = finder.find(annotations.get(i));
      GeoContext context =
          geocoder.context(
              found.stream().map(ToponymMention::text).toList(), dateline(article.text()));
      score.add(article, found, t -> geocoder.resolve(t.text(), context), countries);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("corpus", "GeoWebNews GWN.xml");
    figures.put(
        "task",
        "toponyms found by NlpConfig.fast() LOCATION mentions plus gazetteer names, matched to gold"
            + " spans with coordinates by overlap, then resolved in the context of all found ones");
    figures.put("config", NlpConfig.fast().name());
    figures.putAll(score.figures());
    write("geo-end-to-end", figures);
    System.out.printf(
        Locale.ROOT,
        "geo end to end: recall %.3f precision %.3f, Acc@161 on matched %.3f, on all gold %.3f%n",
        score.recall(),
        score.precision(),
        score.matched().acc161(),
        score.acc161OfAllGold());
    assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_END_TO_END_RECALL);
    assertThat(score.matched().acc161()).isGreaterThanOrEqualTo(MIN_END_TO_END_ACC161_MATCHED);
  }

  private String dateline(String text) {
    return datelines.find(text).orElse(null);
  }

  /** Annotates the articles once; later runs read target/geo-annotations/ID.json. */
  private static List<Annotation> annotations(List<GeoWebNews.Article> articles) throws Exception {
    Path cache = Path.of("target", "geo-annotations");
    Files.createDirectories(cache);
    List<AnnotationRequest> missing = new ArrayList<>();
    for (GeoWebNews.Article article : articles) {
      if (!Files.isRegularFile(cache.resolve(article.id() + ".json"))) {
        missing.add(new AnnotationRequest(article.id(), article.text(), null));
      }
    }
    if (!missing.isEmpty()) {
      CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.fast());
      for (Annotation annotation : ActorEvalSupport.annotateAll(annotator, missing, THREADS)) {
        AnnotationCodec.write(annotation, cache.resolve(annotation.documentId() + ".json"));
      }
    }
    List<Annotation> annotations = new ArrayList<>();
    for (GeoWebNews.Article article : articles) {
      annotations.add(AnnotationCodec.read(cache.resolve(article.id() + ".json")));
    }
    return annotations;
  }

  private static void write(String name, Map<String, Object> figures) throws Exception {
    Path file = Path.of("target", "eval-reports", name + ".json");
    Files.createDirectories(file.getParent());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), figures);
  }
}
