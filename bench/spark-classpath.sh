# Sourced by bench/end-to-end and bench/ratio-rounds: builds the Spark module's class path and reads
# the JVM options Spark needs, for org.attache.spark.SparkBenchmark.
#
#   spark_setup WORK      # sets spark_cp and spark_opts; run from the repository root
spark_setup() {
  ./mvnw -q -B -o -pl attache-spark -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$1/spark-classpath.txt" -Dmdep.includeScope=test >&2
  local root
  root="$(pwd)"
  spark_cp="$root/attache-spark/target/test-classes:$root/attache-spark/target/classes"
  spark_cp="$spark_cp:$root/attache-app/target/classes:$root/attache-nlp/target/classes"
  spark_cp="$spark_cp:$root/attache-core/target/classes:$(cat "$1/spark-classpath.txt")"
  spark_opts="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' attache-spark/pom.xml)"
}
