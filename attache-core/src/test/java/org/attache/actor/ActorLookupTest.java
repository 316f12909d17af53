package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups over the bundled tables: the examples the resolver must get right. */
class ActorLookupTest {

  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();

  @Test
  void journalistsTakeThePloverSectorOfTheEventRecord() {
    // EVENTS.md lists PLOVER sectors (… CVL, JRN, REB …); CAMEO's MED is not what users read.
    assertThat(KNOWLEDGE.role("journalists")).get().extracting(Role::sector).isEqualTo("JRN");
    assertThat(KNOWLEDGE.role("state media")).get().extracting(Role::sector).isEqualTo("JRN");
  }

  @Test
  void countriesByNameAliasDemonymAndCode() {
    assertThat(iso3("Belarus")).isEqualTo("BLR");
    assertThat(iso3("Byelorussia")).isEqualTo("BLR");
    assertThat(iso3("belarusian")).isEqualTo("BLR");
    assertThat(iso3("Pakistani")).isEqualTo("PAK");
    assertThat(iso3("Pakistanis")).isEqualTo("PAK");
    assertThat(iso3("American")).isEqualTo("USA");
    assertThat(iso3("British")).isEqualTo("GBR");
    assertThat(iso3("U.S.")).isEqualTo("USA");
    assertThat(iso3("BLR")).isEqualTo("BLR");
    assertThat(iso3("  United   Kingdom ")).isEqualTo("GBR");
    assertThat(iso3("Côte d’Ivoire")).isEqualTo("CIV");
  }

  @Test
  void exactCaseKeysDoNotMatchOrdinaryWords() {
    assertThat(iso3("US")).isEqualTo("USA");
    assertThat(KNOWLEDGE.country("us")).isEmpty();
    assertThat(KNOWLEDGE.country("and")).isEmpty();
    assertThat(KNOWLEDGE.organisation("WHO").map(Organisation::id)).contains("WHO");
    assertThat(KNOWLEDGE.organisation("who")).isEmpty();
    assertThat(KNOWLEDGE.role("pm")).isEmpty();
    assertThat(KNOWLEDGE.role("PM").map(Role::title)).contains("Prime Minister");
  }

  @Test
  void placesGiveTheirCountry() {
    assertThat(placeIso3("Islamabad")).isEqualTo("PAK");
    assertThat(placeIso3("Minsk")).isEqualTo("BLR");
    assertThat(placeIso3("Kyiv")).isEqualTo("UKR");
    assertThat(placeIso3("Kiev")).isEqualTo("UKR");
    assertThat(placeIso3("Washington")).isEqualTo("USA");
    assertThat(placeIso3("Moscow")).isEqualTo("RUS");
    assertThat(placeIso3("New York")).isEqualTo("USA");
    assertThat(placeIso3("karachi")).isEqualTo("PAK");
    assertThat(KNOWLEDGE.countryOfPlace("Atlantis")).isEmpty();
  }

  @Test
  void capitals() {
    assertThat(KNOWLEDGE.isCapital("Islamabad")).isTrue();
    assertThat(KNOWLEDGE.isCapital("Kiev")).isTrue();
    assertThat(KNOWLEDGE.isCapital("La Paz")).isTrue();
    assertThat(KNOWLEDGE.isCapital("Karachi")).isFalse();
    assertThat(KNOWLEDGE.isCapital("New York")).isFalse();
  }

  @Test
  void foreignMinistries() {
    assertThat(KNOWLEDGE.foreignMinistry("Foreign Office"))
        .extracting(Country::iso3)
        .containsExactly("PAK", "GBR");
    assertThat(KNOWLEDGE.foreignMinistry("State Department"))
        .extracting(Country::iso3)
        .containsExactly("USA");
  }

  @Test
  void organisationsAndTheirCodes() {
    Organisation unga = KNOWLEDGE.organisation("UN General Assembly").orElseThrow();
    assertThat(unga.code()).isEqualTo("UNO");
    assertThat(unga.sector()).isEqualTo("IGO");
    assertThat(KNOWLEDGE.organisation("UNSC").map(Organisation::code)).contains("UNO");
    assertThat(KNOWLEDGE.organisation("Nato").map(Organisation::code)).contains("NAT");
    assertThat(KNOWLEDGE.organisation("European Union").map(Organisation::code)).contains("EEC");
    Organisation msf = KNOWLEDGE.organisation("Doctors Without Borders").orElseThrow();
    assertThat(msf.sector()).isEqualTo("NGO");
    assertThat(msf.cameo()).isEqualTo("NGOMSF");
  }

