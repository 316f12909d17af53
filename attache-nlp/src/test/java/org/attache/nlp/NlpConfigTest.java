package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** NlpConfig: the presets, the properties they give CoreNLP, validation and serialisation. */
class NlpConfigTest {

  @Test
  void fastRunsOneNerModelWithSutimeAndTheParser() {
    Properties properties = NlpConfig.fast().properties();
    assertThat(properties.getProperty("annotators"))
        .isEqualTo("tokenize,ssplit,oncepos,oncelemma,ner,enhancedparse");
    assertThat(properties.getProperty("customAnnotatorClass.enhancedparse"))
        .isEqualTo(EnhancedParseAnnotator.class.getName());
    assertThat(properties.getProperty("customAnnotatorClass.oncepos"))
        .isEqualTo(TaggerAnnotator.class.getName());
    assertThat(properties.getProperty("customAnnotatorClass.oncelemma"))
        .isEqualTo(LemmaAnnotator.class.getName());
    assertThat(properties.getProperty("ner.model")).isEqualTo(NlpConfig.THREE_CLASS_NER);
    assertThat(properties.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(properties.getProperty("ner.applyNumericClassifiers")).isEqualTo("true");
    assertThat(properties.getProperty("ner.useSUTime")).isEqualTo("true");
    assertThat(properties.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("always");
    assertThat(properties.getProperty(NlpConfig.SUTIME_CUES)).isEqualTo("true");
    assertThat(properties.getProperty(NlpConfig.SUTIME_WINDOWS)).isEqualTo("true");
    assertThat(properties.getProperty(NlpConfig.SUTIME_TRIGGERS)).isEqualTo("true");
    assertThat(NlpConfig.fast().gatesTimeRules()).isTrue();
    assertThat(NlpConfig.fast().withOption(NlpConfig.SUTIME_CUES, "false").gatesTimeRules())
        .isFalse();
  }

  @Test
  void fullKeepsCoreNlpDefaultsAndAddsCoreference() {
    NlpConfig full = NlpConfig.full();
    assertThat(full.runs("coref")).isTrue();
    assertThat(full.gatesTimeRules()).isFalse();
    assertThat(full.options())
        .doesNotContainKeys(
            "ner.model",
            "ner.applyFineGrained",
            NlpConfig.SUTIME_CUES,
            NlpConfig.SUTIME_WINDOWS,
            NlpConfig.SUTIME_TRIGGERS);
    assertThat(full.properties().getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("always");
  }

  @Test
  void withOptionReplacesAndKeepsTheRest() {
    NlpConfig changed = NlpConfig.fast().withOption("ssplit.newlineIsSentenceBreak", "two");
    assertThat(changed.options().get("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(changed.options().get("ner.model")).isEqualTo(NlpConfig.THREE_CLASS_NER);
    assertThat(NlpConfig.fast().options().get("ssplit.newlineIsSentenceBreak")).isEqualTo("always");
  }

  @Test
  void refusesPipelinesNotStartingWithTokenizeAndSsplitAndStrayAnnotatorsOption() {
    assertThatThrownBy(() -> new NlpConfig("x", List.of("tokenize", "pos"), new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annotators must start with tokenize, ssplit: annotators=[tokenize, pos]");
    TreeMap<String, String> options = new TreeMap<>();
    options.put("annotators", "tokenize");
    assertThatThrownBy(() -> new NlpConfig("x", List.of("tokenize", "ssplit"), options))
        .hasMessage(
            "annotators belong in the annotator list, not the options: annotators=tokenize");
    assertThatThrownBy(() -> new NlpConfig(" ", List.of("tokenize", "ssplit"), new TreeMap<>()))
        .hasMessage("name must not be blank: name= ");
  }

  @Test
  void survivesJavaSerialisation() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(NlpConfig.fast());
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(NlpConfig.fast());
    }
  }
}
