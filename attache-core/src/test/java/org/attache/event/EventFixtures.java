package org.attache.event;

import java.time.LocalDate;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;

/** Hand-built event mentions over one short text, for tests that need no coder. */
final class EventFixtures {
  /** Offsets below point into this text. */
  static final String TEXT =
      "Belarus Foreign Minister Sergei Aleinik will visit Islamabad tomorrow for talks.";

  static final EventType VISIT =
      new EventType("042", "04", "Make a visit", 1.9, 1, "CONSULT", "visit", List.of());

  private EventFixtures() {}

  static ActorMention aleinik() {
    return new ActorMention(
        0,
        38,
        0,
        TEXT.substring(0, 38),
        Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister"),
        "title + country");
  }

  static ActorMention islamabad() {
    return new ActorMention(
        51, 60, 0, "Islamabad", Actor.of("PAK", "GOV", null, null), "capital for its government");
  }

  static EventMention visit(String documentId, EventStatus status, EventDate.Basis basis) {
    EventDate date =
        new EventDate(
            LocalDate.of(2023, 5, 30),
            LocalDate.of(2023, 5, 31),
            EventDate.Precision.DAY,
            basis,
            basis == EventDate.Basis.PUBLICATION ? null : new TextSpan(61, 69),
            "timex of the trigger");
    EventPlace place =
        new EventPlace(
            "Islamabad",
            "PAK",
            33.69,
            73.06,
            EventPlace.Precision.CITY,
            new TextSpan(51, 60),
            "destination");
    return new EventMention(
        documentId,
        0,
        7,
        new TextSpan(44, 50),
        VISIT,
        List.of(aleinik()),
        List.of(islamabad()),
        status,
        date,
        place,
        "visit/verb",
        List.of("subject is actor", "object is recipient"));
  }
}
