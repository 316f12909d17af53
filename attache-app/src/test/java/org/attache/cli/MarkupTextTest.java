package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Escaping of untrusted text for Markdown, XML (SVG) and one-line fields. */
class MarkupTextTest {
  private static final String HOSTILE = "a*b_[c](d)<e>&\"f'|\n#g\u0000\u0007\u202e\u2066h\uD800";

  @Test
  void stripRemovesControlsAndBidiAndJoinsLines() {
    assertThat(MarkupText.strip("x\ny\tz\u0007\u202e\u200fw")).isEqualTo("x y zw");
    assertThat(MarkupText.strip(null)).isEmpty();
  }

  @Test
  void markdownEscapesEveryMetacharacter() {
    assertThat(MarkupText.markdown("*x* [l](u) <b> | # &"))
        .isEqualTo("\\*x\\* \\[l\\]\\(u\\) \\<b\\> \\| \\# \\&");
    assertThat(MarkupText.markdown("Sergei Aleinik")).isEqualTo("Sergei Aleinik");
  }

  @Test
  void svgWithHostileTextParsesAsXmlAndKeepsTheText() throws Exception {
    SeriesChart chart =
        new SeriesChart(
            10,
            10,
            List.of(
                new SeriesChart.Label(1, 1, HOSTILE, "start", 10),
                new SeriesChart.Box(0, 0, 1, 1, SeriesChart.CONFLICT, HOSTILE)));
    String svg = SvgChart.write(chart);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    String text = document.getElementsByTagName("text").item(0).getTextContent();
    assertThat(text).isEqualTo("a*b_[c](d)<e>&\"f'| #gh");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(text);
    assertThat(svg).doesNotContain("<e>").doesNotContain("\u202e");
  }
}
