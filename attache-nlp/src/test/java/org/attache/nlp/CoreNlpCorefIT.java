package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.AnnotationRequest;
import org.attache.annotate.CorefChain;
import org.attache.annotate.CorefMention;
import org.junit.jupiter.api.Test;

/** CoreNlpAnnotator with coreference (the full preset): chains become CorefChain records. */
class CoreNlpCorefIT {

  @Test
  void pronounJoinsTheChainOfItsName() {
    String text =
        "Minister visits Pakistan\n\n"
            + "Belarusian Foreign Minister Sergei Aleinik arrived in Islamabad on Monday. He said"
            + " his country wanted closer ties with Pakistan.";
    Annotation annotation =
        new CoreNlpAnnotator(NlpConfig.full())
            .annotate(new AnnotationRequest("doc-1", text, LocalDate.of(2023, 5, 29)));
    CorefChain aleinik =
        annotation.chains().stream()
            .filter(
                chain ->
                    chain.mentions().stream()
                        .anyMatch(mention -> slice(text, mention).endsWith("Sergei Aleinik")))
            .findFirst()
            .orElseThrow();
    assertThat(aleinik.mentions()).extracting(mention -> slice(text, mention)).contains("He");
    assertThat(slice(text, aleinik.representative())).endsWith("Sergei Aleinik");
    assertThat(AnnotationCodec.fromJson(AnnotationCodec.toJson(annotation))).isEqualTo(annotation);
  }

  private static String slice(String text, CorefMention mention) {
    return text.substring(mention.start(), mention.end());
  }
}
