package org.gvc4j.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.error.GvcException;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.labels.BoxAndWhiskerToolTipGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds the one JFreeChart of a {@link Chart} (the PNG and the SVG are both drawn from it). */
final class Render {
    /** The chart object, and for labelled scatters the label placement. */
    record Built(JFreeChart chart, LabelPlacer.@Nullable Result labels) {
    }

    private Render() {
    }

    static Path png(Chart c, Path file) {
        JFreeChart chart = build(c).chart();
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                ChartUtils.writeScaledChartAsPNG(out, chart, c.width, c.height, 2, 2);
            }
        } catch (IOException e) {
            throw new GvcException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static Built build(Chart c) {
        Built b = switch (c.type) {
            case LINES, STEPS -> new Built(titled(c, xy(c)), null);
            case SCATTER -> scatter(c);
            case SMALL_MULTIPLES -> new Built(titled(c, smallMultiples(c)), null);
            case COEFFICIENTS -> {
                CombinedDomainXYPlot plot = coefficients(c);
                JFreeChart chart = titled(c, plot);
                if (plot.getSubplots().size() > 1 && c.yLabel != null) {
                    // panels are labelled with their group; the estimate's axis title is written once, under them
                    // (once per panel, "group: label" under each panel ran into the next panel's)
                    chart.addSubtitle(Style.note(c.yLabel, RectangleEdge.BOTTOM, HorizontalAlignment.CENTER,
                            Style.font(Font.PLAIN, 12), Color.BLACK));
                }
                yield new Built(chart, null);
            }
            case STACKED_BARS, BARS -> new Built(titled(c, bars(c)), null);
            case EVENT_STUDY -> new Built(titled(c, eventStudy(c)), null);
            case BOXES -> new Built(titled(c, boxes(c)), null);
            case MAP -> new Built(titled(c, map(c)), null);
        };
        return b;
    }

    // ---- data --------------------------------------------------------------------------------------------------

    static double[] numbers(Table t, String col) {
        Column<?> c = t.column(col);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new GvcException("chart: column '" + col + "' must be numeric (it is " + c.type().name() + ")");
        }
        double[] out = new double[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.isMissing(i) ? Double.NaN : n.getDouble(i);
        }
        return out;
    }

    static String[] keys(Table t, @Nullable String col, String whenNull) {
        String[] out = new String[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = col == null ? whenNull : t.column(col).getString(i);
        }
        return out;
    }

    static boolean whole(double[] x) {
        for (double v : x) {
            if (!Double.isNaN(v) && v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }

    static String label(@Nullable String s, String fallback) {
        return s == null ? fallback : s;
    }

    // ---- common ------------------------------------------------------------------------------------------------

    static JFreeChart titled(Chart c, Plot plot) {
        boolean legend = c.type == Chart.Type.MAP || !(c.type == Chart.Type.BARS || c.type == Chart.Type.BOXES
                || (c.type == Chart.Type.SCATTER && c.fit == null && !c.diagonal)
                || (c.type == Chart.Type.LINES || c.type == Chart.Type.STEPS) && c.columns.get(2) == null);
        JFreeChart chart = new JFreeChart(c.title, Style.font(Font.BOLD, 16), plot, legend);
        Style.apply(chart);
        Style.sparseVertical(plot);
        if (c.title != null) {
            chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        if (c.subtitle != null) {
            chart.addSubtitle(Style.note(c.subtitle, RectangleEdge.TOP, HorizontalAlignment.LEFT, Style.font(Font.PLAIN, 12),
                    new Color(0x333333)));
        }
        if (c.synthetic) {
            chart.addSubtitle(Style.note("Synthetic data (seeded simulation): illustration only, not an estimate",
                    RectangleEdge.TOP, HorizontalAlignment.RIGHT, Style.font(Font.BOLD, 11), Style.PALETTE[1]));
        }
        if (c.source != null) {
            chart.addSubtitle(Style.note(c.source, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, Style.font(Font.PLAIN, 10),
                    Style.NOTE));
        }
        return chart;
    }

    static void paintSeries(org.jfree.chart.renderer.xy.AbstractXYItemRenderer r, int n, int offset) {
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, Style.color(i + offset));
            r.setSeriesStroke(i, Style.line(2f));
            r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
    }

    // ---- lines and steps ---------------------------------------------------------------------------------------

    /** Series by group (in order of appearance), points sorted by x; cumulative: running sums of y summed by x. */
    static XYSeriesCollection series(Table t, String x, String y, @Nullable String group, boolean cumulative,
            List<Integer> rows) {
        double[] xs = numbers(t, x);
        double[] ys = numbers(t, y);
        String[] gs = keys(t, group, y);
        Map<String, TreeMap<Double, Double>> by = new LinkedHashMap<>();
        for (int i : rows) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                continue;
            }
            TreeMap<Double, Double> m = by.computeIfAbsent(gs[i], k -> new TreeMap<>());
            if (cumulative) {
                m.merge(xs[i], ys[i], Double::sum);
            } else if (m.put(xs[i], ys[i]) != null) {
                throw new GvcException("chart: two values of " + y + " at " + x + " = " + Style.plain().format(xs[i])
                        + (group == null ? "" : " for " + group + " = " + gs[i]) + "; aggregate first");
            }
        }
        XYSeriesCollection d = new XYSeriesCollection();
        for (Map.Entry<String, TreeMap<Double, Double>> e : by.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), true, false);
            double run = 0;
            for (Map.Entry<Double, Double> p : e.getValue().entrySet()) {
                run = cumulative ? run + p.getValue() : p.getValue();
                s.add(p.getKey().doubleValue(), run);
            }
            d.addSeries(s);
        }
        return d;
    }

    static List<Integer> allRows(Table t) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            r.add(i);
        }
        return r;
    }

    static XYPlot xy(Chart c) {
        String x = c.columns.get(0);
        String y = c.columns.get(1);
        XYSeriesCollection d = series(c.data, x, y, c.columns.get(2), c.cumulative, allRows(c.data));
        XYLineAndShapeRenderer r;
        if (c.type == Chart.Type.STEPS) {
            r = new XYStepRenderer();
            r.setDefaultShapesVisible(false);
        } else {
            r = new XYLineAndShapeRenderer(true, d.getItemCount(0) <= 25);
        }
        paintSeries(r, d.getSeriesCount(), 0);
        NumberFormat fx = whole(numbers(c.data, x)) ? Style.number("0") : Style.plain();
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2}", fx, Style.plain()));
        XYPlot p = new XYPlot(d, Style.axis(label(c.xLabel, x), whole(numbers(c.data, x))),
                Style.axis(label(c.yLabel, c.cumulative ? "Cumulative " + y : y), false), r);
        if (c.type == Chart.Type.STEPS) {
            ((NumberAxis) p.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        return p;
    }

    // ---- scatter -----------------------------------------------------------------------------------------------

    static Built scatter(Chart c) {
        String x = c.columns.get(0);
        String y = c.columns.get(1);
        double[] xs = numbers(c.data, x);
        double[] ys = numbers(c.data, y);
        String[] texts = c.labelColumn == null ? new String[xs.length] : keys(c.data, c.labelColumn, "");
        XYSeries pts = new XYSeries(label(c.yLabel, y), false, true);
        List<Integer> rowOfItem = new ArrayList<>();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                pts.add(xs[i], ys[i]);
                rowOfItem.add(i);
                x0 = Math.min(x0, xs[i]);
                x1 = Math.max(x1, xs[i]);
                y0 = Math.min(y0, ys[i]);
                y1 = Math.max(y1, ys[i]);
            }
        }
        if (rowOfItem.isEmpty()) {
            throw new GvcException("chart: no row has both " + x + " and " + y);
        }
        if (c.diagonal) {
            x0 = y0 = Math.min(x0, y0);
            x1 = y1 = Math.max(x1, y1);
        }
        XYSeriesCollection d = new XYSeriesCollection(pts);
        pts.setKey("Economies");
        if (c.fit != null) {
            XYSeries f = new XYSeries(String.format(java.util.Locale.ROOT, "Fitted line (slope %.3f)", c.fit[1]), false, true);
            f.add(x0, c.fit[0] + c.fit[1] * x0);
            f.add(x1, c.fit[0] + c.fit[1] * x1);
            d.addSeries(f);
            y0 = Math.min(y0, Math.min(f.getY(0).doubleValue(), f.getY(1).doubleValue()));
            y1 = Math.max(y1, Math.max(f.getY(0).doubleValue(), f.getY(1).doubleValue()));
        }
        if (c.diagonal) {
            XYSeries f = new XYSeries("45-degree line (equal values)", false, true);
            f.add(x0, x0);
            f.add(x1, x1);
            d.addSeries(f);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        paintSeries(r, d.getSeriesCount(), 0);
        for (int s = 1; s < d.getSeriesCount(); s++) {
            r.setSeriesLinesVisible(s, true);
            r.setSeriesShapesVisible(s, false);
        }
        if (c.diagonal) {
            int s = d.getSeriesCount() - 1;
            r.setSeriesPaint(s, Color.DARK_GRAY);
            r.setSeriesStroke(s, Style.dashed(1.2f));
        }
        r.setSeriesPaint(0, new Color(0, 114, 178, 190));
        NumberFormat f2 = Style.plain();
        r.setDefaultToolTipGenerator((ds, series, item) -> series == 0
                ? (texts[rowOfItem.get(item)] == null || texts[rowOfItem.get(item)].isEmpty() ? ""
                        : texts[rowOfItem.get(item)] + ": ")
                        + f2.format(ds.getXValue(series, item)) + ", " + f2.format(ds.getYValue(series, item))
                : null); // the fitted and 45-degree lines are named in the legend; tooltips are for data points
        NumberAxis ax = Style.axis(label(c.xLabel, x), false);
        NumberAxis ay = Style.axis(label(c.yLabel, y), false);
        double mx = (x1 - x0) * 0.05 + (x1 == x0 ? 1 : 0);
        double my = (y1 - y0) * 0.05 + (y1 == y0 ? 1 : 0);
        ax.setRange(new Range(x0 - mx, x1 + mx), true, false);
        ay.setRange(new Range(y0 - my, y1 + my), true, false);
        if (c.diagonal) {
            ay.setRange(ax.getRange(), true, false);
        }
        XYPlot p = new XYPlot(d, ax, ay, r);
        JFreeChart chart = titled(c, p);
        if (c.labelColumn == null) {
            return new Built(chart, null);
        }
        // lay the chart out once (labels do not move the axes: their ranges are fixed), then place the labels
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        BufferedImage img = new BufferedImage(c.width, c.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, c.width, c.height), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = ax.valueToJava2D(xs[i], area, p.getDomainAxisEdge());
            py[i] = ay.valueToJava2D(ys[i], area, p.getRangeAxisEdge());
        }
        Font font = Style.font(Font.PLAIN, 10);
        LabelPlacer.Result placed = LabelPlacer.place(px, py, texts, font, area, 3.5);
        for (LabelPlacer.Placed l : placed.placed()) {
            Rectangle2D b = l.bounds();
            XYTextAnnotation a = new XYTextAnnotation(l.text(), ax.java2DToValue(b.getX() + 1, area, p.getDomainAxisEdge()),
                    ay.java2DToValue(b.getY() + 1, area, p.getRangeAxisEdge()));
            a.setTextAnchor(TextAnchor.TOP_LEFT);
            a.setFont(font);
            a.setPaint(new Color(0x333333));
            p.addAnnotation(a, false);
        }
        return new Built(chart, placed);
    }

    // ---- panels ------------------------------------------------------------------------------------------------

    static CombinedDomainXYPlot smallMultiples(Chart c) {
        String x = c.columns.get(0);
        String y = c.columns.get(1);
        String group = c.columns.get(2);
        String panel = c.columns.get(3);
        double[] xs = numbers(c.data, x);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Style.axis(label(c.xLabel, x), whole(xs)));
        plot.setGap(14);
        Map<String, List<Integer>> panels = new LinkedHashMap<>();
        String[] ps = keys(c.data, panel, "");
        for (int i = 0; i < ps.length; i++) {
            panels.computeIfAbsent(ps[i], k -> new ArrayList<>()).add(i);
        }
        List<String> groupOrder = new ArrayList<>();
        for (String g : keys(c.data, group, y)) {
            if (!groupOrder.contains(g)) {
                groupOrder.add(g);
            }
        }
        NumberFormat fx = whole(xs) ? Style.number("0") : Style.plain();
        java.util.Set<String> inLegend = new java.util.HashSet<>();
        for (Map.Entry<String, List<Integer>> e : panels.entrySet()) {
            XYSeriesCollection d = series(c.data, x, y, group, false, e.getValue());
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            // one colour per group in every panel: keep the theme from clearing these paints and handing out the
            // drawing supplier's next colours across the panels
            r.setAutoPopulateSeriesPaint(false);
            r.setAutoPopulateSeriesStroke(false);
            for (int s = 0; s < d.getSeriesCount(); s++) {
                int colour = groupOrder.indexOf(d.getSeriesKey(s).toString());
                r.setSeriesPaint(s, Style.color(colour));
                r.setSeriesStroke(s, Style.line(2f));
                r.setSeriesVisibleInLegend(s, inLegend.add(d.getSeriesKey(s).toString()));
            }
            r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(e.getKey() + ", {0}: {1}, {2}", fx, Style.plain()));
            NumberAxis ya = Style.axis(c.yLabel, false);
            ya.setLabelFont(Style.font(Font.PLAIN, 10));
            XYPlot sub = new XYPlot(d, null, ya, r);
            TextTitle name = new TextTitle(e.getKey(), Style.font(Font.BOLD, 11));
            name.setBackgroundPaint(new Color(255, 255, 255, 200));
            sub.addAnnotation(new XYTitleAnnotation(0.01, 0.98, name, RectangleAnchor.TOP_LEFT));
            plot.add(sub, 1);
        }
        if (group == null || groupOrder.size() == 1) {
            plot.setFixedLegendItems(new org.jfree.chart.LegendItemCollection());
        }
        return plot;
    }

    static CombinedDomainXYPlot coefficients(Chart c) {
        String term = c.columns.get(0);
        double[] b = numbers(c.data, c.columns.get(1));
        double[] lo = numbers(c.data, c.columns.get(2));
        double[] hi = numbers(c.data, c.columns.get(3));
        String[] terms = keys(c.data, term, "");
        String[] panels = keys(c.data, c.columns.get(4), label(c.yLabel, "Estimate"));
        List<String> termOrder = new ArrayList<>();
        Map<String, List<Integer>> byPanel = new LinkedHashMap<>();
        double min = 0;
        double max = 0;
        for (int i = 0; i < terms.length; i++) {
            if (!termOrder.contains(terms[i])) {
                termOrder.add(terms[i]);
            }
            byPanel.computeIfAbsent(panels[i], k -> new ArrayList<>()).add(i);
            for (double v : new double[] {b[i], lo[i], hi[i]}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        SymbolAxis axis = new SymbolAxis(c.xLabel, termOrder.toArray(String[]::new));
        axis.setInverted(true);
        axis.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(axis);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(12);
        double pad = (max - min) * 0.06 + (max == min ? 1 : 0);
        int k = 0;
        for (Map.Entry<String, List<Integer>> e : byPanel.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey());
            for (int i : e.getValue()) {
                if (Double.isFinite(b[i])) {
                    s.add(termOrder.indexOf(terms[i]), b[i], lo[i], hi[i]);
                }
            }
            YIntervalSeriesCollection d = new YIntervalSeriesCollection();
            d.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setErrorStroke(Style.line(2f));
            r.setCapLength(6);
            r.setSeriesPaint(0, Style.color(k));
            r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            r.setDefaultLinesVisible(false);
            r.setDefaultShapesVisible(true);
            r.setDefaultToolTipGenerator((ds, series, item) -> e.getKey() + ", " + termOrder.get((int) ds.getXValue(series, item))
                    + ": " + Style.plain().format(ds.getYValue(series, item)) + " ["
                    + Style.plain().format(((YIntervalSeriesCollection) ds).getStartYValue(series, item)) + ", "
                    + Style.plain().format(((YIntervalSeriesCollection) ds).getEndYValue(series, item)) + "]");
            NumberAxis est = Style.axis(byPanel.size() == 1 ? label(c.yLabel, "Estimate (95% interval)") : e.getKey(), false);
            est.setRange(new Range(min - pad, max + pad), true, false);
            XYPlot sub = new XYPlot(d, null, est, r);
            sub.setOrientation(PlotOrientation.HORIZONTAL);
            ValueMarker zero = new ValueMarker(0, Color.GRAY, Style.dashed(1f));
            sub.addRangeMarker(zero);
            plot.add(sub, 1);
            k++;
        }
        plot.setFixedLegendItems(new org.jfree.chart.LegendItemCollection());
        return plot;
    }

    // ---- bars --------------------------------------------------------------------------------------------------

    static CategoryPlot bars(Chart c) {
        boolean stacked = c.type == Chart.Type.STACKED_BARS;
        String category = c.columns.get(0);
        String component = stacked ? c.columns.get(1) : null;
        String valueCol = c.columns.get(stacked ? 2 : 1);
        double[] v = numbers(c.data, valueCol);
        String[] cats = keys(c.data, category, "");
        String[] comps = keys(c.data, component, label(c.yLabel, valueCol));
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int i = 0; i < v.length; i++) {
            if (d.getRowIndex(comps[i]) >= 0 && d.getColumnIndex(cats[i]) >= 0 && d.getValue(comps[i], cats[i]) != null) {
                throw new GvcException("chart: two values for " + cats[i] + (stacked ? " / " + comps[i] : ""));
            }
            d.addValue(Double.isNaN(v[i]) ? null : v[i], comps[i], cats[i]);
        }
        BarRenderer r = stacked ? new StackedBarRenderer(c.percent) : new BarRenderer();
        for (int s = 0; s < d.getRowCount(); s++) {
            r.setSeriesPaint(s, Style.color(s));
        }
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0);
        r.setMaximumBarWidth(0.08);
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(c.percent ? "{1}, {0}: {2} ({3})" : "{1}, {0}: {2}",
                Style.plain()));
        CategoryAxis ca = new CategoryAxis(c.xLabel);
        ca.setCategoryMargin(0.25);
        NumberAxis va = new NumberAxis(label(c.yLabel, valueCol));
        boolean whole = true;
        for (double x : v) {
            whole &= Double.isNaN(x) || x == Math.rint(x);
        }
        // counts get whole-number ticks (no "0.5 documents")
        va.setStandardTickUnits(whole && !c.percent ? NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT)
                : NumberAxis.createStandardTickUnits(java.util.Locale.ROOT));
        if (c.percent) {
            va.setNumberFormatOverride(Style.number("0%"));
            va.setRange(new Range(0, 1), true, false);
        }
        CategoryPlot p = new CategoryPlot(d, ca, va, r);
        p.setOrientation(c.horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (!c.horizontal && d.getColumnCount() > 12) {
            ca.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return p;
    }

    static CategoryPlot boxes(Chart c) {
        String[] groups = keys(c.data, c.columns.get(0), "");
        double[] v = numbers(c.data, c.columns.get(1));
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                by.computeIfAbsent(groups[i], k -> new ArrayList<>()).add(v[i]);
            }
        }
        DefaultBoxAndWhiskerCategoryDataset d = new DefaultBoxAndWhiskerCategoryDataset();
        for (Map.Entry<String, List<Double>> e : by.entrySet()) {
            d.add(e.getValue(), label(c.yLabel, c.columns.get(1)), e.getKey());
        }
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setSeriesPaint(0, new Color(0x56B4E9));
        r.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        r.setUseOutlinePaintForWhiskers(true);
        r.setDefaultOutlinePaint(Color.DARK_GRAY);
        r.setMeanVisible(false);
        // JFreeChart draws outliers as circles a third of the box's width across: narrow boxes keep them small
        r.setMaximumBarWidth(0.05);
        r.setDefaultToolTipGenerator(new BoxAndWhiskerToolTipGenerator());
        NumberAxis va = Style.axis(label(c.yLabel, c.columns.get(1)), false);
        // the axis spans every value, outliers included (JFreeChart's auto range stops at the whiskers)
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Double> values : by.values()) {
            for (double x : values) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo < hi) {
            double pad = 0.05 * (hi - lo);
            va.setRange(lo - pad, hi + pad);
        }
        return new CategoryPlot(d, new CategoryAxis(c.xLabel), va, r);
    }

    /** Sequential blues (ColorBrewer "Blues", the 5 darkest of 6 classes; readable under every colour-vision deficiency) and no-data grey. */
    static final Color[] BLUES = {new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6), new Color(0x3182BD),
        new Color(0x08519C)};
    static final Color NO_DATA = new Color(0xD9D9D9);

    static XYPlot map(Chart c) {
        String[] codes = keys(c.data, c.columns.get(0), "");
        double[] v = numbers(c.data, c.columns.get(1));
        Map<String, Double> value = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, java.awt.geom.Path2D> world = World.shapes();
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i].strip().toUpperCase(java.util.Locale.ROOT);
            if (!Double.isFinite(v[i])) {
                continue;
            }
            if (!world.containsKey(code)) {
                unknown.add(code);
            } else if (value.put(code, v[i]) != null) {
                throw new GvcException("map: two values for " + code);
            }
        }
        double[] sorted = value.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] breaks = new double[BLUES.length + 1];
        for (int k = 0; k <= BLUES.length; k++) {
            double h = (sorted.length - 1) * k / (double) BLUES.length;
            int lo = (int) Math.floor(h);
            breaks[k] = sorted.length == 0 ? 0 : sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
        }
        XYPlot p = new XYPlot(new XYSeriesCollection(), new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
        p.getDomainAxis().setRange(-180, 180);
        p.setNoDataMessage(null);
        p.getRangeAxis().setRange(-58, 84);
        p.getDomainAxis().setVisible(false);
        p.getRangeAxis().setVisible(false);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinesVisible(false);
        p.setOutlineVisible(false);
        java.awt.BasicStroke border = new java.awt.BasicStroke(0.4f);
        NumberFormat f = Style.number("#,##0.##");
        for (Map.Entry<String, java.awt.geom.Path2D> e : world.entrySet()) {
            Double x = value.get(e.getKey());
            Color fill = x == null ? NO_DATA : BLUES[classOf(x, breaks)];
            org.jfree.chart.annotations.XYShapeAnnotation a = new org.jfree.chart.annotations.XYShapeAnnotation(e.getValue(),
                    border, Color.WHITE, fill);
            a.setToolTipText(e.getKey().startsWith("-") ? e.getKey().substring(1).replace('_', ' ') + ": no data"
                    : e.getKey() + ": " + (x == null ? "no data" : f.format(x)));
            p.addAnnotation(a, false);
        }
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        // class bounds with one number of decimals for all, chosen from the span of the values (not "38.4 – 48.76")
        double span = sorted.length == 0 ? 0 : sorted[sorted.length - 1] - sorted[0];
        NumberFormat lf = Style.number(span >= 100 ? "#,##0" : span >= 1 ? "#,##0.0" : span >= 0.01 ? "#,##0.000" : "0.##E0");
        for (int k = 0; k < BLUES.length && sorted.length > 0; k++) {
            if (k > 0 && breaks[k] == breaks[k + 1] && breaks[k] == breaks[k - 1]) {
                continue;
            }
            legend.add(new org.jfree.chart.LegendItem(lf.format(breaks[k]) + " – " + lf.format(breaks[k + 1]), null, null, null,
                    new Rectangle2D.Double(-6, -6, 12, 12), BLUES[k], border, Color.GRAY));
        }
        legend.add(new org.jfree.chart.LegendItem("No data", null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                NO_DATA, border, Color.GRAY));
        p.setFixedLegendItems(legend);
        if (!unknown.isEmpty()) {
            p.addAnnotation(new XYTitleAnnotation(0.0, 0.0, new TextTitle("Not on the map: " + String.join(", ", unknown.subList(0,
                    Math.min(unknown.size(), 12))) + (unknown.size() > 12 ? ", …" : ""), Style.font(Font.PLAIN, 9)),
                    RectangleAnchor.BOTTOM_LEFT));
        }
        return p;
    }

    /** The class of x among the quantile breaks (the top break belongs to the last class). */
    static int classOf(double x, double[] breaks) {
        for (int k = 1; k < breaks.length - 1; k++) {
            if (x < breaks[k]) {
                return k - 1;
            }
        }
        return breaks.length - 2;
    }

    static XYPlot eventStudy(Chart c) {
        double[] k = numbers(c.data, c.columns.get(0));
        double[] m = numbers(c.data, c.columns.get(1));
        double[] lo = numbers(c.data, c.columns.get(2));
        double[] hi = numbers(c.data, c.columns.get(3));
        YIntervalSeries s = new YIntervalSeries("Mean with 95% band", true, false);
        for (int i = 0; i < k.length; i++) {
            if (Double.isFinite(m[i])) {
                s.add(k[i], m[i], Double.isFinite(lo[i]) ? lo[i] : m[i], Double.isFinite(hi[i]) ? hi[i] : m[i]);
            }
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, Style.color(0));
        r.setSeriesFillPaint(0, Style.color(0));
        r.setSeriesStroke(0, Style.line(2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setAlpha(0.2f);
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{1}: {2}", Style.number("0"), Style.plain()));
        XYPlot p = new XYPlot(d, Style.axis(label(c.xLabel, "Years relative to the event"), true),
                Style.axis(label(c.yLabel, c.columns.get(1)), false), r);
        p.addDomainMarker(new ValueMarker(-0.5, Color.DARK_GRAY, Style.dashed(1.2f)));
        p.addRangeMarker(new ValueMarker(0, Color.GRAY, Style.line(1f)));
        ((NumberAxis) p.getRangeAxis()).setAutoRangeIncludesZero(true);
        return p;
    }
}
