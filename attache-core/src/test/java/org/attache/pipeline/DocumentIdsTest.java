package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.junit.jupiter.api.Test;

/** DocumentIds.derive: which source of identity wins, and that derived ids are stable. */
class DocumentIdsTest {
  private static final String HASH = Fingerprints.contentHash("Talks resume in Minsk.");
  private static final Origin FILE = Origin.of("corpus/Minsk Report.txt");

  private static Metadata withId(String id) {
    return new Metadata(id, null, null, null, null, null);
  }

  private static Metadata withUrl(String url) {
    return new Metadata(null, url, null, null, null, null);
  }

  private static String fileId(String input) {
    return DocumentIds.derive(Metadata.EMPTY, Origin.of(input), HASH);
  }

  @Test
  void inputIdWinsStripped() {
    Metadata metadata =
        new Metadata("  AFP_ENG_19970429.0207\n", "https://afp.example/a", null, null, null, null);

    assertThat(DocumentIds.derive(metadata, FILE, HASH)).isEqualTo("AFP_ENG_19970429.0207");
    assertThat(DocumentIds.derive(metadata, Origin.of("-"), HASH))
        .isEqualTo("AFP_ENG_19970429.0207");
  }

  @Test
  void blankInputIdIsIgnored() {
    assertThat(DocumentIds.derive(withId(" \t "), FILE, HASH))
        .isEqualTo(DocumentIds.derive(Metadata.EMPTY, FILE, HASH));
  }

  @Test
  void urlComesNextAndIsStable() {
    String url = "https://www.belta.by/politics/view/minsk-talks";

    assertThat(DocumentIds.derive(withUrl(url), FILE, HASH)).isEqualTo("url-8d49643c81ef");
    assertThat(DocumentIds.derive(withUrl(" " + url + "\n"), Origin.of("other.warc"), HASH))
        .isEqualTo("url-8d49643c81ef");
    assertThat(DocumentIds.derive(withUrl(url + "?page=2"), FILE, HASH))
        .isNotEqualTo("url-8d49643c81ef");
  }

  @Test
  void blankUrlIsIgnored() {
    assertThat(DocumentIds.derive(withUrl("  "), FILE, HASH))
        .isEqualTo(DocumentIds.derive(Metadata.EMPTY, FILE, HASH));
  }

  @Test
  void standardInputUsesTheContentHash() {
    assertThat(DocumentIds.derive(Metadata.EMPTY, Origin.of("-"), HASH))
        .isEqualTo("stdin-" + HASH.substring(0, 12));
    assertThat(DocumentIds.derive(Metadata.EMPTY, Origin.of("-").record("line 3", 120), HASH))
        .isEqualTo("stdin-" + HASH.substring(0, 12));
    assertThat(
            DocumentIds.derive(Metadata.EMPTY, Origin.of("-"), Fingerprints.contentHash("Other")))
        .isNotEqualTo("stdin-" + HASH.substring(0, 12));
  }

  @Test
  void fileIdIsAReadableStemAndAHashOfTheOrigin() {
    assertThat(DocumentIds.derive(Metadata.EMPTY, FILE, HASH))
        .isEqualTo("minsk-report-4d3d198f5638");
  }

  @Test
  void fileIdDoesNotDependOnTheContent() {
    assertThat(DocumentIds.derive(Metadata.EMPTY, FILE, Fingerprints.contentHash("Edited text")))
        .isEqualTo(DocumentIds.derive(Metadata.EMPTY, FILE, HASH));
  }

  @Test
  void sameOriginGivesTheSameId() {
    Origin record = Origin.of("feed.jsonl").record("line 17", 5120);

    assertThat(DocumentIds.derive(Metadata.EMPTY, record, HASH))
        .isEqualTo(
            DocumentIds.derive(Metadata.EMPTY, new Origin("feed.jsonl", "line 17", 5120), HASH))
        .isEqualTo("feed-351ac6f540b8");
  }

  @Test
  void differentRecordsInTheSameFileGetDifferentIds() {
    Origin file = Origin.of("crawl.warc.gz");

    String first = DocumentIds.derive(Metadata.EMPTY, file.record("urn:uuid:1", 0), HASH);
    String second = DocumentIds.derive(Metadata.EMPTY, file.record("urn:uuid:2", 4096), HASH);
    String sameRecordElsewhere =
        DocumentIds.derive(Metadata.EMPTY, file.record("urn:uuid:1", 8192), HASH);

    assertThat(first).startsWith("crawl-").isNotEqualTo(second).isNotEqualTo(sameRecordElsewhere);
  }

  @Test
  void sameFileNameInDifferentFoldersGetsDifferentIds() {
    assertThat(fileId("2024/05/report.txt"))
        .startsWith("report-")
        .isNotEqualTo(fileId("2024/06/report.txt"));
  }

  @Test
  void stemKeepsOnlyTheFileNameBeforeItsFirstDot() {
    assertThat(fileId("/data/feeds/Xinhua.2024-05-31.jsonl.gz")).startsWith("xinhua-");
    assertThat(fileId("C:\\data\\AFP Wire.txt")).startsWith("afp-wire-");
    assertThat(fileId("https://www.belta.by/politics/view/talks.html?page=2")).startsWith("talks-");
  }

  @Test
  void oddFileNamesStillGiveANonBlankId() {
    for (String input :
        new String[] {
          ".hidden",
          "...",
          ".",
          "/",
          "dir/",
          "C:\\",
          "Минск.txt",
          "新闻.html",
          "--__--",
          "a.b.c.d",
          "\u00a0.txt",
          "ü"
        }) {
      String id = fileId(input);
      assertThat(id).as("id for %s", input).matches("[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{12}");
    }
    assertThat(fileId("Минск.txt")).startsWith("doc-");
    assertThat(fileId(".hidden")).startsWith("hidden-");
    assertThat(fileId("Minsk.txt")).isNotEqualTo(fileId("Минск.txt"));
  }

  @Test
  void stemCutJustAfterADashDropsTheDash() {
    // A cut that ends on a dash must not give "name--hash"; pinned, since ids must not change.
    String input = "Belarus and Lithuania reopen border, new talks.txt";

    assertThat(fileId(input))
        .isEqualTo("belarus-and-lithuania-reopen-border-new-" + Fingerprints.shortHash(input));
  }

  @Test
  void longStemIsCut() {
    String id = fileId("a".repeat(300) + ".txt");

    assertThat(id)
        .isEqualTo("a".repeat(40) + "-" + Fingerprints.shortHash("a".repeat(300) + ".txt"));
  }
}
