package org.attache.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.attache.fusion.EventFuser;
import scala.Tuple2;

/**
 * The connected components of the graph of mentions and their fusion blocks ({@link
 * EventFuser#blocks}): two mentions are only ever compared when they share a block, so fusing each
 * component by itself gives what fusing all mentions at once gives. Components are found by
 * min-label propagation: every mention starts labelled with its own id; each round, a block takes
 * the least label of its mentions and each mention the least label of its blocks; when a round
 * changes nothing, mentions with the same label form one component. Rounds grow with the longest
 * chain of blocks, a handful in practice.
 */
final class BlockGraph {
  private BlockGraph() {}

  /** Each mention keyed by its component's label (the least mention id in the component). */
  static JavaPairRDD<String, MentionRecord> components(JavaRDD<MentionRecord> mentions) {
    JavaPairRDD<String, String> mentionBlocks =
        mentions
            .flatMapToPair(
                mention ->
                    EventFuser.blocks(mention.evidence()).stream()
                        .map(block -> new Tuple2<>(mention.id(), block))
                        .iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        mentions.mapToPair(mention -> new Tuple2<>(mention.id(), mention.id())).cache();
    for (long changed = labels.count(); changed > 0; ) {
      JavaPairRDD<String, String> blockLabels =
          mentionBlocks.join(labels).mapToPair(pair -> pair._2()).reduceByKey(BlockGraph::least);
      JavaPairRDD<String, String> next =
          mentionBlocks
              .mapToPair(Tuple2::swap)
              .join(blockLabels)
              .mapToPair(pair -> pair._2())
              .union(labels)
              .reduceByKey(BlockGraph::least)
              .persist(StorageLevel.MEMORY_AND_DISK());
      changed = next.join(labels).filter(pair -> !pair._2()._1().equals(pair._2()._2())).count();
      labels.unpersist(false);
      labels = next;
    }
    JavaPairRDD<String, MentionRecord> byLabel =
        mentions
            .mapToPair(mention -> new Tuple2<>(mention.id(), mention))
            .join(labels)
            .mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()));
    mentionBlocks.unpersist(false);
    return byLabel;
  }

  private static String least(String first, String second) {
    return first.compareTo(second) <= 0 ? first : second;
  }
}
