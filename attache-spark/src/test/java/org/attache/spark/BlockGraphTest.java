package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Blocks joined by the mentions that sit in several, each component labelled with its least key,
 * whatever order the mentions come in and however they are split between partitions.
 */
class BlockGraphTest {
  @Test
  void aChainOfBlocksGetsItsLeastKey() {
    List<List<String>> mentions =
        new ArrayList<>(
            List.of(
                List.of("e", "f"),
                List.of("d", "e"),
                List.of("c", "d"),
                List.of("b", "x"),
                List.of("c", "x"),
                List.of("q", "r"),
                List.of("z")));

    for (int turn = 0; turn < 2; turn++) {
      BlockGraph.Components components = new BlockGraph.Components();
      mentions.forEach(components::link);
      assertThat(components.least())
          .containsOnly(
              Map.entry("b", "b"),
              Map.entry("c", "b"),
              Map.entry("d", "b"),
              Map.entry("e", "b"),
              Map.entry("f", "b"),
              Map.entry("x", "b"),
              Map.entry("q", "q"),
              Map.entry("r", "q"));
      Collections.reverse(mentions);
    }
  }

  @Test
  void partitionsJoinedOnTheDriverGiveTheComponentsOfTheWholeGraph() {
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      List<List<String>> mentions = new ArrayList<>();
      for (int i = 1 + random.nextInt(60); i > 0; i--) {
        List<String> keys = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          keys.add("k" + random.nextInt(40));
        }
        mentions.add(keys.stream().distinct().sorted().toList());
      }
      int partitions = 1 + random.nextInt(4);
      Set<Tuple2<String, String>> links = new HashSet<>();
      for (int p = 0; p < partitions; p++) {
        BlockGraph.Components local = new BlockGraph.Components();
        for (int i = p; i < mentions.size(); i += partitions) {
          local.link(mentions.get(i));
        }
        links.addAll(local.joined());
      }
      BlockGraph.Components all = new BlockGraph.Components();
      links.forEach(link -> all.link(List.of(link._1(), link._2())));
      Map<String, String> least = all.least();

      Map<String, String> expected = bySearch(mentions);
      for (List<String> mention : mentions) {
        String first = mention.get(0);
        assertThat(least.getOrDefault(first, first)).isEqualTo(expected.get(first));
      }
    }
  }

  /** Each key's component's least key, by breadth-first search over the keys mentions share. */
  private static Map<String, String> bySearch(List<List<String>> mentions) {
    Map<String, Set<String>> next = new HashMap<>();
    for (List<String> mention : mentions) {
      for (String key : mention) {
        next.computeIfAbsent(key, k -> new HashSet<>()).addAll(mention);
      }
    }
    Map<String, String> least = new HashMap<>();
    for (String start : next.keySet()) {
      Set<String> seen = new HashSet<>(Set.of(start));
      ArrayDeque<String> queue = new ArrayDeque<>(seen);
      String min = start;
      while (!queue.isEmpty()) {
        String key = queue.poll();
        min = key.compareTo(min) < 0 ? key : min;
        for (String other : next.get(key)) {
          if (seen.add(other)) {
            queue.add(other);
          }
        }
      }
      least.put(start, min);
    }
    return least;
  }
}
