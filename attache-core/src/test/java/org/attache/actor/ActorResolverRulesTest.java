package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.actor.ActorAssertions.code;
import static org.attache.actor.ActorAssertions.find;

import java.util.List;
import org.attache.annotate.Annotation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One small hand-built document per rule of {@link ActorResolver}. */
class ActorResolverRulesTest {

  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(KNOWLEDGE);

  private static List<ActorMention> resolve(TestDocument document, String story) {
    Annotation annotation = document.build();
    return ActorAssertions.check(annotation, RESOLVER.resolve(annotation, story));
  }

  @Nested
  class PhraseScanning {
    @Test
    void longestMatchWinsOverAShorterAliasInside() {
      Annotation annotation =
          TestDocument.on("2024-01-10")
              .sentence("the/DT UN/NNP General/NNP Assembly/NNP voted/VBD", "4>3:nsubj")
              .build();
      List<Lexeme> lexemes =
          new LexiconScanner(KNOWLEDGE).scan(annotation.text(), annotation.sentences().get(0));
      assertThat(lexemes).hasSize(1);
      assertThat(lexemes.get(0).text()).isEqualTo("UN General Assembly");
      assertThat(lexemes.get(0).organisation().map(Organisation::id)).contains("UNGA");
    }

    @Test
    void aPersonIsNotReadAsACountry() {
      Annotation annotation =
          TestDocument.on("2024-01-10")
              .sentence("Jordan/NNP/PERSON Smith/NNP/PERSON spoke/VBD")
              .build();
      assertThat(
              new LexiconScanner(KNOWLEDGE).scan(annotation.text(), annotation.sentences().get(0)))
          .isEmpty();
    }

    @Test
    void aBasedTokenIsReadAsItsPlace() {
      Annotation annotation =
          TestDocument.on("2024-01-10").sentence("a/DT Minsk-based/JJ firm/NN").build();
      List<Lexeme> lexemes =
          new LexiconScanner(KNOWLEDGE).scan(annotation.text(), annotation.sentences().get(0));
      assertThat(lexemes).extracting(Lexeme::text).containsExactly("Minsk", "firm");
      assertThat(lexemes.get(0).based()).isTrue();
    }

