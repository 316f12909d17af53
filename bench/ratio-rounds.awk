# Turns bench/ratio-rounds' RESULT lines into a table of rounds and the median ratios.
# A ratio is the baseline's wall (or worker CPU) time over Attaché's on the same documents, which
# is the ratio of their sentences per second (bench/end-to-end counts both sides' sentences as
# NlpConfig.fast() splits them).
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
    bwall[r] = field($0, "wall"); bcpu[r] = field($0, "thread_cpu")
  } else {
    awall[r] = field($0, "wall")
    acpu[r] = field($0, "annotate_cpu") + field($0, "actors_cpu") + field($0, "events_cpu")
    sentences = field($0, "sentences"); events = field($0, "fused")
  }
  if (r > rounds) rounds = r
}
END {
  print "| round | baseline wall s | Attaché wall s | × wall | baseline worker CPU s | Attaché worker CPU s | × CPU |"
  print "|---:|---:|---:|---:|---:|---:|---:|"
  for (r = 1; r <= rounds; r++) {
    if (!(r in bwall) || !(r in awall) || awall[r] <= 0 || acpu[r] <= 0) {
      print "bench/ratio-rounds: round " r " is missing a side" > "/dev/stderr"
      exit 1
    }
    wall[r] = bwall[r] / awall[r]; cpu[r] = bcpu[r] / acpu[r]
    printf "| %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |\n", r, bwall[r], awall[r], wall[r], bcpu[r], acpu[r], cpu[r]
  }
  printf "\nMedian of %d rounds: %.2f× the baseline's sentences per second in wall time, %.2f× per worker CPU-second (%d sentences; Attaché's last round fused %d events).\n", \
    rounds, median(wall, rounds), median(cpu, rounds), sentences, events
}
