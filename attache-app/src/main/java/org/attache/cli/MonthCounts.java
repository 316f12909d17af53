package org.attache.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One month of a brief's series: how many events began in it, by CAMEO QuadClass (verbal and
 * material cooperation and conflict), their summed Goldstein values, the PLOVER-based cooperation
 * and conflict counts ({@link PloverTone}) and the count of each PLOVER type. A month without
 * events has zeros.
 */
record MonthCounts(
    YearMonth month,
    int events,
    int verbalCooperation,
    int materialCooperation,
    int verbalConflict,
    int materialConflict,
    double goldstein,
    int cooperation,
    int conflict,
    int unclassified,
    Map<String, Integer> plover) {

  MonthCounts {
    Objects.requireNonNull(month, "month");
    plover = java.util.Collections.unmodifiableMap(new TreeMap<>(plover));
  }

  /**
   * The counts of the events among {@code events} that begin in {@code month}; an event that began
   * before {@code floor} (the first month of the range) counts in {@code floor}.
   */
  static MonthCounts of(YearMonth month, YearMonth floor, List<BriefEvent> events) {
    int total = 0;
    int[] quad = new int[5];
    double goldstein = 0;
    int[] tones = new int[PloverTone.values().length];
    Map<String, Integer> plover = new TreeMap<>();
    for (BriefEvent event : events) {
      if (!event.inMonthlySeries()) {
        continue;
      }
      YearMonth begun = YearMonth.from(event.start());
      if (!(begun.isBefore(floor) ? floor : begun).equals(month)) {
        continue;
      }
      total++;
      quad[event.quadClass()]++;
      goldstein += event.goldstein();
      tones[PloverTone.of(event.ploverType()).ordinal()]++;
      if (event.ploverType() != null) {
        plover.merge(event.ploverType(), 1, Integer::sum);
      }
    }
    return new MonthCounts(
        month,
        total,
        quad[1],
        quad[2],
        quad[3],
        quad[4],
        Math.round(goldstein * 100) / 100.0,
        tones[PloverTone.COOPERATION.ordinal()],
        tones[PloverTone.CONFLICT.ordinal()],
        tones[PloverTone.NONE.ordinal()],
        plover);
  }
}
