package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
  static String rss(String base) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>BelTA News</title><link>https://eng.belta.by/</link>"
        + "<item><title>Talks in Minsk</title><link>"
        + base
        + "/one</link><guid>belta-1</guid>"
        + "<pubDate>Wed, 31 May 2023 10:00:00 GMT</pubDate>"
        + "<description>Short.</description>"
        + "<content:encoded><![CDATA[<p>Full story one.</p>]]></content:encoded></item>"
        + "<item><title>Second</title><link>"
        + base
        + "/two</link><description>&lt;p&gt;Story two.&lt;/p&gt;</description></item>"
        + "<item><title>Gone</title><link>"
        + base
        + "/gone</link><description>Three.</description></item>"
        + "</channel></rss>";
  }

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
          + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Dawn</title>"
          + "<id>urn:dawn</id><updated>2024-11-28T08:00:00Z</updated>"
          + "<entry><title>Pakistan and Belarus</title><id>urn:dawn:1</id>"
          + "<link href=\"https://dawn.example/1\"/><published>2024-11-28T08:00:00Z</published>"
          + "<updated>2024-11-29T08:00:00Z</updated>"
          + "<content type=\"text\">Plain text story.</content></entry>"
          + "<entry><title>No body</title><id>urn:dawn:2</id><link href=\"https://dawn.example/2\"/>"
          + "<updated>2024-11-30T08:00:00Z</updated></entry></feed>";

  @TempDir Path folder;

  @Test
  void readsRssEntries() throws IOException {
    Path file = Fixtures.write(folder, "belta.rss", rss("https://eng.belta.by"));
    RecordingSink sink = new RecordingSink();

    new FeedSource(ReadOptions.DEFAULTS, unused -> null).read(Input.file(file, "belta.rss"), sink);

    assertThat(sink.rejected).isEmpty();
    assertThat(sink.accepted).hasSize(3);
    SourceItem first = sink.accepted.get(0);
    assertThat(first.metadata().url()).isEqualTo("https://eng.belta.by/one");
    assertThat(first.metadata().id()).isEqualTo("belta-1");
    assertThat(first.metadata().title()).isEqualTo("Talks in Minsk");
    assertThat(first.metadata().source()).isEqualTo("BelTA News");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2023, 5, 31));
    assertThat(first.type()).isEqualTo(MediaType.HTML);
    assertThat(first.text()).isEqualTo("<p>Full story one.</p>");
    assertThat(first.origin().toString()).isEqualTo("belta.rss#https://eng.belta.by/one");
    assertThat(sink.accepted.get(1).text()).isEqualTo("<p>Story two.</p>");
  }

  @Test
  void readsAtomEntriesAndRejectsEntryWithoutContent() throws IOException {
    Path file = Fixtures.write(folder, "dawn.atom", ATOM);
    RecordingSink sink = new RecordingSink();

    new FeedSource(ReadOptions.DEFAULTS, unused -> null).read(Input.file(file, "dawn.atom"), sink);

    SourceItem first = sink.accepted.get(0);
    assertThat(first.type()).isEqualTo(MediaType.TEXT);
    assertThat(first.text()).isEqualTo("Plain text story.");
    assertThat(first.metadata().published()).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(first.metadata().source()).isEqualTo("Dawn");
    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(sink.onlyRejection().reason()).endsWith("dawn.atom#https://dawn.example/2");
  }

  @Test
  void followsLinksThroughTheFetcher() throws IOException {
    try (LoopbackServer server = new LoopbackServer()) {
      String base = server.uri("").toString();
      server.serve("/one", "text/html; charset=utf-8", Fixtures.article(1));
      server.serve("/two", "text/plain", "Story two as text.");
      Path file = Fixtures.write(folder, "belta.rss", rss(base));
      RecordingSink sink = new RecordingSink();

      new FeedSource(ReadOptions.DEFAULTS.withFollowLinks(true), new HttpFetcher())
          .read(Input.file(file, "belta.rss"), sink);

      assertThat(sink.accepted).hasSize(2);
      SourceItem first = sink.accepted.get(0);
      assertThat(first.text()).isNull();
      assertThat(new String(first.raw(), StandardCharsets.UTF_8)).isEqualTo(Fixtures.article(1));
      assertThat(first.charset()).isEqualTo("utf-8");
      assertThat(first.metadata().title()).isEqualTo("Talks in Minsk");
      assertThat(sink.accepted.get(1).type()).isEqualTo(MediaType.TEXT);
      assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.FETCH_FAILED);
      assertThat(sink.onlyRejection().reason()).startsWith("HTTP status 404: ").endsWith("/gone");
    }
  }

  @Test
  void rejectsFileThatIsNotXmlOnce() throws IOException {
    Path file = Fixtures.write(folder, "news.xml", "{\"this\": \"is json\"}");
    RecordingSink sink = new RecordingSink();

    new FeedSource(ReadOptions.DEFAULTS, unused -> null).read(Input.file(file, "news.xml"), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.MALFORMED_XML);
    assertThat(sink.onlyRejection().reason())
        .startsWith("not an RSS or Atom feed: ")
        .endsWith(": news.xml");
  }

  @Test
  void refusesDoctypesSoEntitiesCannotExpand() throws IOException {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
    RecordingSink sink = new RecordingSink();

    new FeedSource(ReadOptions.DEFAULTS, unused -> null)
        .read(Input.file(Fixtures.write(folder, "bomb.rss", bomb), "bomb.rss"), sink);

    assertThat(sink.onlyRejection().code()).isEqualTo(ErrorCode.MALFORMED_XML);
  }
}
