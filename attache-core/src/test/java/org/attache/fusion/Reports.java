package org.attache.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventStatus;
import org.attache.event.EventType;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;

/** Hand-built evidence for fusion tests: a small builder over event mentions, no coder. */
final class Reports {
  static final Actor ALEINIK = Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister");
  static final Actor BELARUS_MINISTER = Actor.of("BLR", "GOV", null, "Foreign Minister");
  static final Actor LUKASHENKO = Actor.of("BLR", "GOV", "Alexander Lukashenko", "President");
  static final Actor PAKISTAN_GOVERNMENT = Actor.of("PAK", "GOV", null, null);
  static final Actor PAKISTAN = Actor.of("PAK", null, null, null);

  private final String document;
  private String code = "042";
  private final List<ActorMention> actors = new ArrayList<>();
  private final List<ActorMention> recipients = new ArrayList<>();
  private EventStatus status = EventStatus.OCCURRED;
  private EventDate date;
  private EventPlace place;
  private int sentence;
  private String source;
  private LocalDate published;
  private final List<String> rules = new ArrayList<>();
  private String text;

  private Reports(String document) {
    this.document = document;
  }

  static Reports in(String document) {
    return new Reports(document);
  }

  Reports code(String value) {
    code = value;
    return this;
  }

  Reports actor(Actor actor) {
    actors.add(mention(actor));
    return this;
  }

  Reports recipient(Actor actor) {
    recipients.add(mention(actor));
    return this;
  }

  Reports status(EventStatus value) {
    status = value;
    return this;
  }

  /** A date stated in the text; {@code rule} as the resolver writes it. */
  Reports stated(String start, String end, EventDate.Basis basis, String rule) {
    date =
        new EventDate(
            LocalDate.parse(start),
            LocalDate.parse(end),
            EventDate.Precision.DAY,
            basis,
            new TextSpan(0, 1),
            rule);
    return this;
  }

  Reports month(String start, String end) {
    date =
        new EventDate(
            LocalDate.parse(start),
            LocalDate.parse(end),
            EventDate.Precision.MONTH,
            EventDate.Basis.EXPLICIT,
            new TextSpan(0, 1),
            "timex:month");
    return this;
  }

  Reports publicationDate() {
    date =
        new EventDate(
            published,
            published,
            EventDate.Precision.DAY,
            EventDate.Basis.PUBLICATION,
            null,
            "pub");
    return this;
  }

  Reports city(String name, String country) {
    place =
        new EventPlace(name, country, null, null, EventPlace.Precision.CITY, null, "test place");
    return this;
  }

  /** A rule the coder would have recorded, such as {@code status:ongoing}. */
  Reports rule(String value) {
    rules.add(value);
    return this;
  }

  /** The sentence's text (default "sentence N"). */
  Reports text(String value) {
    text = value;
    return this;
  }

  Reports sentence(int value) {
    sentence = value;
    return this;
  }

  Reports from(String outlet, String day) {
    source = outlet;
    published = LocalDate.parse(day);
    return this;
  }

  Evidence build() {
    EventType type =
        new EventType(
            code, code.substring(0, 2), "act " + code, 1.0, 1, "CONSULT", null, List.of());
    EventMention mention =
        new EventMention(
            document,
            sentence,
            1,
            new TextSpan(10, 15),
            type,
            actors,
            recipients,
            status,
            date,
            place,
            "test/" + code,
            rules);
    String words = text != null ? text : "sentence " + sentence;
    return new Evidence(mention, source, null, published, words, 0);
  }

  private ActorMention mention(Actor actor) {
    String text = "x".repeat(5);
    return new ActorMention(0, text.length(), sentence, text, actor, "test actor");
  }
}
