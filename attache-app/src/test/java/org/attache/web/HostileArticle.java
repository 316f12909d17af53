package org.attache.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article whose title and text carry script payloads: a script element, an image with an onerror
 * handler, an SVG with onload and a javascript: link. Each payload, if it ever ran, would set
 * {@code window.attachePwned} and the document title; the browser tests check neither changes and
 * that the text is shown literally.
 */
final class HostileArticle {
  static final String ID = "hostile-payload-1";
  static final String WORD = "quokkapayload";
  static final String SCRIPT =
      "<script>window.attachePwned='script';document.title='pwned'</script>";
  static final String IMAGE =
      "<img src=x onerror=\"window.attachePwned='img';document.title='pwned'\">";
  static final String SVG = "<svg onload=\"window.attachePwned='svg'\"></svg>";
  static final String LINK = "<a href=\"javascript:window.attachePwned='link'\">click</a>";
  static final String TITLE = "Envoy " + IMAGE + " visits " + WORD;

  private HostileArticle() {}

  /** Writes the article as one JSON Lines record in {@code folder} and returns the file. */
  static Path write(Path folder) throws IOException {
    String text =
        TITLE
            + "\n\nThe "
            + WORD
            + " report quotes "
            + SCRIPT
            + " and then "
            + IMAGE
            + " verbatim.\n\nIt also shows "
            + SVG
            + " and "
            + LINK
            + " as plain text.\n";
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", ID);
    record.put("source", "hostile.example");
    record.put("published", "2024-02-02");
    record.put("title", TITLE);
    record.put("text", text);
    Path file = folder.resolve("hostile.jsonl");
    Files.writeString(
        file, new ObjectMapper().writeValueAsString(record) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
