package org.attache.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a {@link SeriesChart} into a PNG file with Java2D, headless (no display needed): the same
 * shapes as the SVG, anti-aliased, on white.
 */
final class PngChart {
  private PngChart() {}

  static void write(SeriesChart chart, Path file) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    BufferedImage image =
        new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, chart.width(), chart.height());
      g.setStroke(new BasicStroke(1f));
      for (SeriesChart.Shape shape : chart.shapes()) {
        if (shape instanceof SeriesChart.Box box) {
          g.setColor(Color.decode(box.color()));
          g.fill(new Rectangle2D.Double(box.x(), box.y(), box.w(), box.h()));
        } else if (shape instanceof SeriesChart.Line line) {
          g.setColor(Color.decode(line.color()));
          g.draw(new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()));
        } else if (shape instanceof SeriesChart.Label label) {
          g.setColor(Color.decode(SeriesChart.INK));
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, label.size()));
          String text = MarkupText.strip(label.text());
          FontMetrics metrics = g.getFontMetrics();
          double width = metrics.stringWidth(text);
          double x =
              switch (label.anchor()) {
                case "middle" -> label.x() - width / 2;
                case "end" -> label.x() - width;
                default -> label.x();
              };
          g.drawString(text, (float) x, (float) label.y());
        }
      }
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer in this Java runtime");
    }
  }
}
