package org.attache.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.attache.event.Evidence;

/**
 * The names a report's sentence mentions, for reports whose actors did not resolve to a country (a
 * resolved actor's name is compared by {@link Actors}): the runs of capitalised words in its
 * sentence ("Lindsay Lohan", "Betty Ford Center"), lower-cased. A run loses a leading function word
 * ("The", "He"); calendar words and function words alone are no names, nor is a single capitalised
 * word opening the sentence ("Police say …", "One of …"), since every sentence opens with a
 * capital. Two reports share a name when one name's words are all words of a name of the other
 * ("Lohan" and "Lindsay Lohan"); sharing names stands in for the actor identity such reports lack.
 * Language: capitalisation as English writes names.
 */
final class Names {
  /**
   * The actors' part of the score for reports of unknown actors sharing one, two, three or more
   * names. One common name ("Police", "Williams") is weak evidence, so alone it does not link two
   * reports: it needs a place or a date besides.
   */
  private static final double[] SHARED = {0, 0.4, 0.7, 0.85};

  /** Words that are capitalised for a reason other than being a name. */
  private static final Set<String> COMMON =
      Set.of(
          ("a an the this that these those he she it i we they you his her its our their my your "
                  + "in on at of for to from by with after before as and but or if when while so "
                  + "yet also there here what who how why where mr mrs ms dr monday tuesday "
                  + "wednesday thursday friday saturday sunday january february march april may "
                  + "june july august september october november december today yesterday tomorrow")
              .split(" "));

  private Names() {}

  /** The report's names, sorted; empty when it names none. */
  static SortedSet<String> of(Evidence evidence) {
    SortedSet<String> names = new TreeSet<>();
    List<String> run = new ArrayList<>();
    boolean opening = true;
    for (String word : evidence.sentence().split("[^\\p{L}\\p{N}'&.-]+")) {
      String clean = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (clean.isEmpty()) {
        continue;
      }
      boolean capital = Character.isUpperCase(clean.codePointAt(0));
      if (capital && !(run.isEmpty() && COMMON.contains(clean.toLowerCase(Locale.ROOT)))) {
        run.add(clean.toLowerCase(Locale.ROOT));
      } else {
        add(run, opening, names);
        run.clear();
        opening = false;
      }
    }
    add(run, opening, names);
    return names;
  }

  /** How many names of the report naming fewer are, word for word, within a name of the other. */
  static int shared(SortedSet<String> first, SortedSet<String> second) {
    SortedSet<String> small = first.size() <= second.size() ? first : second;
    SortedSet<String> large = small == first ? second : first;
    int shared = 0;
    for (String a : small) {
      if (large.stream().anyMatch(b -> a.equals(b) || within(a, b) || within(b, a))) {
        shared++;
      }
    }
    return shared;
  }

  /** The actors' part of the score for this many shared names (0 for none). */
  static double score(int shared) {
    return SHARED[Math.min(shared, SHARED.length - 1)];
  }

  /** The word a name is filed under for blocking: its last. */
  static String key(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static boolean within(String part, String whole) {
    return List.of(whole.split(" ")).containsAll(List.of(part.split(" ")));
  }

  private static void add(List<String> run, boolean opening, SortedSet<String> names) {
    if (opening && run.size() == 1) {
      return;
    }
    while (!run.isEmpty() && COMMON.contains(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    if (!run.isEmpty()) {
      names.add(String.join(" ", run));
    }
  }
}
