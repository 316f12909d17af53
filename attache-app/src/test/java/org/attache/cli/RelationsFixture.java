package org.attache.cli;

import static org.attache.cli.StoredEvents.day;
import static org.attache.cli.StoredEvents.place;
import static org.attache.cli.StoredEvents.type;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.event.EventDate.Basis;
import org.attache.event.EventStatus;

/**
 * Five hand-coded events for the brief, export and stats tests: four between Belarus and Pakistan
 * (a planned visit in May 2023, a joint agreement in March, an accusation in January by an actor
 * whose name is hostile markup, an undated hosting) and a US sanction on Belarus outside the dyad.
 */
final class RelationsFixture {
  static final String VISIT =
      "Belarus Foreign Minister Sergei Aleinik will visit Islamabad tomorrow for talks.";
  static final String SIGN = "Pakistan and Belarus signed a trade agreement on 10 March 2023.";
  static final String ACCUSE = "In Minsk, the Pakistani envoy accused Belarus of meddling.";
  static final String HOST = "Belarus will host a Pakistani delegation.";
  static final String BAN = "The United States imposed sanctions on a Minsk-based company.";

  /** Markdown, HTML and XML metacharacters, a line break, a control and a bidi override. */
  static final String HOSTILE =
      "*Bad* [x](javascript:alert(1)) <script>&amp;|pipe\n# Head \u0007\u202eevil";

  private RelationsFixture() {}

  static StoredEvents store(Path folder) throws Exception {
    StoredEvents s =
        StoredEvents.ingest(folder, "Belarus and Pakistan", VISIT, SIGN, ACCUSE, HOST, BAN);
    Actor aleinik = Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister");
    Actor pakistan = Actor.of("PAK", null, null, null);
    Actor belarus = Actor.of("BLR", null, null, null);
    s.add(
        VISIT,
        1,
        "visit",
        type("042", "Make a visit", 1.9, 1, "CONSULT"),
        List.of(s.actor(VISIT, "Belarus Foreign Minister Sergei Aleinik", aleinik)),
        List.of(s.actor(VISIT, "Islamabad", Actor.of("PAK", "GOV", null, null))),
        EventStatus.PLANNED,
        day(LocalDate.of(2023, 5, 30), Basis.RELATIVE, s.span(VISIT, "tomorrow")),
        place("Islamabad", "PAK", s.span(VISIT, "Islamabad")));
    s.add(
        SIGN,
        2,
        "signed",
        type("057", "Sign formal agreement", 8.0, 1, "AGREE"),
        List.of(s.actor(SIGN, "Pakistan", pakistan), s.actor(SIGN, "Belarus", belarus)),
        List.of(),
        EventStatus.OCCURRED,
        day(LocalDate.of(2023, 3, 10), Basis.EXPLICIT, s.span(SIGN, "10 March 2023")),
        null);
    s.add(
        ACCUSE,
        3,
        "accused",
        type("112", "Accuse", -2.0, 3, "ACCUSE"),
        List.of(s.actor(ACCUSE, "the Pakistani envoy", Actor.of("PAK", "GOV", HOSTILE, null))),
        List.of(s.actor(ACCUSE, "Belarus", belarus)),
        EventStatus.OCCURRED,
        day(LocalDate.of(2023, 1, 15), Basis.PUBLICATION, null),
        place("Minsk", "BLR", s.span(ACCUSE, "Minsk")));
    s.add(
        HOST,
        4,
        "host",
        type("043", "Host a visit", 2.8, 1, "CONSULT"),
        List.of(s.actor(HOST, "Belarus", belarus)),
        List.of(s.actor(HOST, "a Pakistani delegation", Actor.of("PAK", "GOV", null, null))),
        EventStatus.PLANNED,
        null,
        null);
    s.add(
        BAN,
        5,
        "imposed",
        type("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION"),
        List.of(s.actor(BAN, "The United States", Actor.of("USA", "GOV", null, null))),
        List.of(s.actor(BAN, "a Minsk-based company", Actor.of("BLR", "BUS", null, null))),
        EventStatus.OCCURRED,
        day(LocalDate.of(2022, 6, 1), Basis.EXPLICIT, s.span(BAN, "The United")),
        null);
    return s.store();
  }
}
