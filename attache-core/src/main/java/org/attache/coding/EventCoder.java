package org.attache.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.annotate.Annotation;
import org.attache.annotate.Dependency;
import org.attache.annotate.DependencyGraph;
import org.attache.annotate.Sentence;
import org.attache.event.DateResolver;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventType;
import org.attache.event.PlaceResolver;
import org.attache.event.TextSpan;

/**
 * Codes a document's event mentions: who did what to whom, with which status, when and where. For
 * each sentence the {@link PredicateLexicon}'s predicates are found in the dependency graph, their
 * actor and recipient phrases are found ({@link ArgumentFinder}) and mapped by token offsets to the
 * document's {@link ActorMention}s, the status is read from the clause, and the date and place are
 * asked of the resolvers given at construction (they are stateless, so one coder serves every
 * document and thread).
 *
 * <p>Policy, in order of priority: never an event in the wrong direction, then as many events as
 * possible. An event needs at least one actor or recipient that resolved to an actor mention (both
 * is best); a mention found as both actor and recipient is kept as actor only, and a recipient is
 * dropped rather than guessed; the one fallback is the country of a "to" destination the actor
 * resolver left as a place ({@link PlaceRecipient}). Reported speech gives two events when the
 * lexicon codes the speech verb: "X said that Y visited Z" is X's statement (010) and Y's visit to
 * Z, the visit carrying the rule {@code reported-speech:say}. Results are ordered by sentence, then
 * trigger token. Immutable and thread-safe.
 */
public final class EventCoder {

  private final PredicateLexicon lexicon;
  private final CameoCodes codes;
  private final DateResolver dates;
  private final PlaceResolver places;
  private final ActorKnowledge knowledge;
  private final PlaceRecipient destinations;
  private final boolean keepUnresolved;
  private final PredicateMatcher matcher;
  private final ArgumentFinder arguments;

  /** A coder with the bundled actor knowledge for destinations (see {@link PlaceRecipient}). */
  public EventCoder(
      PredicateLexicon lexicon, CameoCodes codes, DateResolver dates, PlaceResolver places) {
    this(lexicon, codes, dates, places, ActorKnowledge.bundled(), false);
  }

  /** A coder whose destination countries come from this knowledge (with the user's files). */
  public EventCoder(
      PredicateLexicon lexicon,
      CameoCodes codes,
      DateResolver dates,
      PlaceResolver places,
      ActorKnowledge knowledge) {
    this(lexicon, codes, dates, places, knowledge, false);
  }

