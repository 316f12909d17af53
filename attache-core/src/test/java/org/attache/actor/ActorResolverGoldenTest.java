package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.actor.ActorAssertions.code;
import static org.attache.actor.ActorAssertions.find;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.annotate.Annotation;
import org.junit.jupiter.api.Test;

/**
 * Two stories shaped like the seed articles (own sentences, same facts): a Belarusian minister's
 * visit to Pakistan on 2023-05-29 and the Belarusian president's visit on 2024-11-28.
 */
class ActorResolverGoldenTest {

  private static final ActorResolver RESOLVER = new ActorResolver(ActorKnowledge.bundled());

  static Annotation visit2023() {
    return TestDocument.on("2023-05-29")
        .sentence(
            "Belarus/NNP/COUNTRY Foreign/NNP/TITLE Minister/NNP/TITLE Sergei/NNP/PERSON"
                + " Aleinik/NNP/PERSON arrived/VBD in/IN Islamabad/NNP/CITY for/IN talks/NNS ~./.",
            "5>4:nsubj",
            "5>7:obl:in",
            "7>6:case",
            "5>9:obl:for")
        .sentence(
            "He/PRP was/VBD received/VBN by/IN Foreign/NNP/TITLE Minister/NNP/TITLE"
                + " Bilawal/NNP/PERSON Bhutto/NNP/PERSON Zardari/NNP/PERSON ~./.",
            "2>0:nsubj:pass",
            "2>8:obl:agent")
        .sentence(
            "The/DT Foreign/NNP/ORGANIZATION Office/NNP/ORGANIZATION said/VBD Aleinik/NNP/PERSON"
                + " would/MD also/RB meet/VB the/DT prime/JJ minister/NN ~./.",
            "3>2:nsubj",
            "7>4:nsubj",
            "7>10:obj")
        .sentence(
            "Islamabad/NNP/CITY has/VBZ resisted/VBN pressure/NN to/TO pick/VB a/DT side/NN ~./.",
            "2>0:nsubj",
            "2>3:obj")
        .sentence(
            "Belarus/NNP/COUNTRY backed/VBD Pakistan/NNP/COUNTRY at/IN the/DT"
                + " UN/NNP/ORGANIZATION General/NNP/ORGANIZATION Assembly/NNP/ORGANIZATION ~./.",
            "1>0:nsubj",
            "1>2:obj",
            "1>7:obl:at")
        .chain(new int[] {0, 3, 4}, new int[] {1, 0, 0})
        .build();
  }

  static Annotation visit2024() {
    return TestDocument.on("2024-11-28")
        .sentence(
            "ISLAMABAD/NNP/CITY ~:/: President/NNP/TITLE of/IN Belarus/NNP/COUNTRY"
                + " Aleksandr/NNP/PERSON Lukashenko/NNP/PERSON held/VBD talks/NNS with/IN"
                + " Prime/NNP/TITLE Minister/NNP/TITLE Shehbaz/NNP/PERSON Sharif/NNP/PERSON ~./.",
            "7>0:dep",
            "7>6:nsubj",
            "7>8:obj",
            "7>13:obl:with")
        .sentence(
            "A/DT Minsk/NNP/CITY ~-/HYPH ~based/VBN company/NN will/MD build/VB tractors/NNS"
                + " in/IN Pakistan/NNP/COUNTRY ~./.",
            "6>4:nsubj",
            "6>7:obj",
            "6>9:obl:in")
        .sentence(
            "Lukashenko/NNP/PERSON praised/VBD Pakistan/NNP/COUNTRY ~'s/POS long-range/JJ"
                + " missile/NN program/NN ~./.",
            "1>0:nsubj",
            "6>2:nmod:poss",
            "1>6:obj")
        .sentence("Police/NNS sealed/VBD off/RP the/DT Red/NNP Zone/NNP ~./.", "1>0:nsubj")
        .sentence(
            "The/DT two/CD sides/NNS signed/VBD agreements/NNS on/IN trade/NN ~./.", "3>2:nsubj")
        .build();
  }

