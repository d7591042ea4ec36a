package org.gvc4j.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The one style of gvc4j's charts (../shared/docs/charts.md §1): fonts, palette, flat theme, number formats. */
final class Style {
    /** Okabe–Ito, colour-blind safe. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
        new Color(0x56B4E9), new Color(0xCC79A7), new Color(0xF0E442), new Color(0x000000)};
    static final Color GRID = new Color(0xDDDDDD);
    static final Color NOTE = new Color(0x555555);
    static final String FAMILY = family();

    private Style() {
    }

    /** DejaVu Sans where installed (it is on Debian with fonts-dejavu-core), otherwise the logical SansSerif. */
    private static String family() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            if (Arrays.asList(names).contains("DejaVu Sans")) {
                return "DejaVu Sans";
            }
            System.err.println("gvc4j charts: font 'DejaVu Sans' not found (Debian: apt-get install fonts-dejavu-core); "
                    + "using SansSerif");
        } catch (RuntimeException | Error e) {
            System.err.println("gvc4j charts: no fonts available (" + e + "); install fontconfig and fonts-dejavu-core");
        }
        return "SansSerif";
    }

    static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(size);
    }

    static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static void apply(JFreeChart chart) {
        // rotated axis titles as SVG <text>, not glyph outlines (the workaround draws them through a TextLayout)
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
        StandardChartTheme theme = new StandardChartTheme("gvc4j", false);
        theme.setExtraLargeFont(font(Font.BOLD, 16));
        theme.setLargeFont(font(Font.PLAIN, 12));
        theme.setRegularFont(font(Font.PLAIN, 10));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(new Color(0x333333));
        theme.setTitlePaint(Color.BLACK);
        theme.setSubtitlePaint(new Color(0x333333));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setGridBandPaint(Color.WHITE);
        theme.setGridBandAlternatePaint(Color.WHITE);
        theme.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                new Paint[] {GRID}, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.getLegend().setItemFont(font(Font.PLAIN, 11));
        }
    }

    /** A note line (source, synthetic mark, axis note) in the given place. */
    static TextTitle note(String text, RectangleEdge edge, HorizontalAlignment align, Font font, Paint paint) {
        TextTitle t = new TextTitle(text, font);
        t.setPosition(edge);
        t.setHorizontalAlignment(align);
        t.setPaint(paint);
        t.setPadding(new RectangleInsets(2, 0, 2, 0));
        return t;
    }

    static NumberFormat number(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** General numbers for tooltips: up to 4 decimals, no grouping. */
    static NumberFormat plain() {
        return number("0.####");
    }

    /** A numeric axis with ROOT-locale ticks; whole-number data (years) get integer ticks printed without grouping. */
    static NumberAxis axis(String label, boolean integers) {
        NumberAxis a = new NumberAxis(label);
        if (integers) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
            a.setNumberFormatOverride(number("0"));
        } else {
            a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /** Fewer, readable ticks on a vertical value axis: the tick unit must leave room for the label and its insets. */
    static void sparseVertical(org.jfree.chart.plot.Plot plot) {
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
            for (Object sub : c.getSubplots()) {
                sparseVertical((org.jfree.chart.plot.Plot) sub);
            }
        } else if (plot instanceof org.jfree.chart.plot.XYPlot x
                && x.getOrientation() == org.jfree.chart.plot.PlotOrientation.VERTICAL && x.getRangeAxis() != null) {
            x.getRangeAxis().setTickLabelInsets(new RectangleInsets(8, 4, 8, 4));
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot c
                && c.getOrientation() == org.jfree.chart.plot.PlotOrientation.VERTICAL) {
            c.getRangeAxis().setTickLabelInsets(new RectangleInsets(8, 4, 8, 4));
        }
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }
}
