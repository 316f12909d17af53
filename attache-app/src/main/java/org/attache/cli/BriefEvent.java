package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event of a relations brief, read from its public record (EVENTS.md), so it is the same
 * whether the event gathers one mention or many: dates, act, sides, place, status and how many
 * outlets and reports carry it. {@code start} and {@code end} are null when the event has no date;
 * {@code precision} is day, month or year (null without a date).
 */
record BriefEvent(
    String id,
    LocalDate start,
    LocalDate end,
    String precision,
    String code,
    String act,
    int quadClass,
    double goldstein,
    String ploverType,
    List<Side> actors,
    List<Side> recipients,
    String placeName,
    String placeCountry,
    String status,
    int sources,
    int mentions) {

  /**
   * One actor: a country (or organisation) code, its CAMEO sector and a name, null when unknown.
   */
  record Side(String country, String sector, String name) {
    Side {
      Objects.requireNonNull(country, "country");
    }
  }

  /** Whether the event is dated to a month or a day, so that it has a month in the series. */
  boolean inMonthlySeries() {
    return start != null && !"year".equals(precision);
  }

  BriefEvent {
    Objects.requireNonNull(id, "id");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
  }

  static BriefEvent of(JsonNode record) {
    JsonNode date = record.path("date");
    JsonNode place = record.path("place");
    return new BriefEvent(
        record.path("id").asText(),
        day(date.path("start")),
        day(date.path("end")),
        text(date.path("precision")),
        record.at("/cameo/code").asText(),
        record.at("/cameo/name").asText(),
        record.at("/cameo/quad_class").asInt(),
        record.at("/cameo/goldstein").asDouble(),
        text(record.at("/plover/type")),
        sides(record.path("actor")),
        sides(record.path("recipient")),
        text(place.path("name")),
        text(place.path("country")),
        record.path("status").asText(),
        record.path("sources").asInt(),
        record.path("mentions").size());
  }

  /** Both sides acted together: no recipient and more than one actor. */
  boolean joint() {
    return recipients.isEmpty() && actors.size() > 1;
  }

  private static List<Side> sides(JsonNode array) {
    List<Side> sides = new ArrayList<>();
    for (JsonNode node : array) {
      sides.add(
          new Side(
              node.path("country").asText(), text(node.path("sector")), text(node.path("name"))));
    }
    return sides;
  }

  private static LocalDate day(JsonNode node) {
    return node.isTextual() ? LocalDate.parse(node.asText()) : null;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
