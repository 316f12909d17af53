package org.attache.cli;

import java.util.Locale;

/**
 * Writes a {@link SeriesChart} as a standalone SVG document, by hand (no library, no service): one
 * element per shape, text escaped for XML by {@link MarkupText#xml}.
 */
final class SvgChart {
  private SvgChart() {}

  static String write(SeriesChart chart) {
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">\n",
                chart.width(),
                chart.height(),
                chart.width(),
                chart.height()))
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (SeriesChart.Shape shape : chart.shapes()) {
      if (shape instanceof SeriesChart.Box box) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
                box.x(),
                box.y(),
                box.w(),
                box.h(),
                box.color()));
        if (box.title() == null) {
          svg.append("/>\n");
        } else {
          svg.append("><title>").append(MarkupText.xml(box.title())).append("</title></rect>\n");
        }
      } else if (shape instanceof SeriesChart.Line line) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                line.x1(),
                line.y1(),
                line.x2(),
                line.y2(),
                line.color()));
      } else if (shape instanceof SeriesChart.Label label) {
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\""
                        + " fill=\"%s\">",
                    label.x(),
                    label.y(),
                    label.size(),
                    label.anchor(),
                    SeriesChart.INK))
            .append(MarkupText.xml(label.text()))
            .append("</text>\n");
      }
    }
    return svg.append("</svg>\n").toString();
  }
}
