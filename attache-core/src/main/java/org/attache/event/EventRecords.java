package org.attache.event;

import static org.attache.model.CanonicalJson.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.actor.ActorMention;
import org.attache.model.CanonicalJson;

/**
 * Builds the public event record (EVENTS.md) of one event from the evidence of its mentions. The
 * event's fields summarise its mentions: the act of the first mention, the distinct actors and
 * recipients of all, the best-supported status (a report that it happened outweighs an
 * announcement), the date of the mention whose date rests on the most (explicit, then relative,
 * then publication) or the stated length of the event that contains it, the first place given, and
 * the number of distinct outlets. Mentions are ordered by publication date, document and position,
 * so the record does not depend on the order they are passed in.
 */
public final class EventRecords {
  private static final Comparator<Evidence> ORDER =
      Comparator.comparing(
              Evidence::published,
              Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
          .thenComparing(evidence -> evidence.mention().documentId())
          .thenComparingInt(evidence -> evidence.mention().trigger().start());

  /** The mark the date resolver puts in the rule of a range stretched by a stated duration. */
  private static final String DURATION_RULE = "+duration-";

  private EventRecords() {}

  /** The record as one line of canonical JSON. */
  public static String toJson(String eventId, List<Evidence> evidence) {
    return CanonicalJson.write(record(eventId, evidence));
  }

  /**
   * The record as one line of canonical JSON, with the number of sources counted by the caller
   * (fusion counts a near-duplicate article and its original as one source).
   */
  public static String toJson(String eventId, List<Evidence> evidence, int sources) {
    ObjectNode record = record(eventId, evidence);
    record.put("sources", sources);
    return CanonicalJson.write(record);
  }

  /** The record as a JSON tree. */
  public static ObjectNode record(String eventId, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs a mention: id=" + eventId);
    }
    List<Evidence> ordered = ordered(evidence);
    EventMention lead = ordered.get(0).mention();
    ObjectNode node = NODES.objectNode();
    node.put("id", eventId);
    node.set("cameo", cameo(lead.type()));
    node.set("plover", plover(lead.type()));
    node.set("actor", actors(ordered, true));
    node.set("recipient", actors(ordered, false));
    node.set("date", date(ordered).map(EventRecords::date).orElse(null));
    node.set("place", place(ordered).map(EventRecords::place).orElse(null));
    node.put("status", status(ordered).label());
    ArrayNode mentions = node.putArray("mentions");
    ordered.forEach(item -> mentions.add(mention(item)));
    node.put("sources", new TreeSet<>(ordered.stream().map(Evidence::outlet).toList()).size());
    return node;
  }

