package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of {@link HtmlArticleExtractor} on the extraction-dev pages (Zyte's article extraction
 * benchmark format) under {@code ../shared/eval/extraction-dev}: mean precision, recall and F1 over
 * word 4-gram shingles, computed as the benchmark's {@code evaluate.py} does ({@link
 * ShingleScore}). Writes {@code target/eval/extraction.json} (and, with {@code
 * -Dattache.eval.dump=true}, each predicted body under {@code target/eval/predictions/}); skipped
 * when the data is absent.
 */
class ExtractionEval {

  /** Set just under the F1 reached; a drop below it fails the build. */
  private static final double MIN_F1 = 0.97;

  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s{0,4}=\\s{0,4}[\"']?([A-Za-z0-9_:.-]{1,40})");

  @Test
  void measuresShingleF1OnExtractionDev() throws IOException {
    Path folder = Path.of(System.getProperty("attache.shared", "../shared"), "eval/extraction-dev");
    Assumptions.assumeTrue(
        Files.isRegularFile(folder.resolve("ground-truth.json")), "no data at " + folder);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode truth = mapper.readTree(folder.resolve("ground-truth.json").toFile());
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    Map<String, String> pages = new HashMap<>();
    for (String id : ids) {
      pages.put(id, decode(readGzip(folder.resolve("html").resolve(id + ".html.gz"))));
    }
    Map<String, String> predictions = new HashMap<>();
    Map<String, Metadata> found = new HashMap<>();
    extractAll(extractor, truth, ids, pages, predictions, found); // the first round warms the JIT
    long started = System.nanoTime();
    extractAll(extractor, truth, ids, pages, predictions, found);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<ShingleScore> scores = new ArrayList<>();
    Map<String, ShingleScore> byId = new HashMap<>();
    for (String id : ids) {
      String predicted = predictions.get(id);
      if (Boolean.getBoolean("attache.eval.dump")) {
        Path dump = Path.of("target", "eval", "predictions", id + ".txt");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, predicted);
      }
      ShingleScore score = ShingleScore.of(truth.get(id).path("articleBody").asText(""), predicted);
      scores.add(score);
      byId.put(id, score);
    }
    ShingleScore.Summary summary = ShingleScore.summarize(scores);
    ObjectNode report = mapper.createObjectNode();
    report.put("documents", ids.size());
    report.put("precision", summary.precision());
    report.put("recall", summary.recall());
    report.put("f1", summary.f1());
    report.put("documentsPerSecond", ids.size() / seconds);
    ObjectNode metadata = report.putObject("metadataFound");
    metadata.put("title", found.values().stream().filter(m -> m.title() != null).count());
    metadata.put("url", found.values().stream().filter(m -> m.url() != null).count());
    metadata.put(
        "urlMatchesGroundTruth",
        ids.stream()
            .filter(id -> found.containsKey(id) && found.get(id).url() != null)
            .filter(id -> sameUrl(found.get(id).url(), truth.get(id).path("url").asText("")))
            .count());
    metadata.put("source", found.values().stream().filter(m -> m.source() != null).count());
    metadata.put("published", found.values().stream().filter(m -> m.published() != null).count());
    metadata.put("language", found.values().stream().filter(m -> m.language() != null).count());
    ArrayNode worst = report.putArray("worst");
    ids.stream()
        .sorted(Comparator.comparingDouble(id -> byId.get(id).f1()))
        .limit(15)
        .forEach(
            id ->
                worst
                    .addObject()
                    .put("id", id)
                    .put("precision", byId.get(id).precision())
                    .put("recall", byId.get(id).recall()));
    Path output = Path.of("target", "eval", "extraction.json");
    Files.createDirectories(output.getParent());
    mapper.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), report);
    System.out.printf(
        Locale.ROOT,
        "extraction-dev: %d pages, precision=%.3f recall=%.3f F1=%.3f, %.1f documents/s%n",
        ids.size(),
        summary.precision(),
        summary.recall(),
        summary.f1(),
        ids.size() / seconds);
    assertThat(summary.f1()).isGreaterThanOrEqualTo(MIN_F1);
  }

  private static void extractAll(
      HtmlArticleExtractor extractor,
      JsonNode truth,
      List<String> ids,
      Map<String, String> pages,
      Map<String, String> predictions,
      Map<String, Metadata> found) {
    for (String id : ids) {
      String url = truth.get(id).path("url").asText(null);
      SourceItem item =
          new SourceItem(
              Origin.of(id),
              new Metadata(id, url, null, null, null, null),
              MediaType.HTML,
              new byte[0],
              pages.get(id),
              null);
      String predicted;
      try {
        CleanText text = extractor.extract(new DecodedItem(item, pages.get(id), List.of()));
        predicted = text.body();
        found.put(id, text.found());
      } catch (DocumentException noText) {
        // A page the extractor rejects counts as an empty prediction, as in the benchmark.
        predicted = "";
      }
      predictions.put(id, predicted);
    }
  }

  private static boolean sameUrl(String first, String second) {
    return strip(first).equals(strip(second));
  }

  private static String strip(String url) {
    String bare = url.replaceFirst("^https?://(www\\.)?", "");
    return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
  }

  private static byte[] readGzip(Path path) throws IOException {
    try (InputStream input = new GZIPInputStream(Files.newInputStream(path))) {
      return input.readAllBytes();
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else the charset the page declares, else cp1252. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // Not UTF-8: fall through to the declared charset.
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher matcher = META_CHARSET.matcher(head);
      Charset charset = Charset.forName("windows-1252");
      if (matcher.find() && Charset.isSupported(matcher.group(1))) {
        charset = Charset.forName(matcher.group(1));
      }
      return new String(bytes, charset);
    }
  }

  /**
   * True positives, false positives and false negatives of one page over word 4-gram shingles,
   * normalised to sum to 1 so that long pages weigh no more than short ones. Words are runs of
   * Unicode word characters, case kept; a text of fewer than four words is one shingle.
   */
  record ShingleScore(double truePositives, double falsePositives, double falseNegatives) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE_WORDS = 4;

    /** Mean precision over pages that predicted something, mean recall, and F1 of the two. */
    record Summary(double precision, double recall, double f1) {}

    static ShingleScore of(String expected, String predicted) {
      Map<String, Integer> truth = shingles(expected);
      Map<String, Integer> guess = shingles(predicted);
      double tp = 0;
      double fp = 0;
      double fn = 0;
      Map<String, Integer> union = new HashMap<>(truth);
      guess.forEach(union::putIfAbsent);
      for (String key : union.keySet()) {
        int trueCount = truth.getOrDefault(key, 0);
        int predictedCount = guess.getOrDefault(key, 0);
        tp += Math.min(trueCount, predictedCount);
        fp += Math.max(0, predictedCount - trueCount);
        fn += Math.max(0, trueCount - predictedCount);
      }
      double sum = tp + fp + fn;
      return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    static Map<String, Integer> shingles(String text) {
      List<String> words = new ArrayList<>();
      Matcher matcher = WORD.matcher(text == null ? "" : text);
      while (matcher.find()) {
        words.add(matcher.group());
      }
      Map<String, Integer> counts = new HashMap<>();
      for (int start = 0; start < Math.max(1, words.size() - SHINGLE_WORDS + 1); start++) {
        List<String> shingle = words.subList(start, Math.min(words.size(), start + SHINGLE_WORDS));
        if (!shingle.isEmpty()) {
          counts.merge(String.join("\u0001", shingle), 1, Integer::sum);
        }
      }
      return counts;
    }

    double precision() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return truePositives + falsePositives == 0
          ? 0
          : truePositives / (truePositives + falsePositives);
    }

    double recall() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return truePositives + falseNegatives == 0
          ? 0
          : truePositives / (truePositives + falseNegatives);
    }

    double f1() {
      double sum = precision() + recall();
      return sum == 0 ? 0 : 2 * precision() * recall() / sum;
    }

    static Summary summarize(List<ShingleScore> scores) {
      double precision =
          scores.stream()
              .filter(score -> score.truePositives + score.falsePositives > 0)
              .mapToDouble(ShingleScore::precision)
              .average()
              .orElse(0);
      double recall =
          scores.stream()
              .filter(score -> score.truePositives + score.falseNegatives > 0)
              .mapToDouble(ShingleScore::recall)
              .average()
              .orElse(0);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Summary(precision, recall, f1);
    }
  }
}
