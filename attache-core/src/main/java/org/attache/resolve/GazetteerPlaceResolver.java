package org.attache.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.Dependency;
import org.attache.annotate.EntityMention;
import org.attache.annotate.Sentence;
import org.attache.event.EventPlace;
import org.attache.event.PlaceResolver;
import org.attache.event.TextSpan;

/**
 * Finds an event's place in the enhanced dependency graph and geocodes it with the project's
 * gazetteer. In order: for a movement, its destination ("visit to Islamabad", "visit Pakistan",
 * "arrived in Minsk"); then a place the trigger is located by ("in New York", "at the UN
 * headquarters in New York"), looked for on the trigger and then on the verb or clause it hangs
 * from ("held talks in Islamabad"); then, for a local event, the dateline's city. Places merely
 * named ("a Minsk-based company", "Pakistan's Foreign Office") are attached by other relations and
 * never taken. The document's toponyms ({@link ToponymFinder}) and dateline are the geocoder's
 * context. Thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  static final String DESTINATION = "place-destination";
  static final String LOCATED = "place-located";
  static final String DATELINE = "place-dateline";
  static final String LOCATED_ARGUMENT = "place-located-argument";

  private final Geocoder geocoder;
  private final DatelineCountry datelines;
  private final ToponymFinder toponyms;

  public GazetteerPlaceResolver(Geocoder geocoder, DatelineCountry datelines) {
    this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    this.datelines = Objects.requireNonNull(datelines, "datelines");
    this.toponyms = new ToponymFinder(geocoder.gazetteer());
  }

  /** The resolver over the bundled gazetteer and actor tables. */
  public static GazetteerPlaceResolver bundled() {
    return new GazetteerPlaceResolver(
        Geocoder.bundled(), new DatelineCountry(ActorKnowledge.bundled()));
  }

  @Override
  public Optional<EventPlace> place(
      Annotation annotation, int sentence, int triggerToken, boolean destination) {
    Sentence parsed = sentence(annotation, sentence, triggerToken);
    return place(annotation, parsed, triggerToken, destination, shared(annotation));
  }

  /**
   * A resolver for one document that finds its dateline and geocoding context on its first event
   * and keeps them for the others; another document gets them afresh.
   */
  @Override
  public PlaceResolver forDocument(Annotation document) {
    return new DocumentPlaces(Objects.requireNonNull(document, "document"));
  }

  /** The places of one document's events, with what they share worked out once. */
  private final class DocumentPlaces implements PlaceResolver {
    private final Annotation document;
    private Shared shared;

    DocumentPlaces(Annotation document) {
      this.document = document;
    }

    @Override
    public Optional<EventPlace> place(
        Annotation annotation, int sentence, int triggerToken, boolean destination) {
      if (annotation != document) {
        return GazetteerPlaceResolver.this.place(annotation, sentence, triggerToken, destination);
      }
      Sentence parsed = sentence(annotation, sentence, triggerToken);
      if (shared == null) {
        shared = shared(annotation);
      }
      return GazetteerPlaceResolver.this.place(
          annotation, parsed, triggerToken, destination, shared);
    }
  }

  private static Sentence sentence(Annotation annotation, int sentence, int triggerToken) {
    if (sentence < 0 || sentence >= annotation.sentences().size()) {
      throw new IllegalArgumentException(
          "no sentence " + sentence + " in document " + annotation.documentId());
    }
    Sentence parsed = annotation.sentences().get(sentence);
    if (triggerToken < 0 || triggerToken >= parsed.tokens().size()) {
      throw new IllegalArgumentException(
          "no token "
              + triggerToken
              + " in sentence "
              + sentence
              + " of "
              + annotation.documentId());
    }
    return parsed;
  }

  /** What every event of a document shares: its dateline and the geocoder's context. */
  private record Shared(Optional<DatelineCountry.Dateline> dateline, GeoContext context) {}

  private Shared shared(Annotation annotation) {
    Optional<DatelineCountry.Dateline> dateline = datelines.dateline(annotation.text());
    GeoContext context =
        geocoder.context(
            toponyms.find(annotation).stream().map(ToponymMention::text).toList(),
            dateline.map(DatelineCountry.Dateline::country).orElse(null));
    return new Shared(dateline, context);
  }

  private Optional<EventPlace> place(
      Annotation annotation,
      Sentence parsed,
      int triggerToken,
      boolean destination,
      Shared shared) {
    Optional<DatelineCountry.Dateline> dateline = shared.dateline();
    GeoContext context = shared.context();
    List<Integer> heads = PlaceAttachments.heads(parsed, triggerToken);
    if (destination) {
      Optional<EventPlace> found =
          attached(annotation, parsed, heads, PlaceAttachments.DESTINATION, DESTINATION, context);
      if (found.isPresent()) {
        return found;
      }
    }
    return attached(annotation, parsed, heads, PlaceAttachments.LOCATED, LOCATED, context)
        .or(
            () ->
                attached(
                    annotation,
                    parsed,
                    PlaceAttachments.arguments(parsed, heads),
                    PlaceAttachments.LOCATED,
                    LOCATED_ARGUMENT,
                    context))
        .or(() -> dateline.flatMap(d -> fromDateline(annotation, parsed, d, context)));
  }

  private Optional<EventPlace> attached(
      Annotation annotation,
      Sentence sentence,
      List<Integer> heads,
      Set<String> relations,
      String rule,
      GeoContext context) {
    for (int head : heads) {
      for (Dependency arc : sentence.dependencies()) {
        if (arc.governor() != head || !relations.contains(arc.relation())) {
          continue;
        }
        for (PlacePhrase phrase : PlacePhrase.at(annotation.text(), sentence, arc.dependent())) {
          if (!phrase.tagged() && !knownByMainName(phrase.text())) {
            continue;
          }
          Optional<GeoPlace> place = geocoder.resolve(phrase.text(), context);
          if (place.isPresent()) {
            return Optional.of(
                event(place.get(), new TextSpan(phrase.start(), phrase.end()), rule));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The dateline's place, unless the sentence names a place in another country. */
  private Optional<EventPlace> fromDateline(
      Annotation annotation,
      Sentence sentence,
      DatelineCountry.Dateline dateline,
      GeoContext context) {
    for (EntityMention mention : sentence.entities()) {
      if (mention.start() >= dateline.start() && mention.end() <= dateline.end()) {
        continue;
      }
      if (PlacePhrase.isLocation(mention.type())) {
        Optional<GeoPlace> named = geocoder.resolve(mention.text(), context);
        if (named.isPresent() && !named.get().country().equals(dateline.country())) {
          return Optional.empty();
        }
      }
    }
    boolean inSentence = dateline.start() >= sentence.start() && dateline.end() <= sentence.end();
    TextSpan span = inSentence ? new TextSpan(dateline.start(), dateline.end()) : null;
    return geocoder
        .resolve(dateline.place(), context)
        .filter(p -> p.country().equals(dateline.country()))
        .map(p -> event(p, span, DATELINE));
  }

  /**
   * Whether an untagged proper noun is a place by one of its main names: "English" is only an
   * alternate name of the United Kingdom, "Jordan" a main name of a country.
   */
  private boolean knownByMainName(String text) {
    return geocoder.gazetteer().lookup(text).stream().anyMatch(Gazetteer.Entry::main);
  }

  private static EventPlace event(GeoPlace place, TextSpan span, String rule) {
    return new EventPlace(
        place.name(),
        place.country().isEmpty() ? null : place.country(),
        place.coordinates().latitude(),
        place.coordinates().longitude(),
        place.precision(),
        span,
        rule);
  }
}
