package org.attache.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.Index;
import java.io.Writer;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A locked CoreNLP {@link Index} of strings with a faster {@link #indexOf(String)}: the table the
 * NER CRF looks up every feature of every token in (346,710 strings in the 3-class model; a profile
 * put 7.3 % of the pipeline's samples in {@code HashIndex}'s {@code HashMap} lookups).
 *
 * <p>One open-addressing table of longs holds each string's hash in the high half and its id in the
 * low half, so a lookup reads one slot per probe and touches a string only when the hashes are
 * equal; a feature the model does not know usually costs one slot. The ids are the source index's,
 * and {@link #get(int)} returns the source's strings, so the CRF computes exactly what it did. Like
 * a locked {@code HashIndex}, it never grows: asking for an unknown string gives -1, and the
 * methods that would add or remove strings throw.
 *
 * <p>Immutable, so safe to share between threads.
 */
final class FeatureIndex extends AbstractCollection<String> implements Index<String> {
  private static final long serialVersionUID = 1L;
  private static final long EMPTY = 0L;

  private final String[] strings;
  private final long[] slots;
  private final int mask;

  /** The same strings with the same ids as {@code source}. */
  FeatureIndex(Index<String> source) {
    int size = source.size();
    strings = new String[size];
    int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      String string = Objects.requireNonNull(source.get(id), "feature index entry");
      strings[id] = string;
      int hash = string.hashCode();
      int slot = spread(hash) & mask;
      while (slots[slot] != EMPTY) {
        if (hashOf(slots[slot]) == hash && strings[idOf(slots[slot])].equals(string)) {
          throw new IllegalArgumentException("feature index holds \"" + string + "\" twice");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) hash << 32) | (id + 1L);
    }
  }

  /** Spreads the hash's high bits into the low ones that pick the slot. */
  private static int spread(int hash) {
    return hash * 0x9E3779B9 >>> 7 ^ hash;
  }

  private static int hashOf(long slot) {
    return (int) (slot >>> 32);
  }

  private static int idOf(long slot) {
    return (int) slot - 1;
  }

  @Override
  public int indexOf(String string) {
    int hash = string.hashCode();
    int slot = spread(hash) & mask;
    long entry;
    while ((entry = slots[slot]) != EMPTY) {
      if (hashOf(entry) == hash) {
        String known = strings[idOf(entry)];
        if (known.equals(string)) {
          return idOf(entry);
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** As {@link #indexOf(String)}: a locked index adds nothing, so {@code add} changes nothing. */
  @Override
  @Deprecated // as in Index: addToIndex is the method to add with
  public int indexOf(String string, boolean add) {
    return indexOf(string);
  }

  @Override
  public int size() {
    return strings.length;
  }

  @Override
  public String get(int id) {
    return strings[id];
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String string && indexOf(string) >= 0;
  }

  @Override
  public List<String> objectsList() {
    return List.of(strings);
  }

  @Override
  public Collection<String> objects(int[] ids) {
    return Arrays.stream(ids).mapToObj(this::get).toList();
  }

  @Override
  public Iterator<String> iterator() {
    return objectsList().iterator();
  }

  @Override
  public boolean isLocked() {
    return true;
  }

  @Override
  public void lock() {
    // Always locked.
  }

  @Override
  public void unlock() {
    throw readOnly();
  }

  @Override
  public int addToIndex(String string) {
    throw readOnly();
  }

  @Override
  public boolean add(String string) {
    throw readOnly();
  }

  @Override
  public boolean addAll(Collection<? extends String> strings) {
    throw readOnly();
  }

  @Override
  public void clear() {
    throw readOnly();
  }

  @Override
  public void saveToWriter(Writer writer) {
    throw unsaved();
  }

  @Override
  public void saveToFilename(String file) {
    throw unsaved();
  }

  /**
   * Puts a {@code FeatureIndex} in place of each CRF's own feature index (a package-private field
   * of CoreNLP's {@code CRFClassifier}) among {@code classifiers}; other classifiers are left as
   * they are.
   */
  static void install(List<?> classifiers) {
    String what = "the NER CRF's feature index";
    for (Object classifier : classifiers) {
      if (classifier instanceof CRFClassifier<?> crf) {
        Index<String> own = CoreNlpInternals.read(crf, CRFClassifier.class, "featureIndex", what);
        if (!(own instanceof FeatureIndex)) {
          CoreNlpInternals.write(
              crf, CRFClassifier.class, "featureIndex", new FeatureIndex(own), what);
        }
      }
    }
  }

  private static UnsupportedOperationException unsaved() {
    return new UnsupportedOperationException("FeatureIndex is not saved; save the model's own");
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the CRF's feature index is read-only");
  }
}
