package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.actor.ActorMention;
import org.attache.annotate.Annotation;
import org.attache.event.DateResolver;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventPlace;
import org.attache.event.EventStatus;
import org.attache.event.PlaceResolver;
import org.junit.jupiter.api.Test;

/** The coder on hand-built parses (CoreNLP-style enhanced UD), with fake date and place finders. */
class EventCoderTest {
  private static final EventDate DAY =
      new EventDate(
          LocalDate.of(2023, 5, 30),
          LocalDate.of(2023, 5, 30),
          EventDate.Precision.DAY,
          EventDate.Basis.PUBLICATION,
          null,
          "fake");

  /** Records what it was asked; dates everything on one day. */
  private final List<String> asked = new ArrayList<>();

  private final DateResolver dates =
      (annotation, sentence, token, status) -> {
        asked.add("date " + token + " " + status.label());
        return Optional.of(DAY);
      };
  private final PlaceResolver places =
      (annotation, sentence, token, destination) -> {
        asked.add("place " + token + " " + destination);
        return Optional.empty();
      };
  private final EventCoder coder =
      new EventCoder(PredicateLexicon.bundled(), CameoCodes.bundled(), dates, places);

  private List<EventMention> code(ParsedSentence parsed) {
    Annotation annotation = parsed.annotation();
    return coder.code(annotation, parsed.actors());
  }

  private static List<String> countries(List<ActorMention> mentions) {
    return mentions.stream().map(m -> m.actor().country()).toList();
  }

