package org.gvc4j.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy placement of point labels without overlaps (JFreeChart has no label repulsion): for each point in turn, try
 * offsets NE, NW, SE, SW, E, W, N, S at growing distances and keep the first box that stays inside the plot area and
 * hits no earlier label and no point marker. Labels that fit nowhere are left out (and counted).
 */
final class LabelPlacer {
    /** A label's text, its point's row and its box in Java2D coordinates (top-left origin). */
    record Placed(int row, String text, Rectangle2D bounds) {
    }

    /** The placement: the labels placed and the rows whose labels fit nowhere. */
    record Result(List<Placed> placed, List<Integer> dropped) {
    }

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private LabelPlacer() {
    }

    /** The box of {@code text} in {@code font}: advance width × (ascent + descent), plus a 1-pixel margin each side. */
    static Rectangle2D size(String text, Font font) {
        Rectangle2D b = font.getStringBounds(text, FRC);
        LineMetrics lm = font.getLineMetrics(text, FRC);
        return new Rectangle2D.Double(0, 0, b.getWidth() + 2, lm.getAscent() + lm.getDescent() + 2);
    }

    static Result place(double[] px, double[] py, String[] texts, Font font, Rectangle2D area, double marker) {
        List<Rectangle2D> obstacles = new ArrayList<>();
        for (int i = 0; i < px.length; i++) {
            if (Double.isFinite(px[i]) && Double.isFinite(py[i])) {
                obstacles.add(new Rectangle2D.Double(px[i] - marker, py[i] - marker, 2 * marker, 2 * marker));
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < px.length; i++) {
            if (texts[i] == null || texts[i].isBlank() || !Double.isFinite(px[i]) || !Double.isFinite(py[i])) {
                continue;
            }
            Rectangle2D s = size(texts[i], font);
            double w = s.getWidth();
            double h = s.getHeight();
            Rectangle2D found = null;
            for (int ring = 1; ring <= 3 && found == null; ring++) {
                double d = marker + 1 + (ring - 1) * h * 0.8;
                double[][] offsets = {{d, -d - h}, {-d - w, -d - h}, {d, d}, {-d - w, d}, {d + 1, -h / 2}, {-d - 1 - w, -h / 2},
                    {-w / 2, -d - h}, {-w / 2, d}};
                for (double[] o : offsets) {
                    Rectangle2D r = new Rectangle2D.Double(px[i] + o[0], py[i] + o[1], w, h);
                    if (area.contains(r) && obstacles.stream().noneMatch(r::intersects)) {
                        found = r;
                        break;
                    }
                }
            }
            if (found == null) {
                dropped.add(i);
            } else {
                placed.add(new Placed(i, texts[i], found));
                obstacles.add(found);
            }
        }
        return new Result(placed, dropped);
    }
}
