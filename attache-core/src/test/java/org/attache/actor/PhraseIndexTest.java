package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.actor.PhraseTables.Standing;
import org.attache.annotate.Annotation;
import org.attache.annotate.Sentence;
import org.junit.jupiter.api.Test;

/** Phrase keys without regular expressions, and the prefix test the scanner stops on. */
class PhraseIndexTest {

  /** The definition the fast normalisation must agree with. */
  private static String byRegex(String phrase) {
    String nfc = Normalizer.normalize(phrase, Normalizer.Form.NFC).replace('\u2019', '\'');
    return Pattern.compile("\\s+").matcher(nfc.strip()).replaceAll(" ");
  }

  @Test
  void normalisingAgreesWithTheRegexDefinition() {
    List<String> phrases =
        List.of(
            "United Kingdom",
            "  United   Kingdom ",
            "United\tKingdom",
            "United \n\r Kingdom",
            "United\u000BKingdom\f",
            "United\u00A0Kingdom",
            "United\u2003 Kingdom",
            "\u2003Kyiv\u2003",
            "Côte d’Ivoire",
            "Co\u0302te d'Ivoire",
            "e\u0301",
            "",
            " ",
            "\t\t",
            "a  ");
    for (String phrase : phrases) {
      assertThat(PhraseIndex.normalise(phrase))
          .as("normalised %s", phrase)
          .isEqualTo(byRegex(phrase));
      assertThat(PhraseKey.of(phrase).folded()).isEqualTo(byRegex(phrase).toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void keysStartingWithAPhraseAreFoundCaseFoldedOrExact() {
    PhraseIndex<Organisation> organisations = new PhraseIndex<>();
    Organisation assembly = ActorKnowledge.bundled().organisation("UNGA").orElseThrow();
    organisations.add("UN General Assembly", assembly);
    PhraseIndex<Country> countries = new PhraseIndex<>();
    Country usa = ActorKnowledge.bundled().countryByCode("USA").orElseThrow();
    countries.add("=US", usa);
    PhraseTables tables =
        new PhraseTables(
            countries,
            new PhraseIndex<>(),
            organisations,
            new PhraseIndex<>(),
            new PhraseIndex<>(),
            new PhraseIndex<>());
    assertThat(tables.standing(PhraseKey.of("un general"))).isEqualTo(Standing.PREFIX);
    assertThat(tables.standing(PhraseKey.of("UN  General"))).isEqualTo(Standing.PREFIX);
    assertThat(tables.standing(PhraseKey.of("UN General Assembly"))).isEqualTo(Standing.KEY);
    assertThat(tables.standing(PhraseKey.of("UN Security"))).isEqualTo(Standing.NONE);
    assertThat(tables.standing(PhraseKey.of("U"))).isEqualTo(Standing.PREFIX);
    assertThat(tables.standing(PhraseKey.of("US"))).isEqualTo(Standing.KEY);
    assertThat(tables.standing(PhraseKey.of("us"))).isEqualTo(Standing.NONE);
    assertThat(tables.standing(PhraseKey.of("zzz"))).isEqualTo(Standing.NONE);
    assertThat(tables.organisation(PhraseKey.of("un general assembly"))).contains(assembly);
    assertThat(tables.country(PhraseKey.of("US"))).contains(usa);
    assertThat(tables.country(PhraseKey.of("us"))).isEmpty();
  }

  @Test
  void theScannerStillFindsLongPhrasesWhoseFirstWordsAreNoKey() {
    assertThat(scanned("Delegates/NNS of/IN the/DT UN/NNP General/NNP Assembly/NNP met/VBD ~./."))
        .contains("UN General Assembly");
    assertThat(scanned("Troops/NNS left/VBD Côte/NNP d’Ivoire/NNP ~./.")).contains("Côte d’Ivoire");
    assertThat(scanned("the/DT International/NNP Committee/NNP of/IN the/DT Red/NNP Cross/NNP"))
        .containsExactly("International Committee of the Red Cross");
  }

  private static List<String> scanned(String tagged) {
    Annotation annotation = TestDocument.on(null).sentence(tagged).build();
    Sentence sentence = annotation.sentences().get(0);
    return new LexiconScanner(ActorKnowledge.bundled())
        .scan(annotation.text(), sentence).stream().map(Lexeme::text).toList();
  }
}
