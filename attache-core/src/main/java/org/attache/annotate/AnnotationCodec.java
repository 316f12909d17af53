package org.attache.annotate;

import static org.attache.model.CanonicalJson.NODES;
import static org.attache.model.CanonicalJson.array;
import static org.attache.model.CanonicalJson.integer;
import static org.attache.model.CanonicalJson.list;
import static org.attache.model.CanonicalJson.optionalString;
import static org.attache.model.CanonicalJson.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.attache.model.CanonicalJson;

/**
 * Writes an {@link Annotation} as canonical JSON and reads it back, so that later stages can be
 * tested on recorded annotations without loading models. Canonical means one line, object keys
 * sorted, absent values written as {@code null}, no timestamps or other run-dependent content:
 * equal annotations give identical strings. The object carries {@code "format": 1}; reading refuses
 * other formats and checks the result with {@link Annotations#check(Annotation)}.
 */
public final class AnnotationCodec {

  /** The version of the JSON layout written by this codec. */
  public static final int FORMAT = 1;

  private AnnotationCodec() {}

  /** The annotation as one line of canonical JSON. */
  public static String toJson(Annotation annotation) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("documentId", annotation.documentId());
    root.put("text", annotation.text());
    root.put(
        "published", annotation.published() == null ? null : annotation.published().toString());
    root.set("sentences", array(annotation.sentences(), AnnotationCodec::sentence));
    root.set("chains", array(annotation.chains(), AnnotationCodec::chain));
    return CanonicalJson.write(root);
  }

  /**
   * Reads canonical (or any equivalent) JSON written by {@link #toJson(Annotation)}.
   *
   * @throws IllegalArgumentException if the JSON is malformed, of another format, misses a field or
   *     breaks a record's or an annotation's invariant
   */
  public static Annotation fromJson(String json) {
    JsonNode root = CanonicalJson.readObject(json, "annotation JSON");
    int format = integer(root, "format");
    if (format != FORMAT) {
      throw new IllegalArgumentException(
          "annotation JSON has format " + format + ", this codec reads " + FORMAT);
    }
    String published = optionalString(root, "published");
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published is not an ISO date: " + published, e);
    }
    Annotation annotation =
        new Annotation(
            string(root, "documentId"),
            string(root, "text"),
            date,
            list(root, "sentences", AnnotationCodec::readSentence),
            list(root, "chains", AnnotationCodec::readChain));
    return Annotations.check(annotation);
  }

  /** Writes the annotation's canonical JSON and a line feed to a UTF-8 file. */
  public static void write(Annotation annotation, Path file) throws IOException {
    Files.writeString(file, toJson(annotation) + "\n", StandardCharsets.UTF_8);
  }

  /** Reads an annotation from a UTF-8 file written by {@link #write(Annotation, Path)}. */
  public static Annotation read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static ObjectNode sentence(Sentence sentence) {
    ObjectNode node = NODES.objectNode();
    node.put("index", sentence.index());
    node.put("start", sentence.start());
    node.put("end", sentence.end());
    node.set("tokens", array(sentence.tokens(), AnnotationCodec::token));
    node.set("dependencies", array(sentence.dependencies(), AnnotationCodec::dependency));
    node.set("entities", array(sentence.entities(), AnnotationCodec::entity));
    node.set("times", array(sentence.times(), AnnotationCodec::time));
    return node;
  }

  private static ObjectNode token(Token token) {
    ObjectNode node = NODES.objectNode();
    node.put("index", token.index());
    node.put("start", token.start());
    node.put("end", token.end());
    node.put("word", token.word());
    node.put("lemma", token.lemma());
    node.put("pos", token.pos());
    node.put("ner", token.ner());
    return node;
  }

  private static ObjectNode dependency(Dependency dependency) {
    ObjectNode node = NODES.objectNode();
    node.put("governor", dependency.governor());
    node.put("dependent", dependency.dependent());
    node.put("relation", dependency.relation());
    return node;
  }

  private static ObjectNode entity(EntityMention mention) {
    ObjectNode node = NODES.objectNode();
    node.put("start", mention.start());
    node.put("end", mention.end());
    node.put("firstToken", mention.firstToken());
    node.put("lastToken", mention.lastToken());
    node.put("type", mention.type());
    node.put("text", mention.text());
    return node;
  }

  private static ObjectNode time(TimeExpression time) {
    ObjectNode node = NODES.objectNode();
    node.put("start", time.start());
    node.put("end", time.end());
    node.put("type", time.type());
    node.put("value", time.value());
    node.put("text", time.text());
    return node;
  }

  private static ObjectNode chain(CorefChain chain) {
    ObjectNode node = NODES.objectNode();
    node.put("id", chain.id());
    node.set("mentions", array(chain.mentions(), AnnotationCodec::mention));
    return node;
  }

  private static ObjectNode mention(CorefMention mention) {
    ObjectNode node = NODES.objectNode();
    node.put("sentence", mention.sentence());
    node.put("start", mention.start());
    node.put("end", mention.end());
    node.put("representative", mention.representative());
    return node;
  }

  private static Sentence readSentence(JsonNode node) {
    return new Sentence(
        integer(node, "index"),
        integer(node, "start"),
        integer(node, "end"),
        list(node, "tokens", AnnotationCodec::readToken),
        list(node, "dependencies", AnnotationCodec::readDependency),
        list(node, "entities", AnnotationCodec::readEntity),
        list(node, "times", AnnotationCodec::readTime));
  }

  private static Token readToken(JsonNode node) {
    return new Token(
        integer(node, "index"),
        integer(node, "start"),
        integer(node, "end"),
        string(node, "word"),
        optionalString(node, "lemma"),
        optionalString(node, "pos"),
        optionalString(node, "ner"));
  }

  private static Dependency readDependency(JsonNode node) {
    return new Dependency(
        integer(node, "governor"), integer(node, "dependent"), string(node, "relation"));
  }

  private static EntityMention readEntity(JsonNode node) {
    return new EntityMention(
        integer(node, "start"),
        integer(node, "end"),
        integer(node, "firstToken"),
        integer(node, "lastToken"),
        string(node, "type"),
        string(node, "text"));
  }

  private static TimeExpression readTime(JsonNode node) {
    return new TimeExpression(
        integer(node, "start"),
        integer(node, "end"),
        string(node, "type"),
        optionalString(node, "value"),
        string(node, "text"));
  }

  private static CorefChain readChain(JsonNode node) {
    return new CorefChain(
        integer(node, "id"), list(node, "mentions", AnnotationCodec::readMention));
  }

  private static CorefMention readMention(JsonNode node) {
    JsonNode representative = node.get("representative");
    if (representative == null || !representative.isBoolean()) {
      throw new IllegalArgumentException(
          "field representative must be true or false: " + representative);
    }
    return new CorefMention(
        integer(node, "sentence"),
        integer(node, "start"),
        integer(node, "end"),
        representative.booleanValue());
  }
}