  @Test
  void roles() {
    assertThat(KNOWLEDGE.role("Foreign Minister"))
        .contains(new Role("foreign minister", "GOV", "Foreign Minister"));
    assertThat(KNOWLEDGE.role("FM").map(Role::title)).contains("Foreign Minister");
    assertThat(KNOWLEDGE.role("foreign office").map(Role::sector)).contains("GOV");
    assertThat(KNOWLEDGE.role("police").map(Role::sector)).contains("COP");
    assertThat(KNOWLEDGE.role("lawmakers").map(Role::sector)).contains("LEG");
    assertThat(KNOWLEDGE.role("supreme court").map(Role::sector)).contains("JUD");
    assertThat(KNOWLEDGE.role("troops").map(Role::sector)).contains("MIL");
    assertThat(KNOWLEDGE.role("spokesperson").orElseThrow().inheritsSector()).isTrue();
  }

  @Test
  void leadersHoldTheirRoleOnlyWithinTheirTerm() {
    assertThat(titles("Lukashenko", "2024-11-26")).containsExactly("BLR President");
    assertThat(titles("Aleksandr Lukashenko", "1994-07-20")).containsExactly("BLR President");
    assertThat(titles("Lukashenko", "1994-07-19")).isEmpty();
    assertThat(titles("Bilawal Bhutto Zardari", "2023-05-30"))
        .containsExactly("PAK Foreign Minister");
    assertThat(titles("Bilawal Bhutto Zardari", "2024-06-01")).isEmpty();
    assertThat(titles("Imran Khan", "2022-04-10")).containsExactly("PAK Prime Minister");
    assertThat(titles("Imran Khan", "2022-04-11")).isEmpty();
    assertThat(titles("Shehbaz Sharif", "2023-01-01")).containsExactly("PAK Prime Minister");
    assertThat(titles("Shehbaz Sharif", "2023-12-01")).isEmpty();
    assertThat(titles("Shehbaz Sharif", "2025-01-01")).containsExactly("PAK Prime Minister");
    assertThat(titles("Vladimir Makei", "2022-11-26")).containsExactly("BLR Foreign Minister");
    assertThat(titles("Makei", "2022-11-27")).isEmpty();
  }

  @Test
  void officeHolders() {
    assertThat(holder("BLR", "Foreign Minister", "2020-01-01")).containsExactly("Vladimir Makei");
    assertThat(holder("BLR", "Foreign Minister", "2023-06-01")).containsExactly("Sergei Aleinik");
    assertThat(holder("BLR", "Foreign Minister", "2025-01-01")).containsExactly("Maxim Ryzhenkov");
    assertThat(holder("BLR", "foreign minister", "2022-12-01")).isEmpty();
    assertThat(holder("PAK", "Prime Minister", "2019-01-01")).containsExactly("Imran Khan");
    assertThat(holder("PAK", "Prime Minister", "2023-10-01"))
        .containsExactly("Anwaar-ul-Haq Kakar");
    assertThat(holder("PAK", "Prime Minister", "2024-03-04"))
        .containsExactly("Anwaar-ul-Haq Kakar", "Shehbaz Sharif");
    assertThat(holder("PAK", "Foreign Minister", "2023-09-01"))
        .containsExactly("Jalil Abbas Jilani");
    assertThat(holder("PAK", "Foreign Minister", "2024-06-01")).containsExactly("Ishaq Dar");
    assertThat(holder("PAK", "President", "2016-01-01")).containsExactly("Mamnoon Hussain");
    assertThat(holder("PAK", "President", "2020-01-01")).containsExactly("Arif Alvi");
    assertThat(holder("PAK", "President", "2024-03-11")).containsExactly("Asif Ali Zardari");
    assertThat(holder("USA", "President", "2024-11-26")).containsExactly("Joe Biden");
    assertThat(holder("EEC", "High Representative", "2025-06-01")).containsExactly("Kaja Kallas");
    assertThat(holder("RUS", "Foreign Minister", "2015-01-01")).containsExactly("Sergey Lavrov");
  }

  @Test
  void phraseLengthsBoundTheKeys() {
    PhraseLengths lengths = KNOWLEDGE.phraseLengths();
    assertThat(lengths.countries())
        .isGreaterThanOrEqualTo(8); // United Kingdom of Great Britain and Northern Ireland
    assertThat(lengths.roles()).isGreaterThanOrEqualTo(4); // chancellor of the exchequer
    assertThat(lengths.max()).isGreaterThanOrEqualTo(lengths.organisations());
  }

  private static String iso3(String phrase) {
    return KNOWLEDGE.country(phrase).map(Country::iso3).orElse(null);
  }

  private static String placeIso3(String phrase) {
    return KNOWLEDGE.countryOfPlace(phrase).map(Country::iso3).orElse(null);
  }

  private static List<String> titles(String name, String date) {
    return KNOWLEDGE.leaders(name, LocalDate.parse(date)).stream()
        .map(l -> l.country() + " " + l.title())
        .toList();
  }

  private static List<String> holder(String iso3, String title, String date) {
    return KNOWLEDGE.officeHolder(iso3, title, LocalDate.parse(date)).stream()
        .map(Leader::name)
        .toList();
  }
}
