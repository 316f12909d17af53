package org.attache.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventStatus;
import org.attache.event.EventType;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;

/**
 * Synthetic news for the web load test: articles whose sentences each report one act between two of
 * {@value #COUNTRY_COUNT} countries ("Ghana accused Peru in Accra on 3 May 2019."), and the event
 * mentions a coder would make of them, with spans at the right offsets. Seeded: the same arguments
 * give the same store. Facts are invented; names are only labels.
 */
final class SyntheticEvents {
  static final int COUNTRY_COUNT = 30;

  /** Country code, name and capital. */
  record Country(String code, String name, String capital) {}

  /** A verb phrase (its first word is the trigger) and the act it codes. */
  record Act(String phrase, EventType type) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("BLR", "Belarus", "Minsk"),
          new Country("PAK", "Pakistan", "Islamabad"),
          new Country("USA", "the United States", "Washington"),
          new Country("CHN", "China", "Beijing"),
          new Country("RUS", "Russia", "Moscow"),
          new Country("IND", "India", "New Delhi"),
          new Country("FRA", "France", "Paris"),
          new Country("DEU", "Germany", "Berlin"),
          new Country("GBR", "Britain", "London"),
          new Country("JPN", "Japan", "Tokyo"),
          new Country("BRA", "Brazil", "Brasilia"),
          new Country("ZAF", "South Africa", "Pretoria"),
          new Country("NGA", "Nigeria", "Abuja"),
          new Country("EGY", "Egypt", "Cairo"),
          new Country("TUR", "Turkey", "Ankara"),
          new Country("IRN", "Iran", "Tehran"),
          new Country("SAU", "Saudi Arabia", "Riyadh"),
          new Country("KEN", "Kenya", "Nairobi"),
          new Country("MEX", "Mexico", "Mexico City"),
          new Country("ARG", "Argentina", "Buenos Aires"),
          new Country("IDN", "Indonesia", "Jakarta"),
          new Country("AUS", "Australia", "Canberra"),
          new Country("CAN", "Canada", "Ottawa"),
          new Country("UKR", "Ukraine", "Kyiv"),
          new Country("POL", "Poland", "Warsaw"),
          new Country("ITA", "Italy", "Rome"),
          new Country("ESP", "Spain", "Madrid"),
          new Country("KOR", "South Korea", "Seoul"),
          new Country("VNM", "Vietnam", "Hanoi"),
          new Country("GHA", "Ghana", "Accra"));

  static final List<Act> ACTS =
      List.of(
          act("visited", "042", "Make a visit", 1.9, 1, "CONSULT"),
          act("met with", "036", "Express intent to meet or negotiate", 4.0, 1, "CONSULT"),
          act("signed an agreement with", "057", "Sign formal agreement", 8.0, 1, "AGREE"),
          act("praised", "051", "Praise or endorse", 3.4, 1, null),
          act("provided aid to", "070", "Provide aid", 7.0, 2, "AID"),
          act("criticized", "111", "Criticize or denounce", -2.0, 3, "DISAPPROVE"),
          act("accused", "112", "Accuse", -2.0, 3, "ACCUSE"),
          act("threatened", "130", "Threaten", -4.4, 3, "THREATEN"),
          act(
              "imposed sanctions on",
              "163",
              "Impose embargo, boycott, or sanctions",
              -8.0,
              4,
              "SANCTION"),
          act("attacked", "190", "Use conventional military force", -10.0, 4, "ASSAULT"));

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ROOT);
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticEvents() {}

  private static Act act(
      String phrase, String code, String name, double goldstein, int quad, String plover) {
    return new Act(
        phrase,
        new EventType(code, code.substring(0, 2), name, goldstein, quad, plover, null, List.of()));
  }

  /** One generated sentence: its text, who, what, where and when. */
  record Line(
      String text, Country actor, Act act, Country recipient, Country place, LocalDate day) {}

  static List<Line> lines(Random random, int count) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Country actor = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      Country recipient = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      if (recipient == actor) {
        recipient = COUNTRIES.get((COUNTRIES.indexOf(actor) + 1) % COUNTRIES.size());
      }
      Act act = ACTS.get(random.nextInt(ACTS.size()));
      Country place = random.nextBoolean() ? actor : recipient;
      LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
      String text =
          capital(actor.name())
              + " "
              + act.phrase()
              + " "
              + recipient.name()
              + " in "
              + place.capital()
              + " on "
              + DAY.format(day)
              + ".";
      lines.add(new Line(text, actor, act, recipient, place, day));
    }
    return lines;
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Writes one JSON Lines article per element of {@code articles}. */
  static void writeArticles(Path file, List<List<Line>> articles) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles.size(); i++) {
        List<Line> lines = articles.get(i);
        Line first = lines.get(0);
        ObjectNode article = JSON.createObjectNode();
        article.put("id", String.format(Locale.ROOT, "syn-%06d", i));
        article.put("title", capital(first.actor().name()) + " and " + first.recipient().name());
        article.put("source", "synthetic-" + (i % 7));
        article.put("published", first.day().plusDays(1).toString());
        article.put("text", String.join("\n\n", lines.stream().map(Line::text).toList()) + "\n");
        out.write(JSON.writeValueAsString(article));
        out.write('\n');
      }
    }
  }

  /** The mentions of an article's lines found in its stored clean text. */
  static List<Evidence> evidence(String documentId, String text, List<Line> lines) {
    List<Evidence> evidence = new ArrayList<>();
    int from = 0;
    for (int index = 0; index < lines.size(); index++) {
      Line line = lines.get(index);
      int at = text.indexOf(line.text(), from);
      if (at < 0) {
        continue;
      }
      from = at + line.text().length();
      String sentence = line.text();
      String actorText = capital(line.actor().name());
      int trigger = at + actorText.length() + 1;
      int triggerEnd = trigger + line.act().phrase().split(" ")[0].length();
      int recipient = at + actorText.length() + 1 + line.act().phrase().length() + 1;
      int place = sentence.indexOf(" in " + line.place().capital()) + at + 4;
      int date = sentence.lastIndexOf(" on ") + at + 4;
      EventMention mention =
          new EventMention(
              documentId,
              index,
              1,
              new TextSpan(trigger, triggerEnd),
              line.act().type(),
              List.of(side(at, actorText, line.actor(), index)),
              List.of(side(recipient, line.recipient().name(), line.recipient(), index)),
              EventStatus.OCCURRED,
              new EventDate(
                  line.day(),
                  line.day(),
                  EventDate.Precision.DAY,
                  EventDate.Basis.EXPLICIT,
                  new TextSpan(date, at + sentence.length() - 1),
                  "synthetic"),
              new EventPlace(
                  line.place().capital(),
                  line.place().code(),
                  null,
                  null,
                  EventPlace.Precision.CITY,
                  new TextSpan(place, place + line.place().capital().length()),
                  "synthetic"),
              "synthetic:" + line.act().phrase(),
              List.of("synthetic"));
      evidence.add(new Evidence(mention, null, null, null, sentence, at));
    }
    return evidence;
  }

  private static ActorMention side(int start, String text, Country country, int sentence) {
    return new ActorMention(
        start,
        start + text.length(),
        sentence,
        text,
        Actor.of(country.code(), "GOV", null, null),
        "synthetic");
  }
}
