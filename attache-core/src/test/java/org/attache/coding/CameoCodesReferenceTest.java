package org.attache.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.event.EventType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled table against the reference files it was built from ({@code ../shared/reference}):
 * same codes in the same order, same names and Goldstein values, and the PLOVER type, mode and
 * contexts of every code the conversion table lists (its first line for a code listed twice).
 * Skipped when the reference files are absent.
 */
class CameoCodesReferenceTest {
  private static final Pattern PLOVER = Pattern.compile("^(\\d{2,4}):\\s*([^#]*)");

  private static Path reference() {
    return Path.of(System.getProperty("attache.shared", "../../shared")).resolve("reference");
  }

  private static Map<String, String> tsv(Path file) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] cells = line.split("\t");
        values.put(cells[0].strip(), cells[1].strip());
      }
    }
    return values;
  }

  @Test
  void matchesTheReferenceFiles() throws Exception {
    Path folder = reference();
    Assumptions.assumeTrue(Files.isDirectory(folder), "no reference files at " + folder);
    Map<String, String> names = tsv(folder.resolve("CAMEO.eventcodes.tsv"));
    Map<String, String> goldstein = tsv(folder.resolve("CAMEO.goldsteinscale.tsv"));
    List<EventType> all = CameoCodes.bundled().all();
    assertThat(all.stream().map(EventType::code).toList())
        .containsExactlyElementsOf(names.keySet());
    for (EventType type : all) {
      assertThat(type.name()).as(type.code()).isEqualTo(names.get(type.code()));
      assertThat(type.goldstein())
          .as(type.code())
          .isEqualTo(Double.parseDouble(goldstein.get(type.code())));
    }
    int checked = 0;
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(folder.resolve("CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)) {
      Matcher matcher = PLOVER.matcher(line.strip());
      if (!matcher.find() || seen.put(matcher.group(1), true) != null) {
        continue;
      }
      String code = matcher.group(1);
      String[] parts = matcher.group(2).split(",", -1);
      var type = CameoCodes.bundled().type(code);
      if (type.isEmpty()) {
        continue; // a code of the conversion table the codebook does not have (1213, 1214)
      }
      assertThat(type.get().ploverType()).as(code).isEqualTo(parts[0].strip());
      if (parts.length > 1) {
        String mode = parts[1].strip();
        assertThat(type.get().ploverMode()).as(code).isEqualTo(mode.isEmpty() ? null : mode);
      }
      if (parts.length > 2) {
        List<String> contexts =
            java.util.Arrays.stream(parts[2].split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(type.get().ploverContext()).as(code).isEqualTo(contexts);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(250);
  }
}
