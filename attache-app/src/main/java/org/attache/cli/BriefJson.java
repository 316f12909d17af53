package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A relations brief as one JSON object with a fixed key order: {@code countries}, {@code from},
 * {@code to}, {@code notes}, {@code events} (chronological) and {@code months} (the series). Text
 * from articles has control and bidirectional characters removed, as in the other formats.
 */
final class BriefJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BriefJson() {}

  static String write(RelationsBrief brief) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode countries = root.putArray("countries");
    for (String code : List.of(brief.first(), brief.second())) {
      countries.addObject().put("code", code).put("name", CountryNames.name(code));
    }
    root.put("from", brief.from() == null ? null : brief.from().toString());
    root.put("to", brief.to() == null ? null : brief.to().toString());
    ArrayNode notes = root.putArray("notes");
    brief.notes().forEach(notes::add);
    ArrayNode events = root.putArray("events");
    for (BriefEvent event : brief.events()) {
      ObjectNode node = events.addObject();
      node.put("id", event.id());
      node.put("start", event.start() == null ? null : event.start().toString());
      node.put("end", event.end() == null ? null : event.end().toString());
      node.put("what", BriefWords.what(event, MarkupText::strip));
      node.put("code", event.code());
      node.put("act", event.act());
      node.put("quad_class", event.quadClass());
      node.put("goldstein", event.goldstein());
      node.put("plover", event.ploverType());
      side(node.putArray("actors"), event.actors());
      side(node.putArray("recipients"), event.recipients());
      node.put("joint", event.joint());
      node.put(
          "where", event.placeName() == null ? null : BriefWords.where(event, MarkupText::strip));
      node.put("place_country", event.placeCountry());
      node.put("status", event.status());
      node.put("sources", event.sources());
      node.put("mentions", event.mentions());
    }
    ArrayNode months = root.putArray("months");
    for (MonthCounts month : brief.months()) {
      ObjectNode node = months.addObject();
      node.put("month", month.month().toString());
      node.put("events", month.events());
      node.put("verbal_cooperation", month.verbalCooperation());
      node.put("material_cooperation", month.materialCooperation());
      node.put("verbal_conflict", month.verbalConflict());
      node.put("material_conflict", month.materialConflict());
      node.put("goldstein", month.goldstein());
      node.put("cooperation", month.cooperation());
      node.put("conflict", month.conflict());
      node.put("unclassified", month.unclassified());
      ObjectNode plover = node.putObject("plover");
      month.plover().forEach(plover::put);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static void side(ArrayNode array, List<BriefEvent.Side> sides) {
    for (BriefEvent.Side side : sides) {
      array
          .addObject()
          .put("country", side.country())
          .put("name", side.name() == null ? null : MarkupText.strip(side.name()))
          .put("sector", side.sector());
    }
  }
}
