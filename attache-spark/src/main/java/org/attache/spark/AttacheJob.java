package org.attache.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The command line's pipeline on Spark: reads the inputs (one task per file), cleans every item,
 * keeps the documents the command line's store would keep (exact and near duplicates decided in
 * input order on the driver from a few facts per document), analyses them on the executors (one
 * analysis per executor JVM), fuses the event mentions one component of the block graph at a time,
 * and writes the store's tables as Parquet under the output folder ({@link Tables}). A document
 * that fails goes to the quarantine or is marked failed; it never fails the job. Outputs replace
 * the output folder's tables, and all ids are derived from content, so a retried task or a rerun
 * writes the same rows once.
 *
 * <p>{@code spark-submit --class org.attache.spark.AttacheJob attache-spark-VERSION-job.jar --input
 * PATH... --output DIR [--master local[2]]} (docs/spark.md).
 */
public final class AttacheJob {
  private AttacheJob() {}

  /** What a run wrote: documents kept, quarantined items, event mentions and fused events. */
  public record Summary(long documents, long quarantined, long mentions, long events) {}

  public static void main(String[] args) {
    JobOptions options = JobOptions.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("attache");
    if (options.master() != null) {
      builder = builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Summary summary = run(spark, options);
      System.out.printf(
          java.util.Locale.ROOT,
          "attache: %,d documents, %,d quarantined, %,d event mentions, %,d events in %s%n",
          summary.documents(),
          summary.quarantined(),
          summary.mentions(),
          summary.events(),
          options.output());
    } finally {
      spark.stop();
    }
  }

  /**
   * How the job keeps the records it reads more than once: serialized, so Spark's size estimate
   * reads a byte count instead of walking every record's objects (with deserialized records that
   * walk took about 8 % of a 600-document run's CPU on local[2]).
   */
  private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK_SER();

  /** Runs the job in {@code spark}'s application. */
  public static Summary run(SparkSession spark, JobOptions options) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> hadoop = new TreeMap<>();
    for (Tuple2<String, String> setting : spark.sparkContext().getConf().getAll()) {
      if (setting._1().startsWith("spark.hadoop.")) {
        hadoop.put(setting._1().substring("spark.hadoop.".length()), setting._2());
      }
    }
    List<InputUnit> units = InputUnits.expand(options.inputs(), context.hadoopConfiguration());
    JavaRDD<Processed> processed =
        Reading.read(spark, context, units, new UnitReader(hadoop)).persist(KEPT);
    Keeping decisions = Keeping.decide(processed);
    Broadcast<Map<String, Keeping.Kept>> kept = context.broadcast(decisions.kept());
    Broadcast<Map<String, String>> originals = context.broadcast(decisions.originals());
    int partitions = options.partitions() > 0 ? options.partitions() : context.defaultParallelism();
    JavaRDD<Analysed> analysed =
        processed
            .filter(item -> item.document() != null && kept.value().containsKey(item.key()))
            .map(
                item -> {
                  Keeping.Kept decision = kept.value().get(item.key());
                  return DocumentRows.with(
                      item.document(),
                      item.document().getAs("analysis"),
                      decision.original(),
                      decision.distance());
                })
            .repartition(partitions)
            .map(document -> Analysed.of(document, options))
            .persist(KEPT);
    JavaRDD<MentionRecord> mentions = analysed.flatMap(item -> item.mentions().iterator());
    JavaRDD<Fused> fused =
        BlockGraph.components(mentions)
            .groupByKey()
            .map(component -> Fused.of(component._2(), originals.value()))
            .persist(KEPT);
    Map<String, Long> written =
        new Output(spark, options.output())
            .writeAll(
                List.of(
                    new Output.Table(
                        Tables.DOCUMENTS, Tables.DOCUMENT, analysed.map(Analysed::document)),
                    new Output.Table(
                        Tables.DUPLICATES,
                        Tables.DUPLICATE,
                        context.parallelize(decisions.duplicates(), 1)),
                    new Output.Table(
                        Tables.QUARANTINE,
                        Tables.QUARANTINED,
                        processed
                            .filter(item -> item.quarantine() != null)
                            .map(Processed::quarantine)),
                    new Output.Table(
                        Tables.ANNOTATIONS,
                        Tables.ANNOTATION,
                        analysed
                            .filter(item -> item.annotation() != null)
                            .map(Analysed::annotation)),
                    new Output.Table(
                        Tables.ACTOR_MENTIONS,
                        Tables.ACTOR_MENTION,
                        analysed.flatMap(item -> item.actors().iterator())),
                    new Output.Table(
                        Tables.EVENT_MENTIONS,
                        Tables.EVENT_MENTION,
                        fused.flatMap(item -> item.mentions().iterator())),
                    new Output.Table(
                        Tables.EVENTS,
                        Tables.EVENT,
                        fused.flatMap(item -> item.events().iterator())),
                    new Output.Table(
                        Tables.EVENT_MERGES,
                        Tables.EVENT_MERGE,
                        fused.flatMap(item -> item.merges().iterator()))));
    fused.unpersist(false);
    analysed.unpersist(false);
    processed.unpersist(false);
    return new Summary(
        written.get(Tables.DOCUMENTS),
        written.get(Tables.QUARANTINE),
        written.get(Tables.EVENT_MENTIONS),
        written.get(Tables.EVENTS));
  }
}
