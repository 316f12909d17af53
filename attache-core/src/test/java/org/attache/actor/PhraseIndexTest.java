package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("UN General Assembly", "UNGA");
    index.add("=US", "USA");
    assertThat(index.hasKeyStartingWith(PhraseKey.of("un general"))).isTrue();
    assertThat(index.hasKeyStartingWith(PhraseKey.of("UN  General"))).isTrue();
    assertThat(index.hasKeyStartingWith(PhraseKey.of("UN Security"))).isFalse();
    assertThat(index.hasKeyStartingWith(PhraseKey.of("U"))).isTrue();
    assertThat(index.hasKeyStartingWith(PhraseKey.of("us"))).isFalse();
    assertThat(index.lookup(PhraseKey.of("un general assembly"))).containsExactly("UNGA");
    assertThat(index.lookup(PhraseKey.of("US"))).containsExactly("USA");
    assertThat(index.lookup(PhraseKey.of("us"))).isEmpty();
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
