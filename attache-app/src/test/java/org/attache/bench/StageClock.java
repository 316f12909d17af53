package org.attache.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.attache.annotate.Annotation;
import org.attache.annotate.Annotator;
import org.attache.annotate.Sentence;
import org.attache.annotate.Token;
import org.attache.app.EventCoding;
import org.attache.coding.PredicateLexicon;

/**
 * Times the analysis workers' three stages without changing the analysis: it wraps the annotator
 * (CoreNLP) and the event coding, and charges the time a worker thread spends between the end of
 * its annotation and the start of its event coding to the actor stage (dateline country and actor
 * resolution, which {@code AnalysisJob} runs there). Wall and thread CPU nanoseconds are summed
 * over all workers; thread-safe. It also counts the sentences (and their tokens) holding a lemma
 * that heads a predicate-lexicon entry: only those can give an event, so they bound what parsing
 * fewer sentences could save.
 */
final class StageClock {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Wall and CPU nanoseconds of one stage, summed over threads. */
  static final class Stage {
    private final AtomicLong wall = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();

    void add(long wallNanos, long cpuNanos) {
      wall.addAndGet(wallNanos);
      cpu.addAndGet(cpuNanos);
    }

    double wallSeconds() {
      return wall.get() / 1e9;
    }

    double cpuSeconds() {
      return cpu.get() / 1e9;
    }

    void reset() {
      wall.set(0);
      cpu.set(0);
    }
  }

  final Stage annotate = new Stage();
  final Stage actors = new Stage();
  final Stage events = new Stage();
  private final AtomicLong sentences = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong triggerSentences = new AtomicLong();
  private final AtomicLong triggerTokens = new AtomicLong();
  private final PredicateLexicon lexicon;

  /** When the calling thread's last annotation ended: wall, then CPU nanoseconds. */
  private final ThreadLocal<long[]> annotated = ThreadLocal.withInitial(() -> new long[2]);

  StageClock(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The annotator, timed. */
  Annotator time(Annotator annotator) {
    return request -> {
      long wall = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      Annotation annotation = annotator.annotate(request);
      long[] end = annotated.get();
      end[0] = System.nanoTime();
      end[1] = CPU.getCurrentThreadCpuTime();
      annotate.add(end[0] - wall, end[1] - cpu);
      sentences.addAndGet(annotation.sentences().size());
      tokens.addAndGet(annotation.tokenCount());
      countTriggers(annotation);
      return annotation;
    };
  }

  /** The event coding, timed; the time since this thread's last annotation goes to actors. */
  EventCoding time(EventCoding coding) {
    return (annotation, mentions) -> {
      long wall = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      long[] end = annotated.get();
      actors.add(wall - end[0], cpu - end[1]);
      var coded = coding.code(annotation, mentions);
      events.add(System.nanoTime() - wall, CPU.getCurrentThreadCpuTime() - cpu);
      return coded;
    };
  }

  private void countTriggers(Annotation annotation) {
    for (Sentence sentence : annotation.sentences()) {
      for (Token token : sentence.tokens()) {
        if (!lexicon.entries(token.lemma()).isEmpty()) {
          triggerSentences.incrementAndGet();
          triggerTokens.addAndGet(sentence.tokens().size());
          break;
        }
      }
    }
  }

  long triggerSentences() {
    return triggerSentences.get();
  }

  long triggerTokens() {
    return triggerTokens.get();
  }

  long sentences() {
    return sentences.get();
  }

  long tokens() {
    return tokens.get();
  }

  /** Forgets everything timed so far (after the warm-up). */
  void reset() {
    annotate.reset();
    actors.reset();
    events.reset();
    sentences.set(0);
    tokens.set(0);
    triggerSentences.set(0);
    triggerTokens.set(0);
  }
}
