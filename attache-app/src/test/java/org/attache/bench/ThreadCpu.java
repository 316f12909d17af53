package org.attache.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the process's native threads by kind, from {@code /proc/self/task/N/stat}: the JIT
 * compilers, the garbage collector, and the rest (the workers, the store, Spark). It shows where a
 * run's process CPU beyond its workers' goes, which Java's thread bean cannot (compiler and
 * collector threads are not Java threads). Linux only; elsewhere every figure is zero.
 */
final class ThreadCpu {
  /** Clock ticks per second of {@code stat}'s utime and stime; 100 on every Linux we run. */
  private static final double TICKS = 100.0;

  private final Map<String, Long> ticksByThread;

  private ThreadCpu(Map<String, Long> ticksByThread) {
    this.ticksByThread = ticksByThread;
  }

  /** The CPU ticks of every live thread now, by thread id. */
  static ThreadCpu now() {
    Map<String, Long> ticks = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
          int close = stat.lastIndexOf(')');
          String name = stat.substring(stat.indexOf('(') + 1, close);
          String[] fields = stat.substring(close + 2).split(" ");
          // fields[0] is stat's third field (state); utime and stime are its 14th and 15th.
          long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          ticks.put(task.getFileName() + " " + name, used);
        } catch (IOException | RuntimeException e) {
          // the thread ended while we read: its time is in the process's total, not here
        }
      }
    } catch (IOException e) {
      return new ThreadCpu(Map.of());
    }
    return new ThreadCpu(ticks);
  }

  /**
   * Seconds of CPU each kind of thread used between {@code before} and now, as {@code jit_cpu=…
   * gc_cpu=…}. A compiler thread that ended in between is not counted (the JVM starts and stops
   * them as its queue grows and shrinks), so the figures are lower bounds.
   */
  String since(ThreadCpu before) {
    double jit = 0;
    double gc = 0;
    for (Map.Entry<String, Long> thread : ticksByThread.entrySet()) {
      double seconds =
          (thread.getValue() - before.ticksByThread.getOrDefault(thread.getKey(), 0L)) / TICKS;
      String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
      if (name.contains("CompilerThre")) {
        jit += seconds;
      } else if (name.startsWith("GC Thread")
          || name.startsWith("G1 ")
          || name.equals("VM Thread")) {
        gc += seconds;
      }
    }
    return String.format(java.util.Locale.ROOT, "jit_cpu=%.3f gc_cpu=%.3f", jit, gc);
  }
}
