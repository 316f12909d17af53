package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attache.actor.ActorMention;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventRecords;
import org.attache.event.Evidence;

/**
 * One row of the {@code events} table: the summary columns filters and tables read, and the public
 * record (EVENTS.md). Built from an event's evidence, in the store and on Spark alike, so both
 * write the same row for the same event.
 */
public record EventRow(
    String id,
    String cameoCode,
    String cameoRoot,
    String cameoName,
    int quadClass,
    double goldstein,
    String ploverType,
    List<String> actorCountries,
    List<String> recipientCountries,
    String actors,
    String recipients,
    String status,
    LocalDate dateStart,
    LocalDate dateEnd,
    String placeName,
    String placeCountry,
    int mentions,
    int sources,
    String firstDocument,
    String record) {

  public EventRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(record, "record");
    actorCountries = List.copyOf(actorCountries);
    recipientCountries = List.copyOf(recipientCountries);
  }

  /** The row of event {@code eventId} made of {@code evidence}, from {@code sources} outlets. */
  public static EventRow of(String eventId, List<Evidence> evidence, int sources) {
    EventMention lead = EventRecords.ordered(evidence).get(0).mention();
    Optional<EventDate> date = EventRecords.date(evidence);
    Optional<EventPlace> place = EventRecords.place(evidence);
    return new EventRow(
        eventId,
        lead.type().code(),
        lead.type().root(),
        lead.type().name(),
        lead.type().quadClass(),
        lead.type().goldstein(),
        lead.type().ploverType(),
        countries(evidence, true),
        countries(evidence, false),
        names(evidence, true),
        names(evidence, false),
        EventRecords.status(evidence).label(),
        date.map(EventDate::start).orElse(null),
        date.map(EventDate::end).orElse(null),
        place.map(EventPlace::name).orElse(null),
        place.map(EventPlace::country).orElse(null),
        evidence.size(),
        sources,
        lead.documentId(),
        EventRecords.toJson(eventId, evidence, sources));
  }

  /** The row's values in the column order of the {@code events} table. */
  Object[] columns() {
    return new Object[] {
      id,
      cameoCode,
      cameoRoot,
      cameoName,
      quadClass,
      goldstein,
      ploverType,
      actorCountries,
      recipientCountries,
      actors,
      recipients,
      status,
      dateStart,
      dateEnd,
      placeName,
      placeCountry,
      mentions,
      sources,
      firstDocument,
      record
    };
  }

  private static List<String> countries(List<Evidence> evidence, boolean actors) {
    Set<String> codes = new LinkedHashSet<>();
    EventRecords.side(evidence, actors).forEach(mention -> codes.add(mention.actor().country()));
    return new ArrayList<>(codes);
  }

  /** "BLR GOV Sergei Aleinik; PAK GOV": what a table cell shows of one side. */
  private static String names(List<Evidence> evidence, boolean actors) {
    Set<String> names = new LinkedHashSet<>();
    for (ActorMention mention : EventRecords.side(evidence, actors)) {
      StringBuilder name = new StringBuilder(mention.actor().country());
      if (mention.actor().sector() != null) {
        name.append(' ').append(mention.actor().sector());
      }
      if (mention.actor().name() != null) {
        name.append(' ').append(mention.actor().name());
      }
      names.add(name.toString());
    }
    return String.join("; ", names);
  }
}
