package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.actor.ActorAssertions.code;
import static org.attache.actor.ActorAssertions.find;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.annotate.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The party, armed-group and company tables, their lookups and their use by the resolver. */
class NamedActorsTest {

  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(KNOWLEDGE);

  private static List<ActorMention> resolve(TestDocument document, String story) {
    Annotation annotation = document.build();
    return ActorAssertions.check(annotation, RESOLVER.resolve(annotation, story));
  }

  @Test
  void theBundledTablesCoverPartiesGroupsAndCompaniesOfTheSeedCountries() {
    assertThat(KNOWLEDGE.namedActors()).extracting(NamedActor::kind).contains("party");
    assertThat(KNOWLEDGE.named("PTI")).extracting(NamedActor::id).containsExactly("PAK-PTI");
    assertThat(KNOWLEDGE.named("pti")).isEmpty(); // acronyms match only in capitals
    assertThat(KNOWLEDGE.named("Belaya Rus")).extracting(NamedActor::country).contains("BLR");
    assertThat(KNOWLEDGE.named("Servant of the People"))
        .extracting(NamedActor::country)
        .contains("UKR");
    assertThat(KNOWLEDGE.named("Belaruskali")).extracting(NamedActor::sector).contains("BUS");
    assertThat(KNOWLEDGE.named("Islamic State")).extracting(NamedActor::country).contains("IMG");
  }

  @Test
  void namesResolveWithTheirReason() {
    List<ActorMention> mentions =
        resolve(
            TestDocument.on("2024-11-26")
                .sentence("PTI/NNP/ORGANIZATION protesters/NNS clashed/VBD ~./.")
                .sentence("Gazprom/NNP/ORGANIZATION cut/VBD supplies/NNS ~./.", "1>0:nsubj")
                .sentence("Hamas/NNP/ORGANIZATION fired/VBD rockets/NNS ~./.", "1>0:nsubj"),
            "PAK");
    assertThat(code(find(mentions, "Gazprom"))).isEqualTo("RUS BUS");
    assertThat(find(mentions, "Gazprom").reason()).isEqualTo("company: Gazprom → RUS-GAZPROM");
    assertThat(code(find(mentions, "Hamas"))).isEqualTo("PSE REB");
    assertThat(find(mentions, "Hamas").reason()).startsWith("armed-group: Hamas");
    assertThat(mentions.stream().anyMatch(m -> m.actor().id().startsWith("PAK:PTY"))).isTrue();
  }

  @Test
  void theTalibanAreRebelsBeforeTakingKabulAndTheGovernmentAfter() {
    TestDocument before =
        TestDocument.on("2019-03-01").sentence("the/DT Taliban/NNP attacked/VBD", "2>1:nsubj");
    TestDocument after =
        TestDocument.on("2023-03-01").sentence("the/DT Taliban/NNP decreed/VBD", "2>1:nsubj");
    assertThat(code(find(resolve(before, null), "Taliban"))).isEqualTo("AFG REB");
    assertThat(code(find(resolve(after, null), "Taliban"))).isEqualTo("AFG GOV");
  }

  @Test
  void theStoryCountryChoosesBetweenPartiesOfTheSameName(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("parties.tsv");
    Files.writeString(
        file,
        "# table: named\n"
            + "id\tkind\tcountry\tsector\tname\taliases\tstart\tend\n"
            + "CAN-CON\tparty\tCAN\tPTY\tConservative Party of Canada\tConservatives\t\t\n");
    ActorKnowledge knowledge = ActorKnowledge.load(List.of(file));
    ActorResolver resolver = new ActorResolver(knowledge);
    Annotation annotation =
        TestDocument.on("2024-01-10")
            .sentence("Conservatives/NNPS/ORGANIZATION won/VBD", "1>0:nsubj")
            .build();
    assertThat(resolver.resolve(annotation, "CAN").get(0).actor().country()).isEqualTo("CAN");
    assertThat(resolver.resolve(annotation, "GBR").get(0).actor().country()).isEqualTo("GBR");
    assertThat(resolver.resolve(annotation, null).get(0).actor().country()).isEqualTo("GBR");
    assertThat(knowledge.named("Conservatives").get(0).holdsOn(LocalDate.of(2024, 1, 1))).isTrue();
  }

  @Test
  void aBadNamedRowFailsTheLoadNamingFileLineAndValue(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("groups.tsv");
    Files.writeString(
        file,
        "# table: named\n"
            + "id\tkind\tcountry\tsector\tname\taliases\tstart\tend\n"
            + "X-1\tclub\tPAK\tPTY\tSome Club\t\t\t\n");
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
        .isInstanceOf(KnowledgeException.class)
        .hasMessage(file + ":3: kind must be party, armed-group or company: club");
    Files.writeString(
        file,
        "# table: named\n"
            + "id\tkind\tcountry\tsector\tname\taliases\tstart\tend\n"
            + "X-2\tparty\tXYZ\tPTY\tSome Party\t\t\t\n");
    assertThatThrownBy(() -> ActorKnowledge.load(List.of(file)))
        .hasMessage(
            file
                + ":3: unknown country (an ISO3 code in countries, an organisation code, or IMG):"
                + " XYZ");
  }
}
