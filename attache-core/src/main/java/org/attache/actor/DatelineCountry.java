package org.attache.actor;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the story country from a dateline, the place a report was filed from: "ISLAMABAD:" on a
 * line of its own, "MINSK, 31 May (BelTA) -", "WASHINGTON (Reuters) -", "Kyiv, March 3 —". Only the
 * first paragraphs are read, and only a known city or country counts, so an ordinary sentence
 * opening with a place name and a comma ("Moscow, however, …") is not taken: the place must be
 * followed by a colon, a date or an agency in brackets, and then a dash or colon.
 *
 * <p>The story country lets the actor resolver code unqualified domestic institutions ("the Foreign
 * Office", "police") as the country's own. Thread-safe.
 */
public final class DatelineCountry {
  private static final int PARAGRAPHS = 4;

  /** A place in capitals or title case, then ":" alone, or a date/agency part ending in a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}.'’ -]{1,40}?)"
              + "(?:\\s*:\\s*$|\\s*:\\s|,[^\\n]{1,40}?\\s(?:-{1,2}|[—–])\\s|\\s*\\([^)\\n]{1,30}\\)\\s*(?:-{1,2}|[—–:])\\s)");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

  private final ActorKnowledge knowledge;

  public DatelineCountry(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The ISO3 code of the dateline's country, or empty when the text has no known dateline. */
  public Optional<String> find(String text) {
    String[] paragraphs = PARAGRAPH_BREAK.split(text, PARAGRAPHS + 1);
    for (int i = 0; i < Math.min(PARAGRAPHS, paragraphs.length); i++) {
      Matcher matcher = DATELINE.matcher(paragraphs[i].strip());
      if (matcher.find()) {
        Optional<String> country = countryOf(matcher.group(1).strip());
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The dateline itself: the place as the tables write it ("NEW YORK" → "New York"), where the
   * place stands in the text, and its country; empty when the text has no known dateline.
   */
  public Optional<Dateline> dateline(String text) {
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int paragraphStart = 0;
    for (int i = 0; i < PARAGRAPHS && paragraphStart <= text.length(); i++) {
      int paragraphEnd = breaks.find() ? breaks.start() : text.length();
      String paragraph = text.substring(paragraphStart, paragraphEnd);
      int offset = paragraphStart + (paragraph.length() - paragraph.stripLeading().length());
      Matcher matcher = DATELINE.matcher(paragraph.strip());
      if (matcher.find()) {
        String raw = matcher.group(1).strip();
        Optional<String> country = countryOf(raw);
        if (country.isPresent()) {
          int start = offset + matcher.start(1);
          return Optional.of(
              new Dateline(titleCase(raw), start, start + raw.length(), country.get()));
        }
      }
      if (paragraphEnd == text.length()) {
        break;
      }
      paragraphStart = breaks.end();
    }
    return Optional.empty();
  }

  /**
   * A dateline's place name, its span {@code [start, end)} in the text and the ISO3 code of its
   * country.
   */
  public record Dateline(String place, int start, int end, String country) {}

  private Optional<String> countryOf(String place) {
    String name = titleCase(place);
    Optional<Country> country = knowledge.countryOfPlace(name).or(() -> knowledge.country(name));
    return country.map(Country::iso3);
  }

  /** "NEW YORK" → "New York": the tables hold names as written in running text. */
  private static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    boolean start = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
