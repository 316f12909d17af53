package org.attache.event;

import static org.attache.model.CanonicalJson.NODES;
import static org.attache.model.CanonicalJson.array;
import static org.attache.model.CanonicalJson.integer;
import static org.attache.model.CanonicalJson.list;
import static org.attache.model.CanonicalJson.number;
import static org.attache.model.CanonicalJson.optionalNumber;
import static org.attache.model.CanonicalJson.optionalObject;
import static org.attache.model.CanonicalJson.optionalString;
import static org.attache.model.CanonicalJson.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.model.CanonicalJson;

/**
 * Writes an {@link EventMention} as canonical JSON and reads it back, so that stored mentions can
 * be shown, explained and fused later without coding the text again. The layout is the project's
 * own (every field of the record, with {@code "format": 1}); the public event record of EVENTS.md
 * is built from mentions by {@link EventRecords}.
 */
public final class EventMentionCodec {
  /** The version of the JSON layout written by this codec. */
  public static final int FORMAT = 1;

  private EventMentionCodec() {}

  /** The mention as one line of canonical JSON. */
  public static String toJson(EventMention mention) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("documentId", mention.documentId());
    root.put("sentence", mention.sentence());
    root.put("triggerToken", mention.triggerToken());
    root.set("trigger", span(mention.trigger()));
    root.set("type", type(mention.type()));
    root.set("actors", array(mention.actors(), EventMentionCodec::actor));
    root.set("recipients", array(mention.recipients(), EventMentionCodec::actor));
    root.put("status", mention.status().label());
    root.set("date", mention.date() == null ? null : date(mention.date()));
    root.set("place", mention.place() == null ? null : place(mention.place()));
    root.put("lexiconEntry", mention.lexiconEntry());
    root.set("rules", array(mention.rules(), NODES::textNode));
    return CanonicalJson.write(root);
  }

  /**
   * Reads JSON written by {@link #toJson(EventMention)}.
   *
   * @throws IllegalArgumentException if the JSON is malformed, of another format, misses a field or
   *     breaks a record's invariant
   */
  public static EventMention fromJson(String json) {
    JsonNode root = CanonicalJson.readObject(json, "event mention JSON");
    int format = integer(root, "format");
    if (format != FORMAT) {
      throw new IllegalArgumentException(
          "event mention JSON has format " + format + ", this codec reads " + FORMAT);
    }
    JsonNode date = optionalObject(root, "date");
    JsonNode place = optionalObject(root, "place");
    return new EventMention(
        string(root, "documentId"),
        integer(root, "sentence"),
        integer(root, "triggerToken"),
        readSpan(root.get("trigger")),
        readType(root.get("type")),
        list(root, "actors", EventMentionCodec::readActor),
        list(root, "recipients", EventMentionCodec::readActor),
        EventStatus.valueOf(string(root, "status").toUpperCase(Locale.ROOT)),
        date == null ? null : readDate(date),
        place == null ? null : readPlace(place),
        string(root, "lexiconEntry"),
        list(root, "rules", JsonNode::asText));
  }

  static ObjectNode span(TextSpan span) {
    ObjectNode node = NODES.objectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    return node;
  }

  private static ObjectNode type(EventType type) {
    ObjectNode node = NODES.objectNode();
    node.put("code", type.code());
    node.put("root", type.root());
    node.put("name", type.name());
    node.put("goldstein", type.goldstein());
    node.put("quadClass", type.quadClass());
    node.put("ploverType", type.ploverType());
    node.put("ploverMode", type.ploverMode());
    node.set("ploverContext", array(type.ploverContext(), NODES::textNode));
    return node;
  }

  private static ObjectNode actor(ActorMention mention) {
    ObjectNode node = NODES.objectNode();
    node.put("start", mention.start());
    node.put("end", mention.end());
    node.put("sentence", mention.sentence());
    node.put("text", mention.text());
    node.put("reason", mention.reason());
    Actor actor = mention.actor();
    node.put("country", actor.country());
    node.put("sector", actor.sector());
    node.put("name", actor.name());
    node.put("title", actor.title());
    node.put("id", actor.id());
    return node;
  }

  static ObjectNode date(EventDate date) {
    ObjectNode node = NODES.objectNode();
    node.put("start", date.start().toString());
    node.put("end", date.end().toString());
    node.put("precision", date.precision().label());
    node.put("basis", date.basis().label());
    node.set("span", date.span() == null ? null : span(date.span()));
    node.put("rule", date.rule());
    return node;
  }

  static ObjectNode place(EventPlace place) {
    ObjectNode node = NODES.objectNode();
    node.put("name", place.name());
    node.put("country", place.country());
    node.put("lat", place.lat());
    node.put("lon", place.lon());
    node.put("precision", place.precision().label());
    node.set("span", place.span() == null ? null : span(place.span()));
    node.put("rule", place.rule());
    return node;
  }

  private static TextSpan readSpan(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a span must be an object: " + node);
    }
    return new TextSpan(integer(node, "start"), integer(node, "end"));
  }

  private static EventType readType(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("field type must be an object: " + node);
    }
    return new EventType(
        string(node, "code"),
        string(node, "root"),
        string(node, "name"),
        number(node, "goldstein"),
        integer(node, "quadClass"),
        optionalString(node, "ploverType"),
        optionalString(node, "ploverMode"),
        list(node, "ploverContext", JsonNode::asText));
  }

  private static ActorMention readActor(JsonNode node) {
    Actor actor =
        new Actor(
            string(node, "country"),
            optionalString(node, "sector"),
            optionalString(node, "name"),
            optionalString(node, "title"),
            string(node, "id"));
    return new ActorMention(
        integer(node, "start"),
        integer(node, "end"),
        integer(node, "sentence"),
        string(node, "text"),
        actor,
        string(node, "reason"));
  }

  private static EventDate readDate(JsonNode node) {
    JsonNode span = optionalObject(node, "span");
    return new EventDate(
        day(string(node, "start")),
        day(string(node, "end")),
        EventDate.Precision.valueOf(string(node, "precision").toUpperCase(Locale.ROOT)),
        EventDate.Basis.valueOf(string(node, "basis").toUpperCase(Locale.ROOT)),
        span == null ? null : readSpan(span),
        string(node, "rule"));
  }

  private static EventPlace readPlace(JsonNode node) {
    JsonNode span = optionalObject(node, "span");
    return new EventPlace(
        string(node, "name"),
        optionalString(node, "country"),
        optionalNumber(node, "lat"),
        optionalNumber(node, "lon"),
        EventPlace.Precision.valueOf(string(node, "precision").toUpperCase(Locale.ROOT)),
        span == null ? null : readSpan(span),
        string(node, "rule"));
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date: " + text, e);
    }
  }
}