  /** The best-supported status: occurred, else planned, else hypothetical, else negated. */
  public static EventStatus status(List<Evidence> evidence) {
    return evidence.stream()
        .map(item -> item.mention().status())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * The date of the mention whose date rests on the most (explicit, relative, publication); among
   * equals, the first in order. When another mention states the event's length ("a two-day trip
   * from Tuesday") and its range contains that day-precision date, the longest such range is the
   * event's date: a report of the first day's talks does not shorten a two-day visit.
   */
  public static Optional<EventDate> date(List<Evidence> evidence) {
    List<EventDate> dates =
        ordered(evidence).stream()
            .map(item -> item.mention().date())
            .filter(Objects::nonNull)
            .toList();
    return dates.stream()
        .min(Comparator.comparing(EventDate::basis))
        .map(best -> extent(best, dates));
  }

  private static EventDate extent(EventDate best, List<EventDate> dates) {
    EventDate chosen = best;
    for (EventDate date : dates) {
      boolean stated =
          date.basis() != EventDate.Basis.PUBLICATION
              && date.precision() == EventDate.Precision.DAY
              && date.rule().contains(DURATION_RULE);
      if (stated
          && best.precision() == EventDate.Precision.DAY
          && !date.start().isAfter(best.start())
          && !date.end().isBefore(best.end())
          && length(date) > length(chosen)) {
        chosen = date;
      }
    }
    return chosen;
  }

  private static long length(EventDate date) {
    return java.time.temporal.ChronoUnit.DAYS.between(date.start(), date.end());
  }

  /** The first place given, in order. */
  public static Optional<EventPlace> place(List<Evidence> evidence) {
    return ordered(evidence).stream()
        .map(item -> item.mention().place())
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** The mentions by publication date, document and position. */
  public static List<Evidence> ordered(List<Evidence> evidence) {
    List<Evidence> ordered = new ArrayList<>(evidence);
    ordered.sort(ORDER);
    return ordered;
  }

  private static ObjectNode cameo(EventType type) {
    ObjectNode node = NODES.objectNode();
    node.put("code", type.code());
    node.put("root", type.root());
    node.put("name", type.name());
    node.put("goldstein", type.goldstein());
    node.put("quad_class", type.quadClass());
    return node;
  }

  private static ObjectNode plover(EventType type) {
    ObjectNode node = NODES.objectNode();
    node.put("type", type.ploverType());
    node.put("mode", type.ploverMode());
    node.set("context", CanonicalJson.array(type.ploverContext(), NODES::textNode));
    return node;
  }

  /**
   * The distinct actors (or recipients) of the event's mentions, in mention order, oriented by the
   * first report that names both sides (else the lead): a participant whose country is on just one
   * side of it stays on that side in every report ("the two ministers held talks" does not make the
   * host an actor of the visit, even when the lead, "the minister will arrive", names no host);
   * other participants keep their own side. A report of the converse act is read swapped against
   * the lead's act (hosting a visit, 043, against making it, 042: the host is the recipient).
   */
  public static List<ActorMention> side(List<Evidence> evidence, boolean actorSide) {
    List<Evidence> ordered = ordered(evidence);
    EventMention lead = ordered.get(0).mention();
    EventMention orienting =
        ordered.stream()
            .map(Evidence::mention)
            .filter(mention -> !mention.actors().isEmpty() && !mention.recipients().isEmpty())
            .findFirst()
            .orElse(lead);
    boolean turned = converse(lead.type().code(), orienting.type().code());
    Set<String> leadActors = countries(turned ? orienting.recipients() : orienting.actors());
    Set<String> leadRecipients = countries(turned ? orienting.actors() : orienting.recipients());
    Map<String, ActorMention> distinct = new LinkedHashMap<>();
    for (Evidence item : ordered) {
      EventMention mention = item.mention();
      boolean swapped = converse(lead.type().code(), mention.type().code());
      for (boolean asActor : new boolean[] {true, false}) {
        for (ActorMention actor : asActor ? mention.actors() : mention.recipients()) {
          String country = actor.actor().country();
          boolean onlyActor = leadActors.contains(country) && !leadRecipients.contains(country);
          boolean onlyRecipient = leadRecipients.contains(country) && !leadActors.contains(country);
          boolean onActorSide = onlyActor || (!onlyRecipient && asActor != swapped);
          if (onActorSide == actorSide) {
            distinct.putIfAbsent(actor.actor().id(), actor);
          }
        }
      }
    }
    return List.copyOf(distinct.values());
  }

  private static Set<String> countries(List<ActorMention> mentions) {
    Set<String> countries = new HashSet<>();
    mentions.forEach(mention -> countries.add(mention.actor().country()));
    return countries;
  }

  private static boolean converse(String lead, String code) {
    return (lead.equals("042") && code.equals("043")) || (lead.equals("043") && code.equals("042"));
  }

  private static ArrayNode actors(List<Evidence> evidence, boolean actorSide) {
    ArrayNode array = NODES.arrayNode();
    for (ActorMention mention : side(evidence, actorSide)) {
      ObjectNode node = array.addObject();
      node.put("country", mention.actor().country());
      node.put("sector", mention.actor().sector());
      node.put("name", mention.actor().name());
      node.put("title", mention.actor().title());
      node.put("text", mention.text());
      node.put("actor_id", mention.actor().id());
    }
    return array;
  }

  /** The date as the mention codec writes it, without the evidence (span and rule). */
  private static ObjectNode date(EventDate date) {
    ObjectNode node = EventMentionCodec.date(date);
    node.remove(List.of("span", "rule"));
    return node;
  }

  /** The place as the mention codec writes it, without the evidence (span and rule). */
  private static ObjectNode place(EventPlace place) {
    ObjectNode node = EventMentionCodec.place(place);
    node.remove(List.of("span", "rule"));
    return node;
  }

  private static ObjectNode mention(Evidence evidence) {
    EventMention mention = evidence.mention();
    ObjectNode node = NODES.objectNode();
    node.put("doc", mention.documentId());
    node.put("source", evidence.source());
    node.put("url", evidence.url());
    node.put("published", evidence.published() == null ? null : evidence.published().toString());
    node.put("sentence", evidence.sentence());
    node.put("status", mention.status().label());
    node.set("spans", spans(mention));
    return node;
  }

  /**
   * A mention's evidence spans as the record writes them: trigger, actor, recipient, date and place
   * as {@code [start, end]} offsets into the document's text (lists, empty when absent).
   */
  public static ObjectNode spans(EventMention mention) {
    ObjectNode spans = NODES.objectNode();
    spans.set("trigger", pair(mention.trigger()));
    spans.set("actor", pairs(mention.actors()));
    spans.set("recipient", pairs(mention.recipients()));
    ArrayNode dates = spans.putArray("date");
    if (mention.date() != null && mention.date().span() != null) {
      dates.add(pair(mention.date().span()));
    }
    ArrayNode places = spans.putArray("place");
    if (mention.place() != null && mention.place().span() != null) {
      places.add(pair(mention.place().span()));
    }
    return spans;
  }

  private static ArrayNode pairs(List<ActorMention> actors) {
    ArrayNode array = NODES.arrayNode();
    actors.forEach(actor -> array.add(pair(new TextSpan(actor.start(), actor.end()))));
    return array;
  }

  private static ArrayNode pair(TextSpan span) {
    return NODES.arrayNode().add(span.start()).add(span.end());
  }
}
