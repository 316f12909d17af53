# Tabulates the RESULT lines of bench/end-to-end (see there); variable scales: the series' factors.
function field(line, key,   n, i, parts, kv) {
  n = split(line, parts, " ")
  for (i = 1; i <= n; i++) {
    split(parts[i], kv, "=")
    if (kv[1] == key) return kv[2]
  }
  return ""
}
/^RESULT / {
  key = field($0, "mode") "-" field($0, "threads") "-" field($0, "copies")
  line[key] = $0
  if (field($0, "mode") == "baseline") base = key
}
END {
  a1 = line["attache-1-1"]; a2 = line["attache-2-1"]; b = line[base]
  if (a1 != "" && b != "") throughput(a1, a2, b)
  scaling()
}
# A RESULT field with one decimal, or a dash where the run does not report it.
function seconds(line, key,   v) {
  v = field(line, key)
  return v == "" ? "–" : sprintf("%.1f", v)
}
function throughput(a1, a2, b,   sentences, docs, bwall, bcpu, rows, i, r, w, c, ingest, annotate, actors, events, fuse, store) {
  sentences = field(a1, "sentences")
  docs = field(a1, "documents")
  bwall = field(b, "wall"); bcpu = field(b, "thread_cpu")
  printf "## Throughput (%d documents, %d sentences, %d tokens as NlpConfig.fast() splits them)\n\n", \
    docs, sentences, field(a1, "tokens")
  print "| configuration | wall s | docs/s | sentences/s | worker CPU s | sentences/CPU-s | × baseline, wall | × baseline, CPU | process CPU s | JIT compiler CPU s | collector CPU s | peak RSS MB |"
  print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf "| baseline: CoreNLP default English, %d thread(s) | %.1f | %.2f | %.1f | %.2f | %.1f | 1.0 | 1.0 | %.1f | %s | %s | %d |\n", \
    field(b, "threads"), bwall, docs / bwall, sentences / bwall, bcpu, sentences / bcpu, \
    field(b, "cpu"), seconds(b, "jit_cpu"), seconds(b, "gc_cpu"), field(b, "rss_mb")
  split("stock-1-1 interpreted-1-1 attache-1-1 attache-2-1 spark-2-1", rows, " ")
  name["interpreted-1-1"] = "Attaché end to end, 1 thread, without -XX:-DontCompileHugeMethods (CoreNLP's largest methods interpreted)"
  name["stock-1-1"] = "Attaché end to end, 1 thread, CoreNLP unchanged: stock pos, lemma and depparse, SUTime on every sentence (before)"
  name["attache-1-1"] = "Attaché end to end, 1 thread"
  name["attache-2-1"] = "Attaché end to end, 2 threads"
  name["spark-2-1"] = "Attaché on Spark local[2]"
  for (i = 1; i <= 5; i++) {
    r = line[rows[i]]
    if (r == "") continue
    w = field(r, "wall")
    c = field(r, "annotate_cpu") + field(r, "actors_cpu") + field(r, "events_cpu")
    printf "| %s | %.1f | %.2f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f | %s | %s | %d |\n", name[rows[i]], w, \
      docs / w, sentences / w, c, sentences / c, bwall / w, bcpu / c, field(r, "cpu"), \
      seconds(r, "jit_cpu"), seconds(r, "gc_cpu"), field(r, "rss_mb")
  }
  printf "\nSentences are counted as NlpConfig.fast() splits them (line breaks end sentences) for every row, so rates compare the same work; CoreNLP's default splitter made %d sentences of the same texts. Worker CPU is the CPU time of the threads doing the work (baseline: CoreNLP; Attaché: CoreNLP, actors and events), the same measure on both sides; process CPU adds JIT compilation, the collector and DuckDB. The JIT compiler and collector columns are the CPU of those threads alone (from /proc/self/task; a compiler thread the JVM stopped during the run is not counted, so they are lower bounds; the collector column includes the VM thread). On the Spark row worker CPU is the whole process CPU, since the work Spark does itself cannot be timed apart from the analysis. Actor mentions %d, event mentions %d, events after fusion %d (1 thread); 2 threads: %d, %d, %d.\n\n", \
    field(b, "corenlp_sentences"), field(a1, "actors"), field(a1, "events"), field(a1, "fused"), \
    field(a2, "actors"), field(a2, "events"), field(a2, "fused")
  w = field(a1, "wall")
  ingest = field(a1, "ingest"); annotate = field(a1, "annotate"); actors = field(a1, "actors_s")
  events = field(a1, "events_s"); fuse = field(a1, "fuse")
  store = field(a1, "analysis") - annotate - actors - events - fuse
  print "## Where the time goes (1 thread, share of the end-to-end wall time)"
  print ""
  print "| stage | s | share | thread CPU s |"
  print "|---|---:|---:|---:|"
  printf "| ingest: read, clean, language, fingerprints, store documents | %.2f | %.1f%% | (process) %.2f |\n", ingest, 100 * ingest / w, field(a1, "ingest_cpu")
  printf "| annotate: CoreNLP NlpConfig.fast() | %.2f | %.1f%% | %.2f |\n", annotate, 100 * annotate / w, field(a1, "annotate_cpu")
  printf "| actors: dateline country, actor resolution | %.2f | %.1f%% | %.2f |\n", actors, 100 * actors / w, field(a1, "actors_cpu")
  printf "| events: coding, dates, places | %.2f | %.1f%% | %.2f |\n", events, 100 * events / w, field(a1, "events_cpu")
  printf "| fuse: whole-store fusion (timed again after the run) | %.2f | %.1f%% | – |\n", fuse, 100 * fuse / w
  printf "| store and other: analysis wall not spent in the worker or fusing | %.2f | %.1f%% | – |\n", store, 100 * store / w
  printf "| **total** | %.2f | 100%% | |\n\n", w
  printf "The project's own stages (everything but CoreNLP) take %.1f%% of the wall time; actors and events alone %.1f%% of the workers' CPU.\n\n", \
    100 * (w - annotate) / w, 100 * (field(a1, "actors_cpu") + field(a1, "events_cpu")) / \
    (field(a1, "annotate_cpu") + field(a1, "actors_cpu") + field(a1, "events_cpu"))
  printf "Sentences holding a lemma that heads a predicate-lexicon entry (the only ones that can give an event): %d of %d (%.0f%%), with %.0f%% of the tokens.\n\n", \
    field(a1, "trigger_sentences"), sentences, 100 * field(a1, "trigger_sentences") / sentences, \
    100 * field(a1, "trigger_tokens") / field(a1, "tokens")
}
function scaling(   n, factor, w1, c1, i, r, w, c) {
  n = split(scales, factor, " ")
  if (n == 0 || line["scale-2-" factor[1]] == "") return
  print "## Scaling (2 threads; the scaling sample repeated)"
  print ""
  print "| × sample | documents | sentences | wall s | wall ÷ (1× wall × factor) | process CPU s | CPU ÷ (1× CPU × factor) | sentences/s | peak RSS MB |"
  print "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  w1 = field(line["scale-2-" factor[1]], "wall") / factor[1]
  c1 = field(line["scale-2-" factor[1]], "cpu") / factor[1]
  for (i = 1; i <= n; i++) {
    r = line["scale-2-" factor[i]]
    if (r == "") continue
    w = field(r, "wall"); c = field(r, "cpu")
    printf "| %d | %d | %d | %.1f | %.2f | %.1f | %.2f | %.1f | %d |\n", factor[i], \
      field(r, "documents"), field(r, "sentences"), w, w / (w1 * factor[i]), c, \
      c / (c1 * factor[i]), field(r, "sentences") / w, field(r, "rss_mb")
  }
  print ""
}
