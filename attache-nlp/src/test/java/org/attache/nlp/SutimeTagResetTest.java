package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The reset removes SUTime's tense tag from bound values, nested ones too, and nothing else. */
class SutimeTagResetTest {

  private static Value<String> tagged(String name, String tag) {
    Value<String> value = new Expressions.PrimitiveValue<>("DAY_OF_WEEK", name);
    Tags tags = new Tags();
    tags.setTag(tag, new Expressions.PrimitiveValue<>("Integer", 64));
    value.setTags(tags);
    return value;
  }

  @Test
  void removesTheTenseTagFromBoundAndNestedValues() {
    Env environment = TokenSequencePattern.getNewEnv();
    Value<String> friday = tagged("FRIDAY", SutimeTagReset.RESOLVE_TO);
    Value<String> nested = tagged("MONDAY", SutimeTagReset.RESOLVE_TO);
    Value<String> other = tagged("TUESDAY", "keep");
    environment.bind("FRIDAY", friday);
    environment.bind("DAYS", new Expressions.PrimitiveValue<>("MAP", Map.of("monday", nested)));
    environment.bind("LIST", List.of(other, friday));
    SutimeTagReset reset = new SutimeTagReset(List.of(environment));

    assertThat(reset.reset()).isEqualTo(2);

    assertThat(friday.getTags().hasTag(SutimeTagReset.RESOLVE_TO)).isFalse();
    assertThat(nested.getTags().hasTag(SutimeTagReset.RESOLVE_TO)).isFalse();
    assertThat(other.getTags().hasTag("keep")).isTrue();
    assertThat(reset.reset()).isZero();
  }

  @Test
  void aPipelineWithoutNamedEntitiesHasNothingToReset() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    SutimeTagReset reset = SutimeTagReset.of(new StanfordCoreNLP(properties));
    assertThat(reset.environments()).isZero();
    assertThat(reset.reset()).isZero();
  }
}
