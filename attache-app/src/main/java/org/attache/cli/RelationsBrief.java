package org.attache.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The relation between two countries over a period: its events in chronological order (undated
 * events last) and the monthly series of cooperation and conflict, every month of the range present
 * (zeros when nothing happened). The range is {@code from}..{@code to} when given, else the months
 * of the first and last dated events. Notes tell the reader what the brief cannot show.
 */
record RelationsBrief(
    String first,
    String second,
    LocalDate from,
    LocalDate to,
    List<BriefEvent> events,
    List<MonthCounts> months,
    List<String> notes) {

  static final Comparator<BriefEvent> CHRONOLOGICAL =
      Comparator.comparing(BriefEvent::start, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(BriefEvent::id);

  RelationsBrief {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    events = List.copyOf(events);
    months = List.copyOf(months);
    notes = List.copyOf(notes);
  }

  static RelationsBrief of(
      String first, String second, LocalDate from, LocalDate to, List<BriefEvent> found) {
    List<BriefEvent> events = new ArrayList<>(found);
    events.sort(CHRONOLOGICAL);
    List<LocalDate> dates =
        events.stream().map(BriefEvent::start).filter(Objects::nonNull).toList();
    List<String> notes = new ArrayList<>();
    for (String code : List.of(first, second)) {
      if (CountryNames.country(code).isEmpty()) {
        notes.add(
            code + " is not a country in the bundled tables (an organisation or unknown code).");
      }
    }
    if (events.isEmpty()) {
      notes.add("No stored event involves both " + first + " and " + second + " in this period.");
    }
    long undated = events.size() - dates.size();
    if (undated > 0) {
      notes.add(undated + " event(s) without a date are listed last and left out of the series.");
    }
    long yearly = events.stream().filter(e -> e.start() != null && !e.inMonthlySeries()).count();
    if (yearly > 0) {
      notes.add(
          yearly
              + " event(s) dated only to a year are listed but left out of the monthly series,"
              + " which would otherwise count them in January.");
    }
    List<LocalDate> monthly =
        events.stream().filter(BriefEvent::inMonthlySeries).map(BriefEvent::start).toList();
    List<MonthCounts> months = new ArrayList<>();
    YearMonth start =
        from != null ? YearMonth.from(from) : monthly.isEmpty() ? null : month(monthly, true);
    YearMonth end =
        to != null ? YearMonth.from(to) : monthly.isEmpty() ? null : month(monthly, false);
    if (start != null && end != null) {
      for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
        months.add(MonthCounts.of(month, start, events));
      }
    }
    return new RelationsBrief(first, second, from, to, events, months, notes);
  }

  private static YearMonth month(List<LocalDate> dates, boolean first) {
    LocalDate day =
        first
            ? dates.stream().min(Comparator.naturalOrder()).orElseThrow()
            : dates.stream().max(Comparator.naturalOrder()).orElseThrow();
    return YearMonth.from(day);
  }
}
