package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.attache.actor.ActorMention;
import org.attache.event.EventMention;
import org.attache.event.TextSpan;

/**
 * The evidence spans of one event mention as JSON: trigger, actors, recipients, date and place,
 * each as {@code start}/{@code end} character offsets (UTF-16 code units, as JavaScript counts
 * them) shifted by {@code origin}: 0 for offsets into the document's clean text, the sentence's
 * start for offsets into the sentence. A date or place without a span in the text is null.
 */
final class MentionSpans {
  private MentionSpans() {}

  static ObjectNode of(EventMention mention, int origin) {
    ObjectNode spans = Json.object();
    spans.set("trigger", span(mention.trigger(), origin));
    spans.set("actors", actors(mention.actors(), origin));
    spans.set("recipients", actors(mention.recipients(), origin));
    TextSpan date = mention.date() == null ? null : mention.date().span();
    spans.set("date", date == null ? null : span(date, origin));
    TextSpan place = mention.place() == null ? null : mention.place().span();
    spans.set("place", place == null ? null : span(place, origin));
    return spans;
  }

  private static ObjectNode span(TextSpan span, int origin) {
    return Json.object().put("start", span.start() - origin).put("end", span.end() - origin);
  }

  private static ArrayNode actors(List<ActorMention> actors, int origin) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (ActorMention actor : actors) {
      array
          .addObject()
          .put("start", actor.start() - origin)
          .put("end", actor.end() - origin)
          .put("text", actor.text())
          .put("country", actor.actor().country())
          .put("sector", actor.actor().sector())
          .put("name", actor.actor().name());
    }
    return array;
  }
}