    @Test
    void aCapitalAsSubjectIsItsGovernmentButAsAPlaceIsNothing() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-01-10")
                  .sentence(
                      "Minsk/NNP/CITY rejected/VBD the/DT claim/NN ~./.", "1>0:nsubj", "1>3:obj")
                  .sentence(
                      "Protests/NNS continued/VBD in/IN Minsk/NNP/CITY ~./.",
                      "1>0:nsubj",
                      "1>3:obl:in"),
              null);
      assertThat(mentions).hasSize(1);
      assertThat(code(mentions.get(0))).isEqualTo("BLR GOV");
      assertThat(mentions.get(0).sentence()).isZero();
    }

    @Test
    void withoutAParseTheNeighbouringWordsDecide() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-01-10")
                  .sentence("Minsk/NNP/CITY rejected/VBD the/DT claim/NN")
                  .sentence("Troops/NNS gathered/VBD in/IN Pakistan/NNP/COUNTRY"),
              null);
      assertThat(mentions).extracting(ActorAssertions::code).containsExactly("BLR GOV");
    }

    @Test
    void aDemonymWithoutARoleAndACityThatIsNoCapitalAreNotActors() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-01-10")
                  .sentence(
                      "Karachi/NNP/CITY welcomed/VBD Pakistani/JJ/NATIONALITY exports/NNS",
                      "1>0:nsubj"),
              null);
      assertThat(mentions).isEmpty();
    }

    @Test
    void aDemonymBeforeAPastVerbAndItsObjectStandsForItsCountry() {
      List<ActorMention> slip =
          resolve(
              TestDocument.on("2023-05-29")
                  .sentence("since/IN Russian/JJ/NATIONALITY invaded/JJ Ukraine/NNP/COUNTRY"),
              null);
      assertThat(slip).extracting(ActorAssertions::code).containsExactly("RUS", "UKR");
      assertThat(slip.get(0).reason()).startsWith("demonym standing for its country before a verb");
      List<ActorMention> forces =
          resolve(
              TestDocument.on("2023-05-29")
                  .sentence("Russian/JJ/NATIONALITY armed/JJ forces/NNS crossed/VBD"),
              null);
      assertThat(forces).extracting(ActorAssertions::code).doesNotContain("RUS");
    }
  }

  @Nested
  class TitleAndCountryInOnePhrase {
    @Test
    void demonymRolePerson() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2023-03-01")
                      .sentence(
                          "Belarusian/JJ Minister/NNP of/IN Foreign/NNP Affairs/NNP Sergei/NNP/PERSON"
                              + " Aleinik/NNP/PERSON spoke/VBD"),
                  null)
              .get(0);
      assertThat(mention.text()).isEqualTo("Belarusian Minister of Foreign Affairs Sergei Aleinik");
      assertThat(mention.actor())
          .isEqualTo(Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister"));
    }

    @Test
    void russianPresident() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2023-03-01")
                      .sentence(
                          "Russian/JJ President/NNP Vladimir/NNP/PERSON Putin/NNP/PERSON said/VBD"),
                  "BLR")
              .get(0);
      assertThat(code(mention)).isEqualTo("RUS GOV");
      assertThat(mention.actor().name()).isEqualTo("Vladimir Putin");
      assertThat(mention.actor().title()).isEqualTo("President");
    }

    @Test
    void roleOfCountryPerson() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2023-03-01")
                      .sentence(
                          "President/NNP of/IN Belarus/NNP Aleksandr/NNP/PERSON Lukashenko/NNP/PERSON"
                              + " arrived/VBD"),
                  null)
              .get(0);
      assertThat(mention.actor())
          .isEqualTo(Actor.of("BLR", "GOV", "Alexander Lukashenko", "President"));
      assertThat(mention.reason())
          .isEqualTo("title of country in one phrase: 'President of Belarus' + PERSON");
    }

    @Test
    void aTitledPersonWithoutCountryIsFoundInTheLeadersTable() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2023-03-01")
                      .sentence(
                          "Prime/NNP Minister/NNP Shehbaz/NNP/PERSON Sharif/NNP/PERSON said/VBD"),
                  null)
              .get(0);
      assertThat(code(mention)).isEqualTo("PAK GOV");
      assertThat(mention.reason())
          .isEqualTo("leader in office on 2023-03-01: Shehbaz Sharif, Prime Minister of PAK");
    }
  }

  @Nested
  class PossessiveAndBased {
    @Test
    void thePossessorsForeignOfficeNotTheUnitedKingdoms() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2024-01-10")
                      .sentence(
                          "Pakistan/NNP ~'s/POS Foreign/NNP Office/NNP protested/VBD", "4>3:nsubj"),
                  "GBR")
              .get(0);
      assertThat(mention.text()).isEqualTo("Pakistan's Foreign Office");
      assertThat(mention.actor()).isEqualTo(Actor.of("PAK", "GOV", null, "Foreign Ministry"));
      assertThat(mention.reason()).isEqualTo("possessive: Pakistan's Foreign Office");
    }

    @Test
    void possessiveWithAdjectiveBeforeTheRole() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("Belarus/NNP ~'s/POS new/JJ ambassador/NN arrived/VBD"),
                  null)
              .get(0);
      assertThat(mention.text()).isEqualTo("Belarus's new ambassador");
      assertThat(mention.actor()).isEqualTo(Actor.of("BLR", "GOV", null, "Ambassador"));
    }

    @Test
    void basedAsOneTokenOrThree() {
      List<ActorMention> one =
          resolve(TestDocument.on("2024-01-10").sentence("a/DT Minsk-based/JJ company/NN"), "PAK");
      List<ActorMention> three =
          resolve(
              TestDocument.on("2024-01-10").sentence("a/DT Lahore/NNP ~-/HYPH ~based/VBN bank/NN"),
              null);
      assertThat(one).extracting(ActorAssertions::code).containsExactly("BLR BUS");
      assertThat(one.get(0).text()).isEqualTo("Minsk-based company");
      assertThat(three).extracting(ActorAssertions::code).containsExactly("PAK BUS");
      assertThat(three.get(0).actor().title()).isEqualTo("Bank");
    }

    @Test
    void basedWithoutARoleIsNoActor() {
      assertThat(
              resolve(
                  TestDocument.on("2024-01-10").sentence("a/DT Minsk-based/JJ manufacturer/NN"),
                  "BLR"))
          .isEmpty();
    }

    @Test
    void demonymAndRole() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("Pakistani/JJ police/NNS arrested/VBD him/PRP"),
                  "BLR")
              .get(0);
      assertThat(mention.text()).isEqualTo("Pakistani police");
      assertThat(code(mention)).isEqualTo("PAK COP");
      assertThat(mention.reason()).isEqualTo("demonym+role: Pakistani police");
    }
  }

  @Nested
  class StoryCountry {
    @Test
    void unqualifiedInstitutionsTakeTheStoryCountry() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-01-10")
                  .sentence(
                      "The/DT Foreign/NNP Office/NNP said/VBD police/NNS had/VBD arrested/VBN him/PRP"),
              "GBR");
      assertThat(mentions).extracting(ActorAssertions::code).containsExactly("GBR GOV", "GBR COP");
      assertThat(mentions.get(1).reason())
          .isEqualTo("story country for unqualified domestic institution: police");
    }

    @Test
    void aSpokespersonTakesTheSectorOfTheBodyBeforeIt() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("A/DT Foreign/NNP Office/NNP spokesperson/NN said/VBD"),
                  "PAK")
              .get(0);
      assertThat(mention.text()).isEqualTo("Foreign Office spokesperson");
      assertThat(mention.actor()).isEqualTo(Actor.of("PAK", "GOV", null, "Spokesperson"));
    }

    @Test
    void aDistinctiveMinistryNameNeedsNoStoryCountry() {
      ActorMention mention =
          resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("The/DT State/NNP Department/NNP said/VBD"),
                  "PAK")
              .get(0);
      assertThat(code(mention)).isEqualTo("USA GOV");
      assertThat(mention.reason())
          .isEqualTo("distinctive foreign-ministry name: State Department → USA");
    }

    @Test
    void withoutAStoryCountryNothingIsGuessed() {
      assertThat(
              resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("The/DT Foreign/NNP Office/NNP said/VBD police/NNS came/VBD"),
                  null))
          .isEmpty();
    }

    @Test
    void aRoleModifyingANounAndABusinessRoleAreNotCoded() {
      assertThat(
              resolve(
                  TestDocument.on("2024-01-10")
                      .sentence("military/JJ cooperation/NN helped/VBD the/DT company/NN"),
                  "PAK"))
          .isEmpty();
    }
  }

  @Nested
  class PeopleByLeadersTable {
    @Test
    void aSurnameAloneIsTheLeaderInOfficeOnTheDate() {
      ActorMention mention =
          resolve(TestDocument.on("2024-11-26").sentence("Lukashenko/NNP/PERSON said/VBD"), null)
              .get(0);
      assertThat(mention.actor())
          .isEqualTo(Actor.of("BLR", "GOV", "Alexander Lukashenko", "President"));
      assertThat(mention.reason())
          .isEqualTo("leader in office on 2024-11-26: Alexander Lukashenko, President of BLR");
    }

    @Test
    void outsideTheTermTheNameIsNotCoded() {
      assertThat(
              resolve(
                  TestDocument.on("2024-06-01")
                      .sentence(
                          "Bilawal/NNP/PERSON Bhutto/NNP/PERSON Zardari/NNP/PERSON spoke/VBD"),
                  "PAK"))
          .isEmpty();
    }

    @Test
    void aTitledNameNotInTheTablesKeepsItsTitleAndLaterShortName() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-06-01")
                  .sentence("Ambassador/NNP Jane/NNP/PERSON Roe/NNP/PERSON arrived/VBD")
                  .sentence("Roe/NNP/PERSON spoke/VBD"),
              "PAK");
      assertThat(mentions).hasSize(2);
      assertThat(mentions.get(0).actor())
          .isEqualTo(Actor.of("PAK", "GOV", "Jane Roe", "Ambassador"));
      assertThat(mentions.get(1).actor()).isEqualTo(mentions.get(0).actor());
      assertThat(mentions.get(1).reason()).isEqualTo("short name of an earlier mention: Jane Roe");
    }

    @Test
    void withoutADateNoLeaderIsLookedUp() {
      assertThat(resolve(TestDocument.on(null).sentence("Lukashenko/NNP/PERSON said/VBD"), null))
          .isEmpty();
    }
  }

  @Nested
  class WithinTheDocument {
    @Test
    void theMinisterIsTheMostRecentMinister() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2023-06-01")
                  .sentence(
                      "Belarus/NNP Foreign/NNP Minister/NNP Sergei/NNP/PERSON Aleinik/NNP/PERSON arrived/VBD")
                  .sentence("The/DT minister/NN met/VBD students/NNS"),
              null);
      ActorMention minister = find(mentions, "minister");
      assertThat(minister.actor()).isEqualTo(mentions.get(0).actor());
      assertThat(minister.reason())
          .isEqualTo("title of an earlier mention: minister → Sergei Aleinik");
    }

    @Test
    void amongMinistersOfOneSentenceTheSubjectWinsAndNoOneIsHisOwnCounterpart() {
      TestDocument document =
          TestDocument.on("2023-05-29")
              .sentence(
                  "Belarus/NNP Foreign/NNP Minister/NNP Sergei/NNP/PERSON Aleinik/NNP/PERSON"
                      + " arrived/VBD",
                  "5>4:nsubj")
              .sentence(
                  "Aleinik/NNP/PERSON visits/VBZ at/IN the/DT invitation/NN of/IN Foreign/NNP"
                      + " Minister/NNP Bilawal/NNP/PERSON Bhutto/NNP/PERSON Zardari/NNP/PERSON",
                  "1>0:nsubj")
              .sentence("The/DT foreign/JJ minister/NN will/MD leave/VB", "4>2:nsubj")
              .sentence(
                  "Foreign/NNP Minister/NNP met/VBD his/PRP$ Belarusian/JJ/NATIONALITY"
                      + " counterpart/NN",
                  "2>1:nsubj");
      List<ActorMention> mentions = resolve(document, "PAK");
      ActorMention leaving = find(mentions, "foreign minister");
      assertThat(leaving.actor().name()).isEqualTo("Sergei Aleinik");
      ActorMention meeting =
          mentions.stream()
              .filter(m -> m.sentence() == 3 && m.text().equals("Foreign Minister"))
              .findFirst()
              .orElseThrow();
      assertThat(meeting.actor().name()).isEqualTo("Bilawal Bhutto Zardari");
    }

    @Test
    void pronounsTakeTheirChainsActor() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-11-26")
                  .sentence("Lukashenko/NNP/PERSON landed/VBD")
                  .sentence("His/PRP$ plane/NN was/VBD late/JJ and/CC he/PRP apologised/VBD")
                  .chain(new int[] {0, 0, 0}, new int[] {1, 0, 0}, new int[] {1, 5, 5}),
              null);
      assertThat(mentions)
          .extracting(ActorMention::text)
          .containsExactly("Lukashenko", "His", "he");
      assertThat(mentions)
          .extracting(m -> m.actor().id())
          .containsOnly("BLR:GOV:Alexander Lukashenko");
      assertThat(mentions.get(2).reason()).isEqualTo("coreference with 'Lukashenko' (chain 1)");
    }

    @Test
    void aChainWithoutACodedRepresentativeAddsNothing() {
      assertThat(
              resolve(
                  TestDocument.on("2024-11-26")
                      .sentence("The/DT farmer/NN landed/VBD")
                      .sentence("He/PRP apologised/VBD")
                      .chain(new int[] {0, 0, 1}, new int[] {1, 0, 0}),
                  null))
          .isEmpty();
    }

    @Test
    void bothCountriesAreTheTwoMostProminentCountriesAsWholes() {
      List<ActorMention> mentions =
          resolve(
              TestDocument.on("2024-11-26")
                  .sentence(
                      "Pakistan/NNP and/CC Belarus/NNP signed/VBD a/DT deal/NN",
                      "3>0:nsubj",
                      "0>2:conj:and")
                  .sentence("Belarus/NNP praised/VBD it/PRP", "1>0:nsubj")
                  .sentence("Both/DT countries/NNS gain/VBP"),
              null);
      List<ActorMention> both = mentions.stream().filter(m -> m.sentence() == 2).toList();
      assertThat(both).extracting(ActorAssertions::code).containsExactly("BLR", "PAK");
      assertThat(both).extracting(ActorMention::text).containsOnly("Both countries");
    }

    @Test
    void theTwoSidesNeedTwoCountries() {
      assertThat(
              resolve(
                  TestDocument.on("2024-11-26")
                      .sentence("Pakistan/NNP signed/VBD", "1>0:nsubj")
                      .sentence("The/DT two/CD sides/NNS met/VBD"),
                  null))
          .extracting(ActorMention::text)
          .containsExactly("Pakistan");
    }
  }

  @Nested
  class Records {
    @Test
    void idsDeriveFromTheFields() {
      assertThat(Actor.of("BLR", "GOV", "Sergei Aleinik", "Foreign Minister").id())
          .isEqualTo("BLR:GOV:Sergei Aleinik");
      assertThat(Actor.of("PAK", "COP", null, "Police").id()).isEqualTo("PAK:COP:Police");
      assertThat(Actor.of("PAK", null, null, null).id()).isEqualTo("PAK");
    }

    @Test
    void invalidValuesAreNamed() {
      Actor actor = Actor.of("PAK", "GOV", null, null);
      assertThatThrownBy(() -> new ActorMention(5, 5, 0, "", actor, "r"))
          .hasMessage("actor mention needs 0 <= start < end: start=5, end=5");
      assertThatThrownBy(() -> new ActorMention(-1, 2, 0, "abc", actor, "r"))
          .hasMessageContaining("start=-1");
      assertThatThrownBy(() -> new ActorMention(0, 2, 0, "ab", actor, " "))
          .hasMessage("reason must not be blank: text=ab");
      assertThatThrownBy(() -> Actor.of(" ", "GOV", null, null)).hasMessageContaining("country");
    }
  }
}