  @Test
  void aMinistersVisitIn2023() {
    Annotation annotation = visit2023();
    List<ActorMention> mentions =
        ActorAssertions.check(annotation, RESOLVER.resolve(annotation, "PAK"));

    ActorMention aleinik = find(mentions, "Belarus Foreign Minister Sergei Aleinik");
    assertThat(code(aleinik)).isEqualTo("BLR GOV");
    assertThat(aleinik.actor().name()).isEqualTo("Sergei Aleinik");
    assertThat(aleinik.actor().title()).isEqualTo("Foreign Minister");
    assertThat(aleinik.reason())
        .isEqualTo("title+country in one phrase: 'Belarus Foreign Minister' + PERSON");

    assertThat(find(mentions, "He").actor()).isEqualTo(aleinik.actor());
    assertThat(find(mentions, "He").reason()).startsWith("coreference with 'Sergei Aleinik'");

    ActorMention bilawal = find(mentions, "Foreign Minister Bilawal Bhutto Zardari");
    assertThat(code(bilawal)).isEqualTo("PAK GOV");
    assertThat(bilawal.reason())
        .isEqualTo(
            "leader in office on 2023-05-29: Bilawal Bhutto Zardari, Foreign Minister of PAK");

    ActorMention office = find(mentions, "Foreign Office");
    assertThat(code(office)).isEqualTo("PAK GOV");
    assertThat(office.reason()).startsWith("story country for unqualified domestic institution");

    assertThat(find(mentions, "Aleinik").actor().id()).isEqualTo(aleinik.actor().id());
    assertThat(find(mentions, "prime minister").actor().name()).isEqualTo("Shehbaz Sharif");

    List<ActorMention> islamabad =
        mentions.stream().filter(m -> m.text().equals("Islamabad")).toList();
    assertThat(islamabad).hasSize(1);
    assertThat(islamabad.get(0).sentence()).isEqualTo(3);
    assertThat(code(islamabad.get(0))).isEqualTo("PAK GOV");
    assertThat(islamabad.get(0).reason()).isEqualTo("capital for its government: Islamabad");

    assertThat(code(find(mentions, "UN General Assembly"))).isEqualTo("UNO IGO");
    assertThat(code(find(mentions, "Belarus"))).isEqualTo("BLR");
    assertThat(code(find(mentions, "Pakistan"))).isEqualTo("PAK");
    assertThat(mentions).hasSize(10);
  }

  @Test
  void aPresidentsVisitIn2024() {
    Annotation annotation = visit2024();
    List<ActorMention> mentions =
        ActorAssertions.check(annotation, RESOLVER.resolve(annotation, "PAK"));

    assertThat(mentions).noneMatch(m -> m.text().equals("ISLAMABAD"));
    ActorMention lukashenko = find(mentions, "President of Belarus Aleksandr Lukashenko");
    assertThat(code(lukashenko)).isEqualTo("BLR GOV");
    assertThat(lukashenko.actor().name()).isEqualTo("Alexander Lukashenko");
    assertThat(find(mentions, "Lukashenko").actor().id()).isEqualTo(lukashenko.actor().id());

    ActorMention sharif = find(mentions, "Prime Minister Shehbaz Sharif");
    assertThat(code(sharif)).isEqualTo("PAK GOV");
    assertThat(sharif.reason()).startsWith("leader in office on 2024-11-28: Shehbaz Sharif");

    ActorMention company = find(mentions, "Minsk-based company");
    assertThat(code(company)).isEqualTo("BLR BUS");
    assertThat(company.reason()).isEqualTo("-based: Minsk-based company");
    assertThat(mentions).noneMatch(m -> m.text().equals("Pakistan") && m.sentence() == 1);

    ActorMention possessor =
        mentions.stream()
            .filter(m -> m.sentence() == 2 && m.text().equals("Pakistan"))
            .findFirst()
            .orElseThrow();
    assertThat(code(possessor)).isEqualTo("PAK");
    assertThat(possessor.reason()).startsWith("possessor of a non-actor head");

    assertThat(code(find(mentions, "Police"))).isEqualTo("PAK COP");

    List<ActorMention> sides =
        mentions.stream().filter(m -> m.text().equals("The two sides")).toList();
    assertThat(sides).extracting(ActorAssertions::code).containsExactly("BLR GOV", "PAK GOV");
    assertThat(sides).allMatch(m -> m.reason().startsWith("the two sides → both countries"));
  }

  @Test
  void oneResolverServesThreadsAlike() throws Exception {
    Annotation annotation = visit2024();
    List<ActorMention> expected = RESOLVER.resolve(annotation, "PAK");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ActorMention>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> RESOLVER.resolve(annotation, "PAK")));
      }
      for (Future<List<ActorMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void resolvingTwiceGivesTheSameResult() {
    Annotation annotation = visit2023();
    assertThat(RESOLVER.resolve(annotation, "PAK")).isEqualTo(RESOLVER.resolve(annotation, "PAK"));
  }
}
