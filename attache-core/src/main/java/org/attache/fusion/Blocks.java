package org.attache.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Blocking: only reports that share a block are compared. A block is an act family ({@link
 * Acts#family}) with an unordered country dyad ("04/BLR|PAK"), or with a single country ("04/BLR"),
 * or, for reports whose actors resolved to no country, with each name their sentence mentions
 * ("04/~lohan", filed under its last word, {@link Names}) or else with none ("04/-": such reports
 * meet only each other). A report naming two or more countries sits in the block of each dyad and,
 * so that reports missing a side can meet it, in the block of each country, where it is compared
 * only with one-sided reports. Within a block, dated reports are swept in order of their window's
 * start and paired only while the windows are within a day of each other; an undated report is
 * paired with every report of its block. This is the in-memory form of blocking on (family, dyad,
 * time bucket); a distributed run keys on the same fields with buckets a window wide.
 */
final class Blocks {
  private static final Comparator<Report> BY_START =
      Comparator.comparing((Report report) -> report.window().start()).thenComparing(Report::id);

  private Blocks() {}

  /** The blocks a report sits in. */
  static Set<String> keys(Report report) {
    Set<String> keys = new TreeSet<>();
    List<String> countries = List.copyOf(report.countries());
    if (countries.isEmpty() && report.names().isEmpty()) {
      keys.add(report.family() + "/-");
    }
    report.names().forEach(name -> keys.add(report.family() + "/~" + Names.key(name)));
    for (int i = 0; i < countries.size(); i++) {
      keys.add(report.family() + "/" + countries.get(i));
      for (int j = i + 1; j < countries.size(); j++) {
        keys.add(report.family() + "/" + countries.get(i) + "|" + countries.get(j));
      }
    }
    return keys;
  }

  /** Each pair of reports sharing a block and a time window once, ordered by ids. */
  static List<Report[]> candidates(List<Report> reports) {
    Map<String, List<Report>> blocks = new TreeMap<>();
    for (Report report : reports) {
      keys(report).forEach(key -> blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(report));
    }
    Map<String, Report[]> pairs = new TreeMap<>();
    blocks.forEach((key, members) -> pairs(key, members, pairs));
    return List.copyOf(pairs.values());
  }

  private static void pairs(String key, List<Report> members, Map<String, Report[]> pairs) {
    boolean singleCountry = !key.contains("|") && !key.endsWith("/-") && !key.contains("/~");
    List<Report> dated = new ArrayList<>();
    List<Report> undated = new ArrayList<>();
    members.forEach(member -> (member.window() == null ? undated : dated).add(member));
    dated.sort(BY_START);
    for (int i = 0; i < dated.size(); i++) {
      Report first = dated.get(i);
      for (int j = i + 1; j < dated.size(); j++) {
        Report second = dated.get(j);
        if (second.window().start().isAfter(first.window().end().plusDays(1))) {
          break;
        }
        add(first, second, singleCountry, pairs);
      }
    }
    for (Report first : undated) {
      members.forEach(second -> add(first, second, singleCountry, pairs));
    }
  }

  private static void add(
      Report first, Report second, boolean singleCountry, Map<String, Report[]> pairs) {
    if (first == second
        || singleCountry && first.countries().size() > 1 && second.countries().size() > 1) {
      return;
    }
    boolean ordered = first.id().compareTo(second.id()) < 0;
    Report low = ordered ? first : second;
    Report high = ordered ? second : first;
    pairs.putIfAbsent(low.id() + "\u0000" + high.id(), new Report[] {low, high});
  }
}