  private EventCoder(
      PredicateLexicon lexicon,
      CameoCodes codes,
      DateResolver dates,
      PlaceResolver places,
      ActorKnowledge knowledge,
      boolean keepUnresolved) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.destinations = new PlaceRecipient(knowledge);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.codes = Objects.requireNonNull(codes, "codes");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.places = Objects.requireNonNull(places, "places");
    this.keepUnresolved = keepUnresolved;
    this.matcher = new PredicateMatcher(lexicon);
    this.arguments = new ArgumentFinder(lexicon);
  }

  /**
   * A coder that also returns predicates with neither actor nor recipient resolved, for measuring
   * the act alone (as the CAMEO dev evaluation does); production uses the constructor.
   */
  public EventCoder keepingUnresolved() {
    return new EventCoder(lexicon, codes, dates, places, knowledge, true);
  }

  /**
   * The event mentions of one document.
   *
   * @param actors the document's actor mentions, as the actor resolver found them
   */
  public List<EventMention> code(Annotation annotation, List<ActorMention> actors) {
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(actors, "actors");
    List<EventMention> events = new ArrayList<>();
    PlaceResolver documentPlaces = places.forDocument(annotation);
    for (Sentence sentence : annotation.sentences()) {
      DependencyGraph graph = new DependencyGraph(sentence);
      List<ActorMention> here =
          actors.stream().filter(m -> m.sentence() == sentence.index()).toList();
      ActorLocator locator = new ActorLocator(graph, here);
      for (PredicateMatch match : matcher.find(graph)) {
        code(annotation, graph, locator, match, documentPlaces).ifPresent(events::add);
      }
    }
    return List.copyOf(events);
  }

  private Optional<EventMention> code(
      Annotation annotation,
      DependencyGraph graph,
      ActorLocator locator,
      PredicateMatch match,
      PlaceResolver documentPlaces) {
    Arguments found = arguments.find(graph, match, locator);
    List<ActorMention> actorMentions = mentions(locator, found.actors(), List.of());
    List<ActorMention> recipientMentions =
        new ArrayList<>(mentions(locator, found.recipients(), actorMentions));
    List<String> extra = new ArrayList<>();
    if (recipientMentions.isEmpty() && !actorMentions.isEmpty()) {
      destinations
          .find(graph, match.head(), actorMentions, annotation.text())
          .ifPresent(
              m -> {
                recipientMentions.add(m);
                extra.add("recipient:destination-country");
              });
    }
    List<ActorMention> jointActors = withoutRecipientCountries(actorMentions, recipientMentions);
    if (jointActors.size() < actorMentions.size()) {
      actorMentions = jointActors;
      extra.add("actor:joint-without-recipient");
    }
    if (actorMentions.isEmpty() && recipientMentions.isEmpty() && !keepUnresolved) {
      return Optional.empty();
    }
    LexiconEntry entry = match.entry();
    EventType type =
        codes
            .type(entry.code())
            .orElseThrow(() -> new IllegalStateException("no CAMEO code " + entry.code()));
    List<String> rules = new ArrayList<>();
    rules.add("lexicon:" + entry.id());
    rules.addAll(found.rules());
    rules.addAll(extra);
    StatusFinder.Found status = StatusFinder.find(graph, match.head(), annotation.published());
    if (status.rule() != null) {
      rules.add(status.rule());
    }
    reportedBy(graph, match.head()).ifPresent(rules::add);
    int sentence = graph.sentence().index();
    EventDate date = dates.date(annotation, sentence, match.head(), status.status()).orElse(null);
    EventPlace place =
        documentPlaces.place(annotation, sentence, match.head(), entry.isMovement()).orElse(null);
    TextSpan trigger =
        new TextSpan(graph.token(match.first()).start(), graph.token(match.last()).end());
    return Optional.of(
        new EventMention(
            annotation.documentId(),
            sentence,
            match.head(),
            trigger,
            type,
            actorMentions,
            recipientMentions,
            status.status(),
            date,
            place,
            entry.id(),
            rules));
  }

  /**
   * Joint actors ("the two countries signed …") less those of a recipient's country, when an actor
   * of another country remains: in "the two countries … a visit to Pakistan" the visitor is the
   * other country, and no country is on both sides of one act.
   */
  private static List<ActorMention> withoutRecipientCountries(
      List<ActorMention> actors, List<ActorMention> recipients) {
    Set<String> targets = new HashSet<>();
    recipients.forEach(m -> targets.add(m.actor().country()));
    List<ActorMention> kept =
        actors.stream().filter(m -> !targets.contains(m.actor().country())).toList();
    return kept.isEmpty() ? actors : kept;
  }

  /** The actor mentions of the argument heads, without those already taken by the other side. */
  private static List<ActorMention> mentions(
      ActorLocator locator, List<Integer> heads, List<ActorMention> taken) {
    List<ActorMention> found = new ArrayList<>();
    for (int head : heads) {
      for (ActorMention mention : locator.at(head)) {
        if (!found.contains(mention) && !taken.contains(mention)) {
          found.add(mention);
        }
      }
    }
    return found;
  }

  /** The rule naming the speech verb whose reported clause holds the trigger, if any. */
  private Optional<String> reportedBy(DependencyGraph graph, int head) {
    int current = head;
    for (int step = 0; step < 4; step++) {
      Dependency up = graph.parent(current, List.of("ccomp", "xcomp", "obj", "nsubj:pass"));
      if (up == null) {
        return Optional.empty();
      }
      if (DependencyGraph.is(up, "ccomp")) {
        String lemma = graph.lemma(up.governor());
        boolean statement =
            lexicon.entries(lemma).stream().anyMatch(e -> e.code().startsWith("01"));
        return statement ? Optional.of("reported-speech:" + lemma) : Optional.empty();
      }
      current = up.governor();
    }
    return Optional.empty();
  }
}
