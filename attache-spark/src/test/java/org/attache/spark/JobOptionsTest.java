package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void severalPathsFollowOneOption() {
    JobOptions options =
        JobOptions.parse(
            "--input",
            "a.jsonl",
            "b.warc.gz",
            "--output",
            "out",
            "--master",
            "local[2]",
            "--lexicon",
            "mine.tsv",
            "--analysis-threads",
            "2");
    assertThat(options.inputs()).containsExactly("a.jsonl", "b.warc.gz");
    assertThat(options.output()).isEqualTo("out");
    assertThat(options.master()).isEqualTo("local[2]");
    assertThat(options.lexicon()).containsExactly("mine.tsv");
    assertThat(options.knowledge()).isEmpty();
    assertThat(options.analysisThreads()).isEqualTo(2);
    assertThat(options.partitions()).isZero();
  }

  @Test
  void missingOrUnknownArgumentsAreOneLineErrors() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "a.jsonl"))
        .hasMessage("--output DIR is needed");
    assertThatThrownBy(() -> JobOptions.parse("--output", "out"))
        .hasMessage("at least one --input is needed");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--fast"))
        .hasMessage("unknown argument: --fast");
    assertThatThrownBy(() -> JobOptions.parse("--output", "o", "stray"))
        .hasMessage("unknown argument: stray");
    assertThatThrownBy(() -> new JobOptions(List.of("a"), "o", null, List.of(), List.of(), 0, 0, 0))
        .hasMessageContaining("--analysis-threads must be at least 1: 0");
  }
}
