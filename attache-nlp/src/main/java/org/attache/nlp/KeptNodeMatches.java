package org.attache.nlp;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token test of SUTime's rules with its answers kept by the one annotation value it reads. Why:
 * the requirement tests of {@link SutimeTriggers} ask each of a few hundred token tests about every
 * token of a stretch, and most of those tests run a regular expression over the token's word
 * (months, weekdays, number words): about 3 % of the whole analysis in a profile, though the same
 * few thousand words come back in every document.
 *
 * <p>The answers of all tests that read one key are kept together, per value: one small array per
 * word (or tag), one slot per test, filled as tests are asked. A word's array is found once per
 * stretch by the word's identity (each thread keeps the last arrays it used), so asking a hundred
 * tests about one token reads one array; looking the answer up in one map per test instead was
 * slower than the regular expressions it saved, every lookup a cache miss.
 *
 * <p>Kept only where the answer depends on that value alone: an annotation test of CoreNLP's
 * ({@link CoreMapNodePattern}, which reads its key with {@code CoreMap.get}), or the negation, all
 * of or one of such tests, reading one key in all, with value tests of CoreNLP's that look at the
 * value alone (a string, a regular expression, a set of strings, a number, absent or present); and
 * only for immutable values (strings, boxed numbers, booleans, or absent). Anything else is asked
 * every time. At most {@link Answers#LIMIT} values are kept per key. Safe to share between threads:
 * a slot holds 0 (not asked yet), 1 (no) or 2 (yes), and every thread writes the same answer.
 */
final class KeptNodeMatches {
  private static final String WHAT = "SUTime's token tests";

  /** The value tests whose answer depends on the value alone. */
  private static final Set<Class<?>> VALUE_TESTS =
      Set.of(
          ComplexNodePattern.StringAnnotationPattern.class,
          ComplexNodePattern.StringAnnotationRegexPattern.class,
          ComplexNodePattern.StringInSetAnnotationPattern.class,
          ComplexNodePattern.NumericAnnotationPattern.class,
          ComplexNodePattern.IntegerAnnotationPattern.class,
          ComplexNodePattern.NilAnnotationPattern.class,
          ComplexNodePattern.NotNilAnnotationPattern.class);

  /** The value classes kept: immutable, and equal only to values of their own class. */
  private static final Set<Class<?>> IMMUTABLE =
      Set.of(String.class, Integer.class, Long.class, Double.class, Boolean.class);

  /** Stands for an absent value. */
  private static final Object ABSENT = new Object();

  private static final byte NO = 1;
  private static final byte YES = 2;

  private final NodePattern<CoreMap> node;
  private final Answers answers;
  private final int slot;

  private KeptNodeMatches(NodePattern<CoreMap> node, Answers answers, int slot) {
    this.node = node;
    this.answers = answers;
    this.slot = slot;
  }

  /** The tests that share kept answers: one {@link Answers} per key, made as tests are added. */
  static final class Tests {
    private final Map<Class<?>, Answers> byKey = new HashMap<>();

    /** The test, with its answers kept where they depend only on the one value it reads. */
    synchronized KeptNodeMatches add(NodePattern<CoreMap> node) {
      Set<Class<?>> keys = new LinkedHashSet<>();
      if (!readsValuesOnly(node, keys) || keys.size() != 1) {
        return new KeptNodeMatches(node, null, -1);
      }
      Answers answers = byKey.computeIfAbsent(keys.iterator().next(), Answers::new);
      return new KeptNodeMatches(node, answers, answers.add());
    }
  }

  /**
   * The kept answers of the tests reading one key: per value, one slot per test. Tests are added
   * before any is asked ({@link SutimeTriggers} adds them all at start-up); a value's array made
   * before a later test was added has no slot for it, and that test is then asked every time.
   */
  static final class Answers {
    /** How many values are kept at most per key. */
    static final int LIMIT = 50_000;

    private static final int RECENT = 64;

    @SuppressWarnings("rawtypes")
    private final Class key;

    private volatile int tests;
    private final ConcurrentHashMap<Object, byte[]> byValue = new ConcurrentHashMap<>();

    /** The arrays this thread used last, by the value's identity. */
    private final ThreadLocal<Object[]> recent =
        ThreadLocal.withInitial(() -> new Object[RECENT * 2]);

    Answers(Class<?> key) {
      this.key = key;
    }

    private synchronized int add() {
      return tests++;
    }

    /** The token's array of answers; null when its value is not kept. */
    @SuppressWarnings("unchecked") // the key is one of CoreNLP's annotation classes
    byte[] of(CoreMap token, Object[] recentArrays) {
      Object value = token.get(key);
      if (value == null) {
        value = ABSENT;
      } else if (!IMMUTABLE.contains(value.getClass())) {
        return null;
      }
      int at = (System.identityHashCode(value) & (RECENT - 1)) * 2;
      if (recentArrays[at] == value) {
        return (byte[]) recentArrays[at + 1];
      }
      byte[] array = byValue.get(value);
      if (array == null) {
        if (byValue.size() >= LIMIT) {
          return null;
        }
        array = byValue.computeIfAbsent(value, v -> new byte[tests]);
      }
      recentArrays[at] = value;
      recentArrays[at + 1] = array;
      return array;
    }

    /** How many values are kept now. */
    int values() {
      return byValue.size();
    }
  }

  /** Whether the answers are kept (the test reads one value, with value tests alone). */
  boolean keeps() {
    return answers != null;
  }

  /** How many values of its key are kept now. */
  int values() {
    return answers == null ? 0 : answers.values();
  }

  /** The arrays this thread used last, to pass to {@link #match(CoreMap, Object[])}. */
  Object[] recent() {
    return answers == null ? null : answers.recent.get();
  }

  /** The test's answer for the token: {@code node.match(token)}. */
  boolean match(CoreMap token) {
    return match(token, recent());
  }

  /** As above, with the arrays {@link #recent()} gave this thread. */
  boolean match(CoreMap token, Object[] recentArrays) {
    byte[] array = answers == null ? null : answers.of(token, recentArrays);
    if (array == null || slot >= array.length) {
      return node.match(token);
    }
    byte known = array[slot];
    if (known != 0) {
      return known == YES;
    }
    boolean answer = node.match(token);
    array[slot] = answer ? YES : NO;
    return answer;
  }

  /** Collects the keys the test reads; false when its answer may depend on more than them. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static boolean readsValuesOnly(NodePattern<?> node, Set<Class<?>> keys) {
    if (node.getClass() == CoreMapNodePattern.class) {
      List<Pair<Class, NodePattern>> tests = ((CoreMapNodePattern) node).getAnnotationPatterns();
      for (Pair<Class, NodePattern> test : tests) {
        if (test.first() == null || !VALUE_TESTS.contains(test.second().getClass())) {
          return false;
        }
        keys.add(test.first());
      }
      return true;
    }
    if (node.getClass() == NodePattern.NegateNodePattern.class) {
      return readsValuesOnly(
          CoreNlpInternals.read(node, NodePattern.NegateNodePattern.class, "p", WHAT), keys);
    }
    Class<?> declaring =
        node.getClass() == NodePattern.ConjNodePattern.class
            ? NodePattern.ConjNodePattern.class
            : node.getClass() == NodePattern.DisjNodePattern.class
                ? NodePattern.DisjNodePattern.class
                : null;
    if (declaring == null) {
      return false;
    }
    List<NodePattern<?>> parts = CoreNlpInternals.read(node, declaring, "nodePatterns", WHAT);
    for (NodePattern<?> part : parts) {
      if (!readsValuesOnly(part, keys)) {
        return false;
      }
    }
    return true;
  }
}
