package org.attache.cli;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An event of a brief in words: "Belarus (GOV, Sergei Aleinik) → Pakistan (GOV): Make a visit";
 * joint acts read "Belarus and Pakistan (jointly): …". Untrusted parts (names, places) pass through
 * the escape of the output format; country names come from the bundled tables.
 */
final class BriefWords {
  private BriefWords() {}

  static String what(BriefEvent event, UnaryOperator<String> escape) {
    StringBuilder text = new StringBuilder();
    if (event.joint()) {
      text.append(sides(event.actors(), " and ", escape)).append(" (jointly)");
    } else {
      text.append(event.actors().isEmpty() ? "someone" : sides(event.actors(), ", ", escape));
      if (!event.recipients().isEmpty()) {
        text.append(" → ").append(sides(event.recipients(), ", ", escape));
      }
    }
    return text.append(": ").append(escape.apply(event.act())).toString();
  }

  static String where(BriefEvent event, UnaryOperator<String> escape) {
    if (event.placeName() == null) {
      return "";
    }
    String country = event.placeCountry() == null ? "" : CountryNames.name(event.placeCountry());
    return escape.apply(
        country.isEmpty() || country.equals(event.placeName())
            ? event.placeName()
            : event.placeName() + ", " + country);
  }

  private static String sides(
      List<BriefEvent.Side> sides, String separator, UnaryOperator<String> escape) {
    StringBuilder text = new StringBuilder();
    for (BriefEvent.Side side : sides) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(escape.apply(CountryNames.name(side.country())));
      String details =
          side.sector() == null
              ? side.name()
              : side.name() == null ? side.sector() : side.sector() + ", " + side.name();
      if (details != null) {
        text.append(" (").append(escape.apply(details)).append(')');
      }
    }
    return text.toString();
  }
}
