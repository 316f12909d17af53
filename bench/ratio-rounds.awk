# Turns bench/ratio-rounds' RESULT lines into a table of rounds and the median ratios, one per
# configuration of Attaché (a thread count, or "spark").
# A ratio is the baseline's wall (or worker CPU) time over Attaché's on the same documents, which
# is the ratio of their sentences per second (bench/end-to-end counts both sides' sentences as
# NlpConfig.fast() splits them). The Spark job's CPU is its process CPU, Spark's own work included
# (its analysis cannot be timed apart from it).
function field(line, name,    parts, i, kv) {
  n = split(line, parts, " ")
  for (i = 1; i <= n; i++) {
    split(parts[i], kv, "=")
    if (kv[1] == name) return kv[2]
  }
  return ""
}
function median(values, count,    sorted, i, j, t) {
  for (i = 1; i <= count; i++) sorted[i] = values[i]
  for (i = 2; i <= count; i++) {
    t = sorted[i]
    for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]
    sorted[j + 1] = t
  }
  return count % 2 ? sorted[(count + 1) / 2] : (sorted[count / 2] + sorted[count / 2 + 1]) / 2
}
/^RESULT / {
  r = field($0, "round")
  if (field($0, "mode") == "baseline") {
    bwall[r] = field($0, "wall"); bcpu[r] = field($0, "thread_cpu"); brss[r] = field($0, "rss_mb")
  } else {
    c = field($0, "config")
    if (!(c in seen)) { seen[c] = 1; order[++configs] = c }
    awall[c, r] = field($0, "wall")
    acpu[c, r] = field($0, "annotate_cpu") + field($0, "actors_cpu") + field($0, "events_cpu")
    events[c] = field($0, "fused")
    docs[c, r] = field($0, "documents"); rss[c, r] = field($0, "rss_mb")
    # the project's own stages: everything but CoreNLP's annotation (one thread only: with more,
    # the annotation time is summed over the threads)
    if (c == 1) own[r] = 100 * (field($0, "wall") - field($0, "annotate")) / field($0, "wall")
    if (field($0, "sentences") != "") sentences = field($0, "sentences") # the Spark line has none
  }
  if (r > rounds) rounds = r
}
END {
  if (configs == 0) {
    print "bench/ratio-rounds: no Attaché run in the results" > "/dev/stderr"
    exit 1
  }
  for (k = 1; k <= configs; k++) {
    c = order[k]
    name = c == "spark" ? "the Spark job on local[2]" : "Attaché on " c " thread" (c == 1 ? "" : "s")
    cpuname = c == "spark" ? "process CPU" : "worker CPU"
    printf "%s### %s\n\n", (k > 1 ? "\n" : ""), name
    print "| round | baseline wall s | baseline sentences/s | Attaché wall s | Attaché documents/s | Attaché sentences/s | × wall | baseline worker CPU s | Attaché " cpuname " s | × CPU | Attaché peak RSS MB |"
    print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (r = 1; r <= rounds; r++) {
      if (!(r in bwall) || !((c, r) in awall) || awall[c, r] <= 0 || acpu[c, r] <= 0) {
        print "bench/ratio-rounds: round " r " is missing a side (" name ")" > "/dev/stderr"
        exit 1
      }
      wall[r] = bwall[r] / awall[c, r]; cpu[r] = bcpu[r] / acpu[c, r]
      printf "| %d | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f | %.1f | %.1f | %.2f | %d |\n", r, bwall[r], \
        sentences / bwall[r], awall[c, r], docs[c, r] / awall[c, r], sentences / awall[c, r], wall[r], \
        bcpu[r], acpu[c, r], cpu[r], rss[c, r]
    }
    printf "\nMedian of %d rounds: %.2f× the baseline's sentences per second in wall time, %.2f× per %s-second (%d sentences; the last round fused %d events).\n", \
      rounds, median(wall, rounds), median(cpu, rounds), cpuname, sentences, events[c]
    if (c == 1) printf "The project's own stages (everything but CoreNLP's annotation) took a median of %.1f%% of the one-thread wall time.\n", median(own, rounds)
  }
  peak = 0
  for (r = 1; r <= rounds; r++) if (brss[r] > peak) peak = brss[r]
  printf "\nThe baseline's peak RSS: at most %d MB. Documents per second: the documents the command line analysed (a document recognised as a duplicate is stored, not analysed again), and the rows of the Spark job's documents table.\n", peak
}
