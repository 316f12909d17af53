package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.coding.LexiconEntry.PartOfSpeech;

/**
 * The predicates events are coded from (verbs, multi-word verbs and event nouns with their CAMEO
 * codes and argument relations) and the support verbs that lend a nominal event their subject
 * ("undertake a visit", "faced sanctions"). Loaded from the bundled {@code predicates.tsv} plus
 * optional user files in the format of docs/lexicon.md, whose rows replace bundled rows with the
 * same key (id for predicates, lemma for supports) or are added. A bad line fails the load with a
 * one-line {@link LexiconException} naming file, line and value. Immutable and thread-safe.
 */
public final class PredicateLexicon {

  private static final String RESOURCE = "predicates.tsv";
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");
  private static final Pattern RELATION = Pattern.compile("[a-z]+(:[a-z_]+)*");

  static final List<String> VERB_ACTOR = List.of("nsubj", "obl:agent");
  static final List<String> VERB_RECIPIENT = List.of("obj", "iobj", "nsubj:pass");
  static final List<String> NOUN_ACTOR = List.of("nmod:poss", "nmod:by", "amod", "compound");
  static final List<String> NOUN_RECIPIENT =
      List.of("nmod:to", "nmod:with", "nmod:against", "nmod:on");

  private final List<LexiconEntry> entries;
  private final Map<String, List<LexiconEntry>> byHead;
  private final Map<String, ArgumentRole> supports;

  private static final class Bundled {
    static final PredicateLexicon INSTANCE = load(List.of());
  }

  private PredicateLexicon(List<LexiconEntry> entries, Map<String, ArgumentRole> supports) {
    this.entries = List.copyOf(entries);
    Map<String, List<LexiconEntry>> index = new LinkedHashMap<>();
    for (LexiconEntry entry : entries) {
      for (String head : entry.heads()) {
        index.computeIfAbsent(head, h -> new ArrayList<>()).add(entry);
      }
    }
    // The most specific pattern is tried first; equally specific ones keep file order.
    Comparator<LexiconEntry> specific = Comparator.comparingInt(e -> -e.pattern().size());
    index.replaceAll((head, list) -> list.stream().sorted(specific).toList());
    this.byHead = Map.copyOf(index);
    this.supports = Map.copyOf(supports);
  }

  /** The bundled lexicon alone, loaded on first use and shared. */
  public static PredicateLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The bundled lexicon, then each user file in order; a user row replaces the row with the same
   * key in place, otherwise it is added at the end.
   *
   * @throws LexiconException naming file and line, for an unreadable file or a bad line
   */
  public static PredicateLexicon load(List<Path> userFiles) {
    Objects.requireNonNull(userFiles, "userFiles");
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    Map<String, ArgumentRole> supports = new LinkedHashMap<>();
    add(readBundled(), entries, supports);
    for (Path file : userFiles) {
      add(readUser(file), entries, supports);
    }
    return new PredicateLexicon(new ArrayList<>(entries.values()), supports);
  }

  /** The entries whose head has this lemma, most specific pattern first. */
  public List<LexiconEntry> entries(String headLemma) {
    if (headLemma == null) {
      return List.of();
    }
    return byHead.getOrDefault(headLemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every entry, in file order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /** The entry with this id. */
  public Optional<LexiconEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** What the subject of a support verb is to the nominal event it governs, if it is one. */
  public Optional<ArgumentRole> support(String verbLemma) {
    return verbLemma == null
        ? Optional.empty()
        : Optional.ofNullable(supports.get(verbLemma.toLowerCase(Locale.ROOT)));
  }

  private static void add(
      List<LexiconReader.Row> rows,
      Map<String, LexiconEntry> entries,
      Map<String, ArgumentRole> supports) {
    for (LexiconReader.Row row : rows) {
      if (row.table() == LexiconReader.Table.SUPPORTS) {
        supports.put(word(row, row.cell(0)), role(row, row.cell(1)));
      } else {
        LexiconEntry entry = parse(row);
        entries.put(entry.id(), entry);
      }
    }
  }

  private static LexiconEntry parse(LexiconReader.Row row) {
    String id = row.cell(0);
    if (id.isEmpty() || id.contains(" ")) {
      throw row.error("id must be one non-empty word", id);
    }
    List<List<String>> pattern = new ArrayList<>();
    for (String part : row.cell(1).split(" +")) {
      List<String> alternatives = new ArrayList<>();
      for (String lemma : part.split("\\|", -1)) {
        alternatives.add(word(row, lemma));
      }
      pattern.add(alternatives);
    }
    PartOfSpeech pos =
        switch (row.cell(2).toLowerCase(Locale.ROOT)) {
          case "verb" -> PartOfSpeech.VERB;
          case "noun" -> PartOfSpeech.NOUN;
          default -> throw row.error("pos must be verb or noun", row.cell(2));
        };
    String code = row.cell(3);
    if (CameoCodes.bundled().type(code).isEmpty()) {
      throw row.error("unknown CAMEO code", code);
    }
    boolean verb = pos == PartOfSpeech.VERB;
    List<String> actor = relations(row, row.cell(4), verb ? VERB_ACTOR : NOUN_ACTOR);
    List<String> recipient = relations(row, row.cell(5), verb ? VERB_RECIPIENT : NOUN_RECIPIENT);
    boolean movement =
        switch (row.cell(6).toLowerCase(Locale.ROOT)) {
          case "yes" -> true;
          case "no", "" -> false;
          default -> throw row.error("movement must be yes or no", row.cell(6));
        };
    return new LexiconEntry(id, pattern, pos, code, actor, recipient, movement, row.where());
  }

  private static String word(LexiconReader.Row row, String lemma) {
    String folded = lemma.strip().toLowerCase(Locale.ROOT);
    if (!WORD.matcher(folded).matches()) {
      throw row.error("a lemma is a lower-case word", lemma);
    }
    return folded;
  }

  private static ArgumentRole role(LexiconReader.Row row, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "actor" -> ArgumentRole.ACTOR;
      case "recipient" -> ArgumentRole.RECIPIENT;
      default -> throw row.error("subject must be actor or recipient", value);
    };
  }

  private static List<String> relations(LexiconReader.Row row, String cell, List<String> defaults) {
    if (cell.equals("-") || cell.isEmpty()) {
      return defaults;
    }
    List<String> relations = new ArrayList<>();
    for (String relation : cell.split(",", -1)) {
      String folded = relation.strip().toLowerCase(Locale.ROOT);
      if (folded.equals("none")) {
        continue;
      }
      if (!RELATION.matcher(folded).matches()) {
        throw row.error("a relation is an enhanced UD name such as obl:to", relation);
      }
      relations.add(folded);
    }
    return relations;
  }

  private static List<LexiconReader.Row> readBundled() {
    InputStream in = PredicateLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + ": bundled lexicon missing from the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return LexiconReader.read(RESOURCE + " (bundled)", reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static List<LexiconReader.Row> readUser(Path file) {
    Objects.requireNonNull(file, "user file");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return LexiconReader.read(file.toString(), reader);
    } catch (CharacterCodingException e) {
      throw new LexiconException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