  private static EventMention only(List<EventMention> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void possessorIsTheActorOfANominalVisitAndToTheRecipient() {
    ParsedSentence parsed =
        new ParsedSentence("Lukashenko 's official visit to Pakistan ended .")
            .lemmas("Lukashenko 's official visit to Pakistan end .")
            .tags("NNP POS JJ NN IN NNP VBD .")
            .arcs(
                "nmod:poss 4 1",
                "case 1 2",
                "amod 4 3",
                "nsubj 7 4",
                "case 6 5",
                "nmod:to 4 6",
                "root 0 7",
                "punct 7 8")
            .actor("Lukashenko", "BLR", "GOV")
            .actor("Pakistan", "PAK", null);
    EventMention visit = only(code(parsed));
    assertThat(visit.type().code()).isEqualTo("042");
    assertThat(visit.type().ploverType()).isEqualTo("CONSULT");
    assertThat(countries(visit.actors())).containsExactly("BLR");
    assertThat(countries(visit.recipients())).containsExactly("PAK");
    assertThat(visit.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(visit.triggerToken()).isEqualTo(3);
    assertThat(visit.lexiconEntry()).isEqualTo("visit-noun");
    assertThat(visit.rules())
        .contains("lexicon:visit-noun", "actor:nmod:poss", "recipient:nmod:to");
    assertThat(visit.date()).isEqualTo(DAY);
    assertThat(visit.place()).isNull();
    assertThat(asked).containsExactly("date 3 occurred", "place 3 true");
  }

  @Test
  void coordinatedSubjectsAreOneEventWithBothActors() {
    ParsedSentence parsed =
        new ParsedSentence("Pakistan and Belarus signed agreements .")
            .lemmas("Pakistan and Belarus sign agreement .")
            .tags("NNP CC NNP VBD NNS .")
            .arcs(
                "nsubj 4 1",
                "cc 3 2",
                "conj:and 1 3",
                "nsubj 4 3",
                "root 0 4",
                "obj 4 5",
                "punct 4 6")
            .actor("Pakistan", "PAK", null)
            .actor("Belarus", "BLR", null);
    EventMention signing = only(code(parsed));
    assertThat(signing.type().code()).isEqualTo("057");
    assertThat(countries(signing.actors())).containsExactly("PAK", "BLR");
    assertThat(signing.recipients()).isEmpty();
    assertThat(signing.trigger().start()).isEqualTo("Pakistan and Belarus ".length());
    assertThat(signing.trigger().end())
        .isEqualTo("Pakistan and Belarus signed agreements".length());
  }

  @Test
  void jointActorsLoseTheRecipientsCountry() {
    ParsedSentence parsed =
        new ParsedSentence("The two countries ended a visit to Pakistan .")
            .lemmas("the two country end a visit to Pakistan .")
            .tags("DT CD NNS VBD DT NN TO NNP .")
            .arcs(
                "det 3 1",
                "nummod 3 2",
                "nsubj 4 3",
                "root 0 4",
                "det 6 5",
                "obj 4 6",
                "case 8 7",
                "nmod:to 6 8",
                "punct 4 9")
            .actor("The two countries", "PAK", null)
            .actor("The two countries", "BLR", null)
            .actor("Pakistan", "PAK", null);
    EventMention visit = only(code(parsed));
    assertThat(countries(visit.actors())).containsExactly("BLR");
    assertThat(countries(visit.recipients())).containsExactly("PAK");
    assertThat(visit.rules()).contains("actor:joint-without-recipient");
  }

  @Test
  void aPassiveParticipleModifyingANounMakesItTheRecipient() {
    ParsedSentence parsed =
        new ParsedSentence("Police backed by paramilitary units patrolled .")
            .lemmas("police back by paramilitary unit patrol .")
            .tags("NNS VBN IN JJ NNS VBD .")
            .arcs(
                "nsubj 6 1",
                "acl 1 2",
                "nsubj 2 1",
                "case 5 3",
                "amod 5 4",
                "obl:agent 2 5",
                "root 0 6",
                "punct 6 7")
            .actor("Police", "PAK", "COP")
            .actor("paramilitary units", "PAK", "MIL");
    EventMention backing = only(code(parsed));
    assertThat(backing.type().root()).isEqualTo("05");
    assertThat(backing.actors()).extracting(m -> m.actor().sector()).containsExactly("MIL");
    assertThat(backing.recipients()).extracting(m -> m.actor().sector()).containsExactly("COP");
    assertThat(backing.rules()).contains("recipient:passive-participle");
  }

  @Test
  void thePassiveAgentHostsAndTheSubjectIsReceived() {
    ParsedSentence parsed =
        new ParsedSentence("Aleinik was received by Sharif .")
            .lemmas("Aleinik be receive by Sharif .")
            .tags("NNP VBD VBN IN NNP .")
            .arcs(
                "nsubj:pass 3 1",
                "aux:pass 3 2",
                "root 0 3",
                "case 5 4",
                "obl:agent 3 5",
                "punct 3 6")
            .actor("Aleinik", "BLR", "GOV")
            .actor("Sharif", "PAK", "GOV");
    EventMention hosting = only(code(parsed));
    assertThat(hosting.type().code()).isEqualTo("043");
    assertThat(countries(hosting.actors())).containsExactly("PAK");
    assertThat(countries(hosting.recipients())).containsExactly("BLR");
  }

  @Test
  void reportedSpeechCodesTheInnerEventWithItsOwnStatus() {
    ParsedSentence parsed =
        new ParsedSentence("Officials said Belarus will send aid to Pakistan .")
            .lemmas("official say Belarus will send aid to Pakistan .")
            .tags("NNS VBD NNP MD VB NN TO NNP .")
            .arcs(
                "nsubj 2 1",
                "root 0 2",
                "nsubj 5 3",
                "aux 5 4",
                "ccomp 2 5",
                "obj 5 6",
                "case 8 7",
                "obl:to 5 8",
                "punct 2 9")
            .actor("Belarus", "BLR", null)
            .actor("Pakistan", "PAK", null);
    EventMention aid = only(code(parsed));
    assertThat(aid.type().root()).isEqualTo("07");
    assertThat(countries(aid.actors())).containsExactly("BLR");
    assertThat(countries(aid.recipients())).containsExactly("PAK");
    assertThat(aid.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(aid.rules()).contains("reported-speech:say", "status:future:will");
  }

  @Test
  void theSpeakerOfAStatementIsItsActor() {
    ParsedSentence parsed =
        new ParsedSentence("Belarus said Russia attacked Ukraine .")
            .lemmas("Belarus say Russia attack Ukraine .")
            .tags("NNP VBD NNP VBD NNP .")
            .arcs("nsubj 2 1", "root 0 2", "nsubj 4 3", "ccomp 2 4", "obj 4 5", "punct 2 6")
            .actor("Belarus", "BLR", null)
            .actor("Russia", "RUS", null)
            .actor("Ukraine", "UKR", null);
    List<EventMention> events = code(parsed);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).type().code()).isEqualTo("010");
    assertThat(countries(events.get(0).actors())).containsExactly("BLR");
    assertThat(events.get(0).recipients()).isEmpty();
    assertThat(events.get(1).type().root()).isEqualTo("19");
    assertThat(countries(events.get(1).actors())).containsExactly("RUS");
    assertThat(countries(events.get(1).recipients())).containsExactly("UKR");
  }

  @Test
  void aControlVerbPassesItsSubjectAndItsStatus() {
    ParsedSentence refused =
        new ParsedSentence("Belarus refused to sanction Pakistan .")
            .lemmas("Belarus refuse to sanction Pakistan .")
            .tags("NNP VBD TO VB NNP .")
            .arcs(
                "nsubj 2 1",
                "root 0 2",
                "mark 4 3",
                "xcomp 2 4",
                "nsubj:xsubj 4 1",
                "obj 4 5",
                "punct 2 6")
            .actor("Belarus", "BLR", null)
            .actor("Pakistan", "PAK", null);
    List<EventMention> events = code(refused);
    EventMention sanction =
        events.stream().filter(e -> e.type().code().equals("163")).findFirst().orElseThrow();
    assertThat(countries(sanction.actors())).containsExactly("BLR");
    assertThat(countries(sanction.recipients())).containsExactly("PAK");
    assertThat(sanction.status()).isEqualTo(EventStatus.NEGATED);
    assertThat(sanction.rules()).contains("status:control:refuse");
  }

  @Test
  void aSupportVerbLendsItsSubjectAndAPlanItsStatus() {
    ParsedSentence parsed =
        new ParsedSentence("Aleinik is set to undertake an official visit to Islamabad .")
            .lemmas("Aleinik be set to undertake a official visit to Islamabad .")
            .tags("NNP VBZ VBN TO VB DT JJ NN TO NNP .")
            .arcs(
                "nsubj:pass 3 1",
                "aux:pass 3 2",
                "root 0 3",
                "mark 5 4",
                "xcomp 3 5",
                "nsubj:xsubj 5 1",
                "det 8 6",
                "amod 8 7",
                "obj 5 8",
                "case 10 9",
                "nmod:to 8 10",
                "punct 3 11")
            .actor("Aleinik", "BLR", "GOV")
            .actor("Islamabad", "PAK", "GOV");
    EventMention visit = only(code(parsed));
    assertThat(visit.type().code()).isEqualTo("042");
    assertThat(countries(visit.actors())).containsExactly("BLR");
    assertThat(countries(visit.recipients())).containsExactly("PAK");
    assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(visit.rules()).contains("actor:support-verb:undertake", "status:control:set");
  }

  @Test
  void modalsAndNegationSetTheStatus() {
    assertThat(only(code(attack("may"))).status()).isEqualTo(EventStatus.HYPOTHETICAL);
    assertThat(only(code(attack("will"))).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(only(code(attack("did"))).status()).isEqualTo(EventStatus.OCCURRED);
    ParsedSentence not =
        new ParsedSentence("Russia did not attack Ukraine .")
            .lemmas("Russia do not attack Ukraine .")
            .tags("NNP VBD RB VB NNP .")
            .arcs("nsubj 4 1", "aux 4 2", "advmod 4 3", "root 0 4", "obj 4 5", "punct 4 6")
            .actor("Russia", "RUS", null)
            .actor("Ukraine", "UKR", null);
    assertThat(only(code(not)).status()).isEqualTo(EventStatus.NEGATED);
  }

  private static ParsedSentence attack(String auxiliary) {
    return new ParsedSentence("Russia " + auxiliary + " attack Ukraine .")
        .lemmas("Russia " + auxiliary + " attack Ukraine .")
        .tags("NNP MD VB NNP .")
        .arcs("nsubj 3 1", "aux 3 2", "root 0 3", "obj 3 4", "punct 3 5")
        .actor("Russia", "RUS", null)
        .actor("Ukraine", "UKR", null);
  }

  @Test
  void anActorInsideARelativeClauseIsNeverTheRecipient() {
    ParsedSentence parsed =
        new ParsedSentence("The US banned a company that supplied Pakistan .")
            .lemmas("the US ban a company that supply Pakistan .")
            .tags("DT NNP VBD DT NN WDT VBD NNP .")
            .arcs(
                "det 2 1",
                "nsubj 3 2",
                "root 0 3",
                "det 5 4",
                "obj 3 5",
                "ref 5 6",
                "nsubj 7 5",
                "acl:relcl 5 7",
                "obj 7 8",
                "punct 3 9")
            .actor("US", "USA", "GOV")
            .actor("Pakistan", "PAK", null);
    EventMention ban = only(code(parsed));
    assertThat(ban.type().code()).isEqualTo("163");
    assertThat(countries(ban.actors())).containsExactly("USA");
    assertThat(ban.recipients()).isEmpty();
  }

  @Test
  void noResolvedArgumentMeansNoEventUnlessAskedFor() {
    ParsedSentence parsed =
        new ParsedSentence("Talks were held .")
            .lemmas("talk be hold .")
            .tags("NNS VBD VBN .")
            .arcs("nsubj:pass 3 1", "aux:pass 3 2", "root 0 3", "punct 3 4");
    assertThat(code(parsed)).isEmpty();
    List<EventMention> all = coder.keepingUnresolved().code(parsed.annotation(), List.of());
    assertThat(only(all).type().code()).isEqualTo("040");
    assertThat(only(all).actors()).isEmpty();
  }

  @Test
  void aPlaceFromTheResolverIsKept() {
    EventPlace islamabad =
        new EventPlace("Islamabad", "PAK", 33.69, 73.06, EventPlace.Precision.CITY, null, "fake");
    EventCoder placing =
        new EventCoder(
            PredicateLexicon.bundled(),
            CameoCodes.bundled(),
            (a, s, t, status) -> Optional.empty(),
            (a, s, t, destination) -> destination ? Optional.of(islamabad) : Optional.empty());
    ParsedSentence parsed = attack("will");
    EventMention attack = only(placing.code(parsed.annotation(), parsed.actors()));
    assertThat(attack.place()).isNull();
    assertThat(attack.date()).isNull();
    ParsedSentence visit =
        new ParsedSentence("Aleinik visited Pakistan .")
            .lemmas("Aleinik visit Pakistan .")
            .tags("NNP VBD NNP .")
            .arcs("nsubj 2 1", "root 0 2", "obj 2 3", "punct 2 4")
            .actor("Aleinik", "BLR", "GOV")
            .actor("Pakistan", "PAK", null);
    assertThat(only(placing.code(visit.annotation(), visit.actors())).place()).isEqualTo(islamabad);
  }
}
