package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attache.actor.Actor;
import org.attache.event.EventDate;
import org.attache.event.EventStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code attache brief} on hand-coded events ({@link RelationsFixture}): the chronological account,
 * the monthly series with empty months, the charts, hostile names escaped, and one-line errors.
 */
class BriefCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private String db;

  @BeforeEach
  void store() throws Exception {
    db = RelationsFixture.store(folder).db;
  }

  private CliRun brief(String... args) {
    List<String> all = new ArrayList<>(List.of("brief", "--db", db));
    all.addAll(List.of(args));
    CliRun run = CliRun.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void markdownTellsTheRelationInOrderWithEmptyMonths() {
    String md = brief("blr", "PAK").out();

    assertThat(md).startsWith("# Relations brief: Belarus (BLR) and Pakistan (PAK)");
    assertThat(md)
        .contains(
            "| 2023-05-30 | Belarus (GOV, Sergei Aleinik) → Pakistan (GOV): Make a visit |"
                + " Islamabad, Pakistan | planned | 1 |")
        .contains("| 2023-03-10 | Pakistan and Belarus (jointly): Sign formal agreement |  |")
        .contains("| undated | Belarus → Pakistan (GOV): Host a visit |")
        .doesNotContain("sanctions");
    assertThat(md.indexOf("2023-01-15")).isLessThan(md.indexOf("2023-03-10"));
    assertThat(md.indexOf("2023-03-10")).isLessThan(md.indexOf("2023-05-30"));
    assertThat(md.indexOf("2023-05-30")).isLessThan(md.indexOf("| undated"));
    assertThat(md).contains("1 event(s) without a date");
    assertThat(md)
        .contains("| 2023-01 | 1 | 0 | 0 | 1 | 0 | -2.00 | 0 | 1 | ACCUSE 1 |")
        .contains("| 2023-02 | 0 | 0 | 0 | 0 | 0 | 0.00 | 0 | 0 |  |")
        .contains("| 2023-03 | 1 | 1 | 0 | 0 | 0 | 8.00 | 1 | 0 | AGREE 1 |")
        .contains("| 2023-04 | 0 |")
        .contains("| 2023-05 | 1 | 1 | 0 | 0 | 0 | 1.90 | 1 | 0 | CONSULT 1 |");
  }

  @Test
  void eventsDatedOnlyToAYearStayOutOfTheMonthlySeries(@TempDir Path other) throws Exception {
    String aid = "Last year Belarus sent aid to Pakistan.";
    String visit = "Belarus's minister visited Pakistan on 30 May 2023.";
    StoredEvents s = StoredEvents.ingest(other, "Belarus and Pakistan", aid, visit);
    Actor belarus = Actor.of("BLR", null, null, null);
    Actor pakistan = Actor.of("PAK", null, null, null);
    s.add(
            aid,
            1,
            "sent",
            StoredEvents.type("070", "Provide aid", 7.0, 2, "AID"),
            List.of(s.actor(aid, "Belarus", belarus)),
            List.of(s.actor(aid, "Pakistan", pakistan)),
            EventStatus.OCCURRED,
            new EventDate(
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31),
                EventDate.Precision.YEAR,
                EventDate.Basis.RELATIVE,
                s.span(aid, "Last year"),
                "test fixture"),
            null)
        .add(
            visit,
            2,
            "visited",
            StoredEvents.type("042", "Make a visit", 1.9, 1, "CONSULT"),
            List.of(s.actor(visit, "Belarus", belarus)),
            List.of(s.actor(visit, "Pakistan", pakistan)),
            EventStatus.OCCURRED,
            StoredEvents.day(
                LocalDate.of(2023, 5, 30), EventDate.Basis.EXPLICIT, s.span(visit, "30 May 2023")),
            null)
        .store();

    String md = CliRun.run("brief", "BLR", "PAK", "--db", s.db).out();

    assertThat(md).contains("| 2022-01-01 – 2022-12-31 | Belarus → Pakistan: Provide aid |");
    assertThat(md).contains("1 event(s) dated only to a year are listed but left out");
    assertThat(md).doesNotContain("| 2022-01 |").contains("| 2023-05 | 1 |");
  }

  @Test
  void hostileNamesAreEscapedInMarkdownAndJson() throws Exception {
    String md = brief("BLR", "PAK").out();
    String accusation =
        md.lines().filter(line -> line.contains("Accuse")).findFirst().orElseThrow();
    assertThat(accusation)
        .contains("\\*Bad\\* \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<script\\>\\&amp;\\|pipe")
        .contains("\\# Head evil")
        .doesNotContain("\u202e", "\u0007", "<script>", "[x](");
    assertThat(md.lines().filter(line -> line.startsWith("# ")).count()).isEqualTo(1);
    assertThat(md).doesNotContain("\u202e").doesNotContain("\u0007");

    String json = brief("BLR", "PAK", "--format", "json").out();
    assertThat(json).doesNotContain("\u202e").doesNotContain("\\u0007");
    JsonNode event = JSON.readTree(json).at("/events/0");
    assertThat(event.at("/actors/0/name").asText()).startsWith("*Bad* [x]").doesNotContain("\n");
  }

  @Test
  void jsonIsAStableObjectWithTheSeries() throws Exception {
    String first =
        brief("BLR", "PAK", "--format", "json", "--from", "2023-01-01", "--to", "2023-06-30").out();
    assertThat(
            brief("pak", "blr", "--format", "json", "--from", "2023-01-01", "--to", "2023-06-30")
                .out())
        .isNotEqualTo(first); // the order of the countries is the reader's
    assertThat(
            brief("BLR", "PAK", "--format", "json", "--from", "2023-01-01", "--to", "2023-06-30")
                .out())
        .isEqualTo(first);
    JsonNode brief = JSON.readTree(first);
    List<String> keys = new ArrayList<>();
    brief.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("countries", "from", "to", "notes", "events", "months");
    assertThat(brief.at("/countries/1/name").asText()).isEqualTo("Pakistan");
    assertThat(brief.get("events")).hasSize(3);
    assertThat(brief.at("/events/2/what").asText())
        .isEqualTo("Belarus (GOV, Sergei Aleinik) → Pakistan (GOV): Make a visit");
    assertThat(brief.at("/events/2/sources").asInt()).isEqualTo(1);
    assertThat(brief.at("/events/1/joint").asBoolean()).isTrue();
    JsonNode months = brief.get("months");
    assertThat(months).hasSize(6);
    assertThat(months.get(1).get("month").asText()).isEqualTo("2023-02");
    assertThat(months.get(1).get("events").asInt()).isZero();
    assertThat(months.get(0).get("verbal_conflict").asInt()).isEqualTo(1);
    assertThat(months.get(0).get("conflict").asInt()).isEqualTo(1);
    assertThat(months.get(0).get("goldstein").asDouble()).isEqualTo(-2.0);
    assertThat(months.get(4).at("/plover/CONSULT").asInt()).isEqualTo(1);
    assertThat(months.get(5).get("events").asInt()).isZero();
  }

  @Test
  void periodFiltersAndUnknownCountriesGiveNotes() throws Exception {
    JsonNode march =
        JSON.readTree(brief("BLR", "PAK", "--format", "json", "--from", "2023-03-01").out());
    assertThat(march.get("events")).hasSize(2);
    JsonNode none = JSON.readTree(brief("BLR", "XYZ", "--format", "json").out());
    assertThat(none.get("events")).isEmpty();
    assertThat(none.get("months")).isEmpty();
    assertThat(none.get("notes").toString()).contains("XYZ is not a country", "No stored event");
    assertThat(brief("BLR", "XYZ").out()).contains("> No stored event involves both BLR and XYZ");
  }

  @Test
  void plotsTheSeriesAsSvgAndPng() throws Exception {
    Path svg = folder.resolve("series.svg");
    brief("BLR", "PAK", "--plot", svg.toString());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    NodeList titles = document.getElementsByTagNameNS("*", "title");
    List<String> bars = new ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      bars.add(titles.item(i).getTextContent());
    }
    assertThat(bars)
        .containsExactly("2023-01: 1 conflict", "2023-03: 1 cooperation", "2023-05: 1 cooperation");
    NodeList texts = document.getElementsByTagNameNS("*", "text");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    assertThat(labels)
        .contains("2023-01", "2023-02", "2023-05")
        .anyMatch(label -> label.startsWith("Cooperation"))
        .anyMatch(label -> label.startsWith("Belarus – Pakistan"));

    Path png = folder.resolve("series.PNG");
    brief("BLR", "PAK", "--plot", png.toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(SeriesChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(SeriesChart.HEIGHT);
    assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
  }

  @Test
  void badArgumentsGiveOneLineUsageErrors() {
    assertOneLine(CliRun.run("brief", "--db", db, "BL1", "PAK"), "attache: a country is an ISO3");
    assertOneLine(CliRun.run("brief", "--db", db, "BLR", "blr"), "attache: a brief needs two");
    assertOneLine(
        CliRun.run("brief", "--db", db, "BLR", "PAK", "--from", "2023-02-01", "--to", "2023-01-01"),
        "attache: --to must not precede --from");
    assertOneLine(
        CliRun.run("brief", "--db", db, "BLR", "PAK", "--plot", "chart.gif"),
        "attache: --plot needs a file ending in .svg or .png");
    CliRun format = CliRun.run("brief", "--db", db, "BLR", "PAK", "--format", "html");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(format.err()).startsWith("attache: Invalid value for option '--format'");
    assertThat(CliRun.run("brief", "--db", db, "BLR").exitCode())
        .isEqualTo(ExitCodes.INVALID_INPUT);
  }

  private static void assertOneLine(CliRun run, String prefix) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).startsWith(prefix).doesNotContain("\n");
  }
}
