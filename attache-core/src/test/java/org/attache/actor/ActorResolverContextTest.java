package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.actor.ActorAssertions.code;
import static org.attache.actor.ActorAssertions.find;

import java.util.List;
import org.attache.annotate.Annotation;
import org.junit.jupiter.api.Test;

/**
 * The rules that read a mention from its context rather than its words alone: pronouns without a
 * coreference model, "counterpart", a title said of its clause's subject, the office holder of a
 * "title of country" phrase, and a country modifying an event noun. Hand-built annotations.
 */
class ActorResolverContextTest {

  private static final ActorResolver RESOLVER = new ActorResolver(ActorKnowledge.bundled());

  private static List<ActorMention> resolve(TestDocument document, String story) {
    Annotation annotation = document.build();
    return ActorAssertions.check(annotation, RESOLVER.resolve(annotation, story));
  }

  @Test
  void hisTakesTheNearestPersonOfTheSentence() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2023-05-30")
                .sentence(
                    "Sergei/NNP/PERSON Aleinik/NNP/PERSON praised/VBD his/PRP$ hosts/NNS ~./.",
                    "2>1:nsubj",
                    "4>3:nmod:poss",
                    "2>4:obj"),
            null);
    ActorMention his = find(mentions, "his");
    assertThat(his.actor().name()).isEqualTo("Sergei Aleinik");
    assertThat(his.reason()).contains("pronoun 'his'").contains("nearest person");
  }

  @Test
  void heInANewSentenceTakesThePreviousSubjectNotTheLastPerson() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-11-26")
                .sentence(
                    "Lukashenko/NNP/PERSON met/VBD Zardari/NNP/PERSON ~./.", "1>0:nsubj", "1>2:obj")
                .sentence("He/PRP left/VBD ~./.", "1>0:nsubj"),
            null);
    assertThat(find(mentions, "He").actor().name()).isEqualTo("Alexander Lukashenko");
  }

  @Test
  void itTakesACountryAndADummyItIsLeftAlone() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-01-10")
                .sentence("Belarus/NNP backs/VBZ Russia/NNP ~./.", "1>0:nsubj", "1>2:obj")
                .sentence("It/PRP is/VBZ defying/VBG the/DT West/NNP ~./.", "2>0:nsubj", "2>1:aux")
                .sentence("It/PRP is/VBZ clear/JJ ~./.", "2>0:nsubj", "2>1:cop"),
            null);
    List<ActorMention> its = mentions.stream().filter(m -> m.text().equals("It")).toList();
    assertThat(its).hasSize(1);
    assertThat(code(its.get(0))).isEqualTo("BLR");
    assertThat(its.get(0).sentence()).isEqualTo(1);
  }

  @Test
  void aPronounWithoutAnAntecedentTwoSentencesAwayIsNotCoded() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-01-10")
                .sentence("Lukashenko/NNP/PERSON spoke/VBD ~./.", "1>0:nsubj")
                .sentence("Rain/NN fell/VBD ~./.", "1>0:nsubj")
                .sentence("He/PRP left/VBD ~./.", "1>0:nsubj"),
            null);
    assertThat(mentions).extracting(ActorMention::text).containsExactly("Lukashenko");
  }

  @Test
  void aCounterpartHoldsTheSameOfficeInTheOtherCountry() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2023-05-31")
                .sentence(
                    "Belarusian/JJ Foreign/NNP Minister/NNP Sergei/NNP/PERSON Aleinik/NNP/PERSON"
                        + " met/VBD his/PRP$ Pakistani/JJ counterpart/NN ~./.",
                    "5>4:nsubj",
                    "5>8:obj"),
            "BLR");
    ActorMention counterpart = find(mentions, "Pakistani counterpart");
    assertThat(code(counterpart)).isEqualTo("PAK GOV");
    assertThat(counterpart.actor().name()).isEqualTo("Bilawal Bhutto Zardari");
    assertThat(counterpart.actor().title()).isEqualTo("Foreign Minister");
    assertThat(counterpart.reason()).startsWith("counterpart of Sergei Aleinik (Foreign Minister)");
  }

  @Test
  void aTitleSaidOfItsSubjectIsTheSubjectNotTheStoryCountry() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-11-28")
                .sentence(
                    "Lukashenko/NNP/PERSON became/VBD head/NN of/IN state/NN in/IN 1994/CD ~./.",
                    "1>0:nsubj",
                    "1>2:xcomp",
                    "2>4:nmod:of"),
            "PAK");
    ActorMention head = find(mentions, "head of state");
    assertThat(code(head)).isEqualTo("BLR GOV");
    assertThat(head.actor().name()).isEqualTo("Alexander Lukashenko");
    assertThat(head.reason()).startsWith("title said of its clause's subject");
  }

  @Test
  void theTitleOfACountryIsItsOfficeHolderOnTheDate() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2023-05-31")
                .sentence("by/IN order/NN of/IN the/DT president/NN of/IN Belarus/NNP ~./."),
            "PAK");
    ActorMention president = find(mentions, "president of Belarus");
    assertThat(code(president)).isEqualTo("BLR GOV");
    assertThat(president.actor().name()).isEqualTo("Alexander Lukashenko");
    assertThat(president.reason()).contains("office holder");
  }

  @Test
  void aCountryModifyingAnEventNounIsCodedAsTheTarget() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2023-05-29")
                .sentence(
                    "a/DT staging/NN ground/NN for/IN the/DT Ukraine/NNP invasion/NN ~./.",
                    "6>5:compound")
                .sentence("US/NNP sanctions/NNS hurt/VBD ~./.", "1>0:compound", "2>1:nsubj"),
            null);
    ActorMention ukraine = find(mentions, "the Ukraine");
    assertThat(code(ukraine)).isEqualTo("UKR");
    assertThat(ukraine.reason()).startsWith("target, not actor");
    assertThat(find(mentions, "US").reason()).startsWith("country named as an actor");
  }

  @Test
  void theTwoSidesStayBothCountriesWhenAChainLinksThemToOne() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-11-26")
                .sentence("Pakistan/NNP and/CC Belarus/NNP signed/VBD deals/NNS ~./.", "3>0:nsubj")
                .sentence("The/DT two/CD sides/NNS agreed/VBD ~./.", "3>2:nsubj")
                .chain(new int[] {0, 0, 0}, new int[] {1, 0, 2}),
            null);
    assertThat(mentions.stream().filter(m -> m.text().equals("The two sides")))
        .extracting(ActorAssertions::code)
        .containsExactlyInAnyOrder("PAK GOV", "BLR GOV");
  }

  @Test
  void heAfterAQuoteIsTheLastSpeakerNotThePersonInsideTheQuote() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2023-05-31")
                .sentence(
                    "Sergei/NNP/PERSON Aleinik/NNP/PERSON said/VBD/O/say talks/NNS went/VBD well/RB ~./.",
                    "2>1:nsubj",
                    "1>0:compound")
                .sentence(
                    "\u201c/`` The/DT president/NN backs/VBZ it/PRP ~,/, \u201d/'' he/PRP"
                        + " added/VBD/O/add ~./.",
                    "3>2:nsubj",
                    "8>7:nsubj"),
            "BLR");
    ActorMention he = find(mentions, "he");
    assertThat(he.actor().name()).isEqualTo("Sergei Aleinik");
    assertThat(he.reason()).contains("after a quote");
  }
}
