package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.actor.Actor;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.model.CleanText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the actor layer on the three seed articles, end to end with real CoreNLP ({@code
 * NlpConfig.fast()}): the raw file is decoded and cleaned as the production path does it ({@link
 * TextDecoder} → {@link ScrapedTextExtractor} → {@link CleanText#text()}), dated from {@code
 * manifest.jsonl}, given its story country by {@link DatelineCountry}, annotated and resolved.
 *
 * <p>Each expected mention is located by a short context in the clean text, so a mention is checked
 * at the place the article has it. Expectations the resolver does not meet yet are listed in {@link
 * #knownGaps}, each asserted to still fail: when one starts to hold, the test fails and the case
 * moves up into the assertions (docs/actors.md lists the same gaps). Skipped without ../shared.
 */
class SeedActorsIT {
  private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.bundled();
  private static final ActorResolver RESOLVER = new ActorResolver(KNOWLEDGE);
  private static final Map<String, Seed> SEEDS = new HashMap<>();

  /** One seed as the resolver saw it. */
  record Seed(String id, String text, String storyCountry, List<ActorMention> mentions) {

    /**
     * The mention whose span is {@code span} where it occurs inside the first occurrence of {@code
     * context} in the clean text.
     */
    Optional<ActorMention> at(String context, String span) {
      int where = text.indexOf(context);
      assertThat(where).as("context '%s' in %s", context, id).isNotNegative();
      int offset = text.indexOf(span, where);
      assertThat(offset)
          .as("span '%s' inside '%s'", span, context)
          .isBetween(where, where + context.length() - span.length());
      return mentions.stream()
          .filter(m -> m.start() == offset && m.text().equals(span))
          .findFirst();
    }

    /** All actors coded for that span (two for "the two sides"). */
    List<Actor> actorsAt(String context, String span) {
      int offset = text.indexOf(span, text.indexOf(context));
      return mentions.stream()
          .filter(m -> m.start() == offset && m.text().equals(span))
          .map(ActorMention::actor)
          .toList();
    }

    ActorMention mention(String context, String span) {
      return at(context, span)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no mention '" + span + "' in '" + context + "' of " + id + ": " + mentions));
    }
  }

  /** An expectation not met yet: what should hold, and a check that is true once it does. */
  record Gap(String seed, String expected, String cause, Supplier<Boolean> holds) {}

  @BeforeAll
  static void annotateSeeds() throws Exception {
    DatelineCountry datelines = new DatelineCountry(KNOWLEDGE);
    List<AnnotationRequest> requests = SeedDocuments.requests();
    for (Annotation annotation : ActorEvalSupport.annotateCached("seeds", requests, 1)) {
      String id = annotation.documentId();
      String text = annotation.text();
      String story = datelines.find(text).orElse(null);
      SEEDS.put(id.substring(0, 3), new Seed(id, text, story, RESOLVER.resolve(annotation, story)));
    }
    assertThat(SEEDS).containsOnlyKeys("000", "002", "003");
  }

  private static String code(Actor actor) {
    return actor.sector() == null ? actor.country() : actor.country() + " " + actor.sector();
  }

  private static String code(ActorMention mention) {
    return code(mention.actor());
  }

  @Test
  void storyCountriesComeFromTheDatelines() {
    assertThat(SEEDS.get("000").storyCountry()).isEqualTo("PAK"); // ISLAMABAD:
    assertThat(SEEDS.get("002").storyCountry()).isEqualTo("PAK"); // ISLAMABAD:
    assertThat(SEEDS.get("003").storyCountry()).isEqualTo("BLR"); // MINSK, 31 May (BelTA) -
  }

  @Test
  void ministersVisitAnnouncedOn2023_05_29() {
    Seed seed = SEEDS.get("000");
    ActorMention aleinik =
        seed.mention(
            "Belarus Foreign Minister Sergei Aleinik is set to undertake",
            "Belarus Foreign Minister Sergei Aleinik");
    assertThat(code(aleinik)).isEqualTo("BLR GOV");
    assertThat(aleinik.actor().name()).isEqualTo("Sergei Aleinik");
    assertThat(aleinik.actor().title()).isEqualTo("Foreign Minister");

    ActorMention bilawal =
        seed.mention(
            "Foreign Minister Bilawal Bhutto Zardari", "Foreign Minister Bilawal Bhutto Zardari");
    assertThat(code(bilawal)).isEqualTo("PAK GOV");
    assertThat(bilawal.actor().name()).isEqualTo("Bilawal Bhutto Zardari");

    // "The Foreign Office said Aleinik is visiting": the span leaves out the article.
    ActorMention office = seed.mention("The Foreign Office said Aleinik", "Foreign Office");
    assertThat(code(office)).isEqualTo("PAK GOV");
    ActorMention later = seed.mention("The Foreign Office said Aleinik", "Aleinik");
    assertThat(later.actor().id()).isEqualTo(aleinik.actor().id());

    ActorMention islamabad = seed.mention("Islamabad has resisted pressure", "Islamabad");
    assertThat(code(islamabad)).isEqualTo("PAK GOV");
    ActorMention moscow = seed.mention("condemn Moscow", "Moscow");
    assertThat(code(moscow)).isEqualTo("RUS GOV");

    ActorMention assembly =
        seed.mention("voted against Russia at the UN General Assembly", "UN General Assembly");
    assertThat(code(assembly)).isEqualTo("UNO IGO");
    ActorMention unga =
        seed.mention("United Nations General Assembly", "United Nations General Assembly");
    assertThat(unga.actor().id()).isEqualTo(assembly.actor().id());

    List<ActorMention> nato =
        seed.mentions().stream().filter(m -> m.text().equals("NATO")).toList();
    assertThat(nato).isNotEmpty().allMatch(m -> code(m).equals("NAT IGO"));

    // "counterpart" with a demonym: that country's holder of the office of the person it is the
    // counterpart of (the Pakistani foreign minister's Belarusian counterpart is Aleinik).
    // '…," it added.' after a quote: the body last quoted as speaking, the Foreign Office.
    assertThat(seed.mention("last year,\" it added", "it").actor().id())
        .isEqualTo(office.actor().id());
    ActorMention counterpart = seed.mention("his Belarusian counterpart", "Belarusian counterpart");
    assertThat(code(counterpart)).isEqualTo("BLR GOV");
    assertThat(counterpart.actor().id()).isEqualTo(aleinik.actor().id());

    // A country modifying an event noun is what is acted on, not the actor: the mention is kept
    // for the event coder, with a reason that says so (docs/actors.md).
    ActorMention ukraine = seed.mention("the Ukraine invasion", "the Ukraine");
    assertThat(code(ukraine)).isEqualTo("UKR");
    assertThat(ukraine.reason()).startsWith("target, not actor");
  }

  @Test
  void presidentsVisitReportedOn2024_11_28() {
    Seed seed = SEEDS.get("002");
    ActorMention lukashenko =
        seed.mention(
            "President of Belarus Aleksandr Lukashenko returned home",
            "President of Belarus Aleksandr Lukashenko");
    assertThat(code(lukashenko)).isEqualTo("BLR GOV");
    assertThat(lukashenko.actor().name()).isEqualTo("Alexander Lukashenko");
    assertThat(seed.mention("Lukashenko is considered", "Lukashenko").actor().id())
        .isEqualTo(lukashenko.actor().id());

    assertThat(code(seed.mention("a Minsk-based company", "Minsk-based company")))
        .isEqualTo("BLR BUS");
    ActorMention police =
        seed.mentions().stream()
            .filter(m -> m.text().equalsIgnoreCase("police"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no police in " + seed.mentions()));
    assertThat(code(police)).isEqualTo("PAK COP");

    List<Actor> sides =
        seed.mentions().stream()
            .filter(m -> m.text().equals("The two sides"))
            .map(ActorMention::actor)
            .toList();
    assertThat(sides).extracting(SeedActorsIT::code).containsExactly("BLR GOV", "PAK GOV");

    assertThat(code(seed.mention("the US banned", "US"))).isEqualTo("USA");
    assertThat(code(seed.mention("the State Department alleged", "State Department")))
        .isEqualTo("USA GOV");
    assertThat(code(seed.mention("the IMF", "IMF"))).isEqualTo("IMF IGO");
    assertThat(
            code(
                seed.mention(
                    "Russian President Vladimir Putin", "Russian President Vladimir Putin")))
        .isEqualTo("RUS GOV");

    // "as he became head of state": the pronoun takes the sentence's person, and the title said of
    // its subject is that person, not the story country's.
    assertThat(seed.mention("as he became head of state", "he").actor().id())
        .isEqualTo(lukashenko.actor().id());
    assertThat(seed.mention("became head of state", "head of state").actor().id())
        .isEqualTo(lukashenko.actor().id());
    assertThat(code(seed.mention("the Tehreek-e-Insaf protest", "Tehreek-e-Insaf")))
        .isEqualTo("PAK PTY");
  }

  @Test
  void foreignMinistersTalksReportedOn2023_05_31() {
    Seed seed = SEEDS.get("003");
    ActorMention aleinik =
        seed.mention(
            "Belarusian Minister of Foreign Affairs Sergei Aleinik told",
            "Belarusian Minister of Foreign Affairs Sergei Aleinik");
    assertThat(code(aleinik)).isEqualTo("BLR GOV");
    assertThat(aleinik.actor().name()).isEqualTo("Sergei Aleinik");
    assertThat(seed.mention("The minister stressed", "minister").actor().id())
        .isEqualTo(aleinik.actor().id());
    ActorMention president =
        seed.mention("by order of the president of Belarus", "president of Belarus");
    assertThat(code(president)).isEqualTo("BLR GOV");
    assertThat(president.actor().name()).isEqualTo("Alexander Lukashenko");

    assertThat(seed.mention("his Pakistani counterpart", "his").actor().id())
        .isEqualTo(aleinik.actor().id());
    // "…,” he added." after a quote naming "the president": the quote's speaker, not the president.
    assertThat(seed.mention("relations,\u201d he added", "he").actor().id())
        .isEqualTo(aleinik.actor().id());
    ActorMention counterpart = seed.mention("his Pakistani counterpart", "Pakistani counterpart");
    assertThat(code(counterpart)).isEqualTo("PAK GOV");
    assertThat(counterpart.actor().name()).isEqualTo("Bilawal Bhutto Zardari");
    assertThat(counterpart.actor().title()).isEqualTo("Foreign Minister");
    assertThat(seed.mention("our head of state, the president", "president").actor().name())
        .isEqualTo("Alexander Lukashenko");
  }

  /**
   * Cases the actor layer does not handle yet. Each is asserted to still fail, so a fix is noticed
   * (then move the case up into the tests above and delete it here).
   */
  static List<Gap> knownGaps() {
    // Out of scope, not a gap: issue 3 expects "Prime Minister Shehbaz Sharif" → PAK GOV in 002,
    // but its only occurrence is the photo caption ("… Photo: Sabah"), which the clean stage drops
    // on purpose (BoilerplateLines.Kind.CAPTION): captions repeat or sit outside the article body,
    // and the extraction eval's ground truth (articleBody) leaves them out. The resolver never sees
    // the line, so no actor-layer change can meet it; keeping captions is a clean-stage decision.
    List<Gap> gaps = new ArrayList<>();
    gaps.add(
        new Gap(
            "000",
            "'Pakistan had longstanding ties with Belarus and it had nothing to do with the"
                + " conflict' → 'it' is Pakistan",
            "the pronoun rule takes the nearest singular actor before 'it' (Belarus); the subject"
                + " of the coordinated clause is not preferred",
            () ->
                SEEDS
                    .get("000")
                    .at("ties with Belarus and it had nothing to do", "it")
                    .map(m -> m.actor().country().equals("PAK"))
                    .orElse(false)));
    return gaps;
  }

  @Test
  void knownGapsStillFail() {
    for (Gap gap : knownGaps()) {
      assertThat(gap.holds().get())
          .as(
              "known gap in %s now holds, move it into the assertions: %s",
              gap.seed(), gap.expected())
          .isFalse();
    }
  }
}
