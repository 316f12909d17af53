package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.coding.LexiconEntry.PartOfSpeech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredicateLexiconTest {
  private final PredicateLexicon lexicon = PredicateLexicon.bundled();

  @TempDir Path folder;

  private LexiconEntry first(String head, PartOfSpeech pos, String... words) {
    return lexicon.entries(head).stream()
        .filter(e -> e.partOfSpeech() == pos)
        .filter(e -> e.dependents().size() == words.length)
        .filter(
            e -> {
              for (int i = 0; i < words.length; i++) {
                if (!e.dependents().get(i).contains(words[i])) {
                  return false;
                }
              }
              return true;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + head + " " + List.of(words)));
  }

  @Test
  void coversAllTwentyRoots() {
    Set<String> roots = new TreeSet<>();
    lexicon.entries().forEach(e -> roots.add(e.code().substring(0, 2)));
    assertThat(roots).hasSize(20);
  }

  @Test
  void commonFormsCarryTheirCodes() {
    assertThat(first("visit", PartOfSpeech.VERB).code()).isEqualTo("042");
    assertThat(first("visit", PartOfSpeech.NOUN).code()).isEqualTo("042");
    assertThat(first("visit", PartOfSpeech.NOUN).isMovement()).isTrue();
    assertThat(first("visit", PartOfSpeech.NOUN).recipientRelations()).contains("nmod:to");
    assertThat(first("hold", PartOfSpeech.VERB, "talks").code()).isEqualTo("040");
    assertThat(first("impose", PartOfSpeech.VERB, "sanctions").code()).isEqualTo("163");
    assertThat(first("impose", PartOfSpeech.VERB, "sanctions").recipientRelations())
        .contains("obl:on", "obl:against");
    assertThat(first("sign", PartOfSpeech.VERB, "memorandum").code()).isEqualTo("057");
    assertThat(first("send", PartOfSpeech.VERB, "aid").code()).startsWith("07");
    assertThat(first("lodge", PartOfSpeech.VERB, "protest").code()).isEqualTo("114");
    assertThat(first("call", PartOfSpeech.VERB, "for").code()).isEqualTo("020");
    assertThat(first("carry", PartOfSpeech.VERB, "out", "attack").code()).startsWith("19");
    assertThat(first("host", PartOfSpeech.VERB).actorRelations()).contains("obl:agent");
    for (String noun :
        List.of("talks", "meeting", "sanctions", "invasion", "attack", "protest", "aid")) {
      assertThat(lexicon.entries(noun).stream().map(LexiconEntry::partOfSpeech))
          .as(noun)
          .contains(PartOfSpeech.NOUN);
    }
    assertThat(lexicon.support("undertake")).contains(ArgumentRole.ACTOR);
    assertThat(lexicon.support("face")).contains(ArgumentRole.RECIPIENT);
  }

  @Test
  void aMultiWordEntryIsTriedBeforeTheSingleWord() {
    List<LexiconEntry> sign = lexicon.entries("sign");
    assertThat(sign.get(0).dependents()).isNotEmpty();
  }

  @Test
  void userFilesAddAndReplaceEntries() throws Exception {
    Path file = folder.resolve("mine.tsv");
    Files.writeString(
        file,
        "# my predicates\n# table: predicates\n"
            + "visit\tvisit\tverb\t043\t-\tobj\tyes\n"
            + "scold\tscold\tverb\t111\tnsubj\tobj\tno\n"
            + "# table: supports\nperform\tactor\n",
        StandardCharsets.UTF_8);
    PredicateLexicon loaded = PredicateLexicon.load(List.of(file));
    assertThat(loaded.entry("visit").orElseThrow().code()).isEqualTo("043");
    assertThat(loaded.entry("visit").orElseThrow().source()).isEqualTo(file + ":3");
    assertThat(loaded.entries("scold")).hasSize(1);
    assertThat(loaded.support("perform")).contains(ArgumentRole.ACTOR);
    assertThat(loaded.entries().size()).isEqualTo(lexicon.entries().size() + 1);
    assertThat(lexicon.entry("visit").orElseThrow().code()).isEqualTo("042");
  }

  private String failure(String content) throws Exception {
    Path file = folder.resolve("bad.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    try {
      PredicateLexicon.load(List.of(file));
    } catch (LexiconException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("loaded: " + content);
  }

  @Test
  void badLinesFailWithFileLineAndValue() throws Exception {
    String header = "id\tpattern\tpos\tcode\tactor\trecipient\tmovement\n";
    Path file = folder.resolve("bad.tsv");
    assertThat(failure(header + "x\tscold\tverb\t999\t-\t-\tno\n"))
        .isEqualTo(file + ":2: unknown CAMEO code: '999'");
    assertThat(failure(header + "x\tscold\tadverb\t111\t-\t-\tno\n"))
        .isEqualTo(file + ":2: pos must be verb or noun: 'adverb'");
    assertThat(failure(header + "x\tscold\tverb\t111\tobl to\t-\tno\n"))
        .startsWith(file + ":2: a relation is an enhanced UD name")
        .endsWith("'obl to'");
    assertThat(failure(header + "x\tScold!\tverb\t111\t-\t-\tno\n"))
        .isEqualTo(file + ":2: a lemma is a lower-case word: 'Scold!'");
    assertThat(failure(header + "x\tscold\tverb\t111\t-\t-\tmaybe\n"))
        .isEqualTo(file + ":2: movement must be yes or no: 'maybe'");
    assertThat(failure(header + "x\tscold\tverb\n")).startsWith(file + ":2: expected 7");
    assertThat(failure("# table: verbs\n"))
        .isEqualTo(file + ":1: unknown table (predicates, supports): 'verbs'");
    assertThat(failure("x\tscold\tverb\t111\t-\t-\tno\n"))
        .startsWith(file + ":1: cannot tell the table");
    assertThatThrownBy(() -> PredicateLexicon.load(List.of(folder.resolve("missing.tsv"))))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("missing.tsv: cannot read");
  }
}
