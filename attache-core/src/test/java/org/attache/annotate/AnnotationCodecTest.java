package org.attache.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AnnotationCodec: canonical JSON that round-trips, and readable errors for bad input. */
class AnnotationCodecTest {

  @Test
  void roundTripGivesAnEqualAnnotationAndIdenticalJson() {
    Annotation sample = SampleAnnotations.sample();
    String json = AnnotationCodec.toJson(sample);
    Annotation read = AnnotationCodec.fromJson(json);
    assertThat(read).isEqualTo(sample);
    assertThat(AnnotationCodec.toJson(read)).isEqualTo(json);
  }

  @Test
  void jsonIsOneLineWithSortedKeysAndExplicitNulls() {
    Sentence headline = SampleAnnotations.sentences().get(0);
    Annotation small =
        new Annotation(
            "doc-2",
            "Talks resume",
            null,
            List.of(
                new Sentence(
                    0,
                    0,
                    12,
                    List.of(
                        headline.tokens().get(0), new Token(1, 6, 12, "resume", null, null, null)),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of());
    assertThat(AnnotationCodec.toJson(small))
        .isEqualTo(
            "{\"chains\":[],\"documentId\":\"doc-2\",\"format\":1,\"published\":null,"
                + "\"sentences\":[{\"dependencies\":[],\"end\":12,\"entities\":[],\"index\":0,"
                + "\"start\":0,\"times\":[],\"tokens\":["
                + "{\"end\":5,\"index\":0,\"lemma\":\"talk\",\"ner\":\"O\",\"pos\":\"NNS\","
                + "\"start\":0,\"word\":\"Talks\"},"
                + "{\"end\":12,\"index\":1,\"lemma\":null,\"ner\":null,\"pos\":null,"
                + "\"start\":6,\"word\":\"resume\"}]}],"
                + "\"text\":\"Talks resume\"}");
  }

  @Test
  void everyPartOfTheSampleIsWritten() {
    String json = AnnotationCodec.toJson(SampleAnnotations.sample());
    assertThat(json)
        .doesNotContain("\n")
        .contains("\"published\":\"2023-05-29\"")
        .contains("{\"dependent\":2,\"governor\":3,\"relation\":\"nsubj\"}")
        .contains(
            "{\"end\":23,\"firstToken\":0,\"lastToken\":0,\"start\":14,\"text\":\"ISLAMABAD\","
                + "\"type\":\"LOCATION\"}")
        .contains(
            "{\"end\":43,\"start\":38,\"text\":\"today\",\"type\":\"DATE\",\"value\":\"2023-05-29\"}")
        .contains(
            "\"chains\":[{\"id\":1,\"mentions\":[{\"end\":28,\"representative\":true,"
                + "\"sentence\":1,\"start\":25}]}]");
  }

  @Test
  void fileRoundTrip(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("doc-1.json");
    AnnotationCodec.write(SampleAnnotations.sample(), file);
    assertThat(Files.readString(file)).endsWith("}\n");
    assertThat(AnnotationCodec.read(file)).isEqualTo(SampleAnnotations.sample());
  }

  @Test
  void badInputIsRefusedNamingWhat() {
    assertThatThrownBy(() -> AnnotationCodec.fromJson("{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("annotation JSON is malformed");
    assertThatThrownBy(() -> AnnotationCodec.fromJson("[]"))
        .hasMessage("annotation JSON must be an object");
    assertThatThrownBy(() -> AnnotationCodec.fromJson("{\"format\":2}"))
        .hasMessage("annotation JSON has format 2, this codec reads 1");
    String json = AnnotationCodec.toJson(SampleAnnotations.sample());
    assertThatThrownBy(
            () ->
                AnnotationCodec.fromJson(
                    json.replace("\"2023-05-29\",\"sentences", "\"May\",\"sentences")))
        .hasMessage("published is not an ISO date: May");
    assertThatThrownBy(
            () -> AnnotationCodec.fromJson(json.replace("\"word\":\"Ali\"", "\"word\":1")))
        .hasMessage("field word must be a string: 1");
    assertThatThrownBy(
            () -> AnnotationCodec.fromJson(json.replace("\"word\":\"Ali\"", "\"word\":\"Al\"")))
        .hasMessageContaining("sentence 1, token 2: word 'Al' but the text says 'Ali'");
  }
}
