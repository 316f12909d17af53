package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User files: rows that add to or replace bundled rows, and one-line errors naming file:line. */
class ActorUserFilesTest {

  @TempDir Path dir;

  @Test
  void aUserFileReplacesACapitalAndAddsALeader() throws IOException {
    Path countries =
        write(
            "countries.tsv",
            "# table: countries",
            "iso3\tiso2\tname\taliases\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tcities\tforeign_ministry",
            "IDN\tID\tIndonesia\tRepublic of Indonesia\tIndonesian|Indonesians\tNusantara\t-0.97\t116.71\tJakarta:-6.21:106.85\t");
    Path leaders =
        write(
            "leaders.tsv",
            "# table: leaders",
            "# no header: the directive says which table",
            "Maxim Ryzhenkov\tRyzhenkov\tBLR\tForeign Minister\tGOV\t2024-06-27\t2029-12-31",
            "Jane Example\tExample\tBLR\tForeign Minister\tGOV\t2030-01-01\t");

    ActorKnowledge knowledge = ActorKnowledge.load(List.of(countries, leaders));

    Country indonesia = knowledge.country("Indonesian").orElseThrow();
    assertThat(indonesia.capital()).isEqualTo("Nusantara");
    assertThat(knowledge.isCapital("Nusantara")).isTrue();
    assertThat(knowledge.isCapital("Jakarta")).isFalse();
    assertThat(knowledge.countryOfPlace("Jakarta").map(Country::iso3)).contains("IDN");
    assertThat(knowledge.countries()).hasSize(197);
    assertThat(knowledge.countries().indexOf(indonesia))
        .isEqualTo(indexOf(ActorKnowledge.bundled(), "IDN"));
    assertThat(knowledge.officeHolder("BLR", "Foreign Minister", LocalDate.parse("2031-01-01")))
        .extracting(Leader::name)
        .containsExactly("Jane Example");
    assertThat(knowledge.leaders("Example", LocalDate.parse("2031-01-01"))).hasSize(1);
    // the bundled instance is untouched
    assertThat(ActorKnowledge.bundled().country("Indonesian").orElseThrow().capital())
        .isEqualTo("Jakarta");
  }

  @Test
  void aUserRowWithTheSameKeyReplacesTheLeaderRow() throws IOException {
    Path leaders =
        write(
            "leaders.tsv",
            "name\taliases\tcountry\ttitle\tsector\tstart\tend",
            "Maxim Ryzhenkov\tRyzhenkov\tBLR\tForeign Minister\tGOV\t2024-06-27\t2030-12-31");
    ActorKnowledge knowledge = ActorKnowledge.load(List.of(leaders));
    assertThat(knowledge.leaders()).hasSameSizeAs(ActorKnowledge.bundled().leaders());
    assertThat(knowledge.leaders("Ryzhenkov", LocalDate.parse("2031-01-01"))).isEmpty();
  }

  @Test
  void aBadCoordinateNamesFileLineAndValue() throws IOException {
    Path file =
        write(
            "bad.tsv",
            "iso3\tiso2\tname\taliases\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tcities\tforeign_ministry",
            "# a comment line counts",
            "ATL\tAT\tAtlantis\t\t\tPoseidonia\t95.0\t10.0\t\t");
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
        .isInstanceOf(KnowledgeException.class)
        .hasMessage(file + ":3: latitude out of range [-90, 90]: 95.0");
  }

  @Test
  void aBadDateNamesFileLineAndValue() throws IOException {
    Path file =
        write(
            "leaders.tsv",
            "# table: leaders",
            "Jane Example\t\tBLR\tForeign Minister\tGOV\t2030-13-01\t");
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
        .isInstanceOf(KnowledgeException.class)
        .hasMessage(file + ":2: not a valid date: 2030-13-01");
  }

  @Test
  void otherBadRowsNameFileLineAndValue() throws IOException {
    assertError(
        write("a.tsv", "# table: leaders", "Jane\t\tATL\tPresident\tGOV\t2020\t"),
        ":2: unknown country (neither an ISO3 code in countries nor an organisation code): ATL");
    assertError(
        write("b.tsv", "# table: leaders", "Jane\t\tBLR\tPresident\tGOV\t2020-05-01\t2019-01-01"),
        ":2: term ends before it starts: 2020-05-01 > 2019-01-01");
    assertError(
        write("c.tsv", "# table: roles", "warlord\tWAR\tWarlord"),
        ":2: unknown sector (see Sectors.CODES): WAR");
    assertError(
        write("d.tsv", "# table: roles", "warlord\tREB"),
        ":2: expected 3 tab-separated columns (phrase, sector, title), found 2: warlord→REB");
    assertError(
        write("e.tsv", "phrase\tsector\ttitle", "warlord\tREB\tWarlord", "Warlord\tREB\tWarlord"),
        ":3: duplicate key, first at line 2: warlord");
    assertError(write("f.tsv", "just some text"), ":1: cannot tell the table");
    assertError(
        write("g.tsv", "# table: treaties"),
        ":1: unknown table (countries, organisations, roles, leaders, named): treaties");
    assertError(
        write("h.tsv", "# table: countries", "usa\tUS\tX\t\t\tY\t0\t0\t\t"),
        ":2: ISO 3166-1 alpha-3 code must be three capital letters: usa");
    assertError(
        write(
            "i.tsv", "# table: countries", "ATL\tAT\tAtlantis\t\t\tPoseidonia\t1\t1\tHarbour:1\t"),
        ":2: city must be name:lat:lon: Harbour:1");
  }

  @Test
  void aMissingFileIsAnError() {
    Path missing = dir.resolve("missing.tsv");
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(missing)))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageStartingWith(missing + ": cannot read");
  }

  private static void assertError(Path file, String expectedAfterFileName) {
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageStartingWith(file + expectedAfterFileName);
  }

  private static int indexOf(ActorKnowledge knowledge, String iso3) {
    return knowledge.countries().indexOf(knowledge.countryByCode(iso3).orElseThrow());
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
