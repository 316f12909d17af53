package org.attache.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chart of a brief's monthly series as plain shapes in pixels, drawn alike by {@link SvgChart}
 * and {@link PngChart}: PLOVER cooperation as bars above the zero line and conflict below, month
 * labels under the axis (every k-th when there are many), count ticks on the left, a title and a
 * legend. The size is fixed, {@value #WIDTH}×{@value #HEIGHT}, so files compare.
 */
record SeriesChart(int width, int height, List<Shape> shapes) {
  static final int WIDTH = 800;
  static final int HEIGHT = 400;
  static final String COOPERATION = "#2e7d32";
  static final String CONFLICT = "#c62828";
  static final String INK = "#333333";

  /** A drawing instruction. */
  sealed interface Shape permits Box, Line, Label {}

  /** A filled rectangle; {@code title} describes it (an SVG tooltip), may be null. */
  record Box(double x, double y, double w, double h, String color, String title) implements Shape {}

  /** A straight line. */
  record Line(double x1, double y1, double x2, double y2, String color) implements Shape {}

  /** Text whose anchor point is (x, y) on the baseline: start, middle or end of the text. */
  record Label(double x, double y, String text, String anchor, int size) implements Shape {}

  SeriesChart {
    shapes = List.copyOf(shapes);
  }

  static SeriesChart of(RelationsBrief brief) {
    double left = 60;
    double right = WIDTH - 20;
    double top = 50;
    double bottom = HEIGHT - 80;
    double zero = (top + bottom) / 2;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(
        new Label(
            WIDTH / 2.0,
            28,
            CountryNames.name(brief.first())
                + " – "
                + CountryNames.name(brief.second())
                + ": cooperation and conflict by month",
            "middle",
            16));
    List<MonthCounts> months = brief.months();
    int max = 1;
    for (MonthCounts month : months) {
      max = Math.max(max, Math.max(month.cooperation(), month.conflict()));
    }
    double scale = (zero - top) / max;
    for (int tick :
        max >= 2 ? new int[] {max, max / 2, 0, -(max / 2), -max} : new int[] {1, 0, -1}) {
      double y = zero - tick * scale;
      shapes.add(new Line(left - 4, y, left, y, INK));
      shapes.add(new Label(left - 8, y + 4, Integer.toString(Math.abs(tick)), "end", 11));
    }
    if (months.isEmpty()) {
      shapes.add(new Label(WIDTH / 2.0, zero - 8, "No dated events in this period", "middle", 14));
    }
    double slot = months.isEmpty() ? 0 : (right - left) / months.size();
    int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
    for (int i = 0; i < months.size(); i++) {
      MonthCounts month = months.get(i);
      double x = left + i * slot + slot * 0.2;
      double w = slot * 0.6;
      if (month.cooperation() > 0) {
        double h = month.cooperation() * scale;
        shapes.add(
            new Box(
                x, zero - h, w, h, COOPERATION, title(month, month.cooperation(), "cooperation")));
      }
      if (month.conflict() > 0) {
        double h = month.conflict() * scale;
        shapes.add(new Box(x, zero, w, h, CONFLICT, title(month, month.conflict(), "conflict")));
      }
      if (i % every == 0) {
        shapes.add(
            new Label(
                left + (i + 0.5) * slot, bottom + 18, month.month().toString(), "middle", 11));
      }
    }
    shapes.add(new Line(left, top, left, bottom, INK));
    shapes.add(new Line(left, zero, right, zero, INK));
    double legend = HEIGHT - 24;
    shapes.add(new Box(left, legend - 10, 12, 12, COOPERATION, null));
    shapes.add(new Label(left + 18, legend, "Cooperation (PLOVER), events per month", "start", 12));
    shapes.add(new Box(left + 320, legend - 10, 12, 12, CONFLICT, null));
    shapes.add(new Label(left + 338, legend, "Conflict (PLOVER), events per month", "start", 12));
    return new SeriesChart(WIDTH, HEIGHT, shapes);
  }

  private static String title(MonthCounts month, int count, String what) {
    return String.format(Locale.ROOT, "%s: %d %s", month.month(), count, what);
  }
}
