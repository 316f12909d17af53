package org.attache.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.annotate.Annotation;
import org.junit.jupiter.api.Test;

/** Which place names a document's annotation yields. */
class ToponymFinderTest {
  private static final ToponymFinder FINDER = new ToponymFinder(Gazetteer.bundled());

  private static List<String> found(ParsedText text) {
    Annotation annotation = text.annotation();
    List<ToponymMention> mentions = FINDER.find(annotation);
    for (ToponymMention mention : mentions) {
      assertThat(annotation.text().substring(mention.start(), mention.end()))
          .isEqualTo(mention.text());
    }
    return mentions.stream().map(ToponymMention::text).toList();
  }

  @Test
  void locationMentionsAndCountriesTaggedAsOrganisations() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "Russia/NNP/ORGANIZATION said/VBD troops/NNS left/VBD"
                    + " Kharkiv/NNP/LOCATION and/CC Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION");
    assertThat(found(text)).containsExactly("Russia", "Kharkiv");
  }

  @Test
  void demonymsAndKnownProperNounsOutsideEntities() {
    ParsedText text =
        ParsedText.of()
            .sentence(
                "Pakistani/JJ and/CC European/JJ officials/NNS met/VBD in/IN Minsk/NNP"
                    + " with/IN Smith/NNP");
    assertThat(found(text)).containsExactly("Pakistani", "European", "Minsk");
  }

  @Test
  void lowerCaseWordsAndCitiesByAlternateNamesAreNotTaken() {
    ParsedText text =
        ParsedText.of().sentence("the/DT american/JJ way/NN to/TO White/NNP House/NNP");
    assertThat(found(text)).isEmpty();
  }
}
