package org.gvc4j.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.Table;

/**
 * One report figure, built once and written as PNG, SVG or a self-contained HTML page that opens offline (no script,
 * no CDN: the SVG is inline, with a hover tooltip per data point). Start with the factory of the figure type, name the
 * columns, then set the title, axis labels (with units), the source note and, for seeded synthetic data, {@link
 * #synthetic()}:
 *
 * <pre>{@code
 * Chart.lines(groups, "year", "ratio", "group")
 *      .title("GDP per capita relative to high income").xLabel("Year").yLabel("Ratio to high income (1 = parity)")
 *      .source("Penn World Table 9.1").savePng(Path.of("out/fig74.png"));
 * }</pre>
 *
 * <p>Drawing needs JFreeChart ({@code org.jfree:jfreechart}) and, for SVG and HTML, Batik ({@code
 * org.apache.xmlgraphics:batik-svggen}), optional dependencies of gvc4j; without them every output method throws a
 * {@link GvcException} that names the artifact. Rendering is headless ({@code java.awt.headless=true} is set before
 * the first drawing). One style for all: DejaVu Sans, the Okabe–Ito colour-blind-safe palette, white background,
 * legend at the bottom, source note at the bottom left, numbers in {@code Locale.ROOT}.
 */
public final class Chart {
    /** The figure types of the GVC Development Report 2025 (chapters 7–8) that gvc4j draws. */
    public enum Type {
        /** Lines by group over x (years). */
        LINES,
        /** Points with optional labels (placed without overlaps), fitted line and 45-degree line. */
        SCATTER,
        /** One panel per value of a column, each with its own y scale, lines by group. */
        SMALL_MULTIPLES,
        /** Estimates with 95% intervals, one panel per group (Fig. 7.14). */
        COEFFICIENTS,
        /** Stacked bars: components of each category (optionally as 100% shares). */
        STACKED_BARS,
        /** Horizontal bars, one per category (counts). */
        BARS,
        /** Step lines, optionally cumulative (agreements adopted over time). */
        STEPS,
        /** Mean by time relative to an event with its band (Fig. 8.10). */
        EVENT_STUDY,
        /** Box plots by group (Figs. 8.8–8.9). */
        BOXES,
        /** A world choropleth of a value by country (ISO 3166-1 alpha-3), Natural Earth 1:110m outlines. */
        MAP
    }

    final Type type;
    final Table data;
    final List<String> columns;
    @Nullable String title;
    @Nullable String subtitle;
    @Nullable String xLabel;
    @Nullable String yLabel;
    @Nullable String source;
    boolean synthetic;
    int width = 1000;
    int height = 600;
    @Nullable String labelColumn;
    double @Nullable [] fit;
    boolean diagonal;
    boolean percent;
    boolean horizontal;
    boolean cumulative;

    private Chart(Type type, Table data, @Nullable String... columns) {
        this.type = type;
        this.data = data;
        List<String> cols = new ArrayList<>();
        for (String c : columns) {
            if (c != null && !data.columnNames().contains(c)) {
                throw new GvcException("chart: no column '" + c + "' in table '" + data.name() + "'; columns: "
                        + String.join(", ", data.columnNames()));
            }
            cols.add(c);
        }
        this.columns = java.util.Collections.unmodifiableList(cols);
        if (data.rowCount() == 0) {
            throw new GvcException("chart: table '" + data.name() + "' has no rows");
        }
    }

    /** Lines of {@code y} over {@code x}, one per value of {@code group} (null: one line). */
    public static Chart lines(Table data, String x, String y, @Nullable String group) {
        return new Chart(Type.LINES, data, x, y, group);
    }

    /** Points of {@code y} against {@code x}; add {@link #labels}, {@link #fittedLine}, {@link #diagonal()}. */
    public static Chart scatter(Table data, String x, String y) {
        return new Chart(Type.SCATTER, data, x, y);
    }

    /** Panels by {@code panel} (each with its own y scale), lines of {@code y} over {@code x} by {@code group}. */
    public static Chart smallMultiples(Table data, String x, String y, @Nullable String group, String panel) {
        return new Chart(Type.SMALL_MULTIPLES, data, x, y, group, panel);
    }

    /**
     * A coefficient plot: {@code estimate} with the interval [{@code low}, {@code high}] for each {@code term}, one
     * panel per value of {@code panel} (null: one panel), all panels on the same scale, a line at 0. A
     * {@code Fit.toTable()} has the columns {@code term, estimate, conf_low, conf_high}.
     */
    public static Chart coefficients(Table data, String term, String estimate, String low, String high,
            @Nullable String panel) {
        return new Chart(Type.COEFFICIENTS, data, term, estimate, low, high, panel);
    }

    /** Bars of {@code category} stacked by {@code component}; {@link #percent()} makes them 100% shares. */
    public static Chart stackedBars(Table data, String category, String component, String value) {
        return new Chart(Type.STACKED_BARS, data, category, component, value);
    }

    /** Horizontal bars of {@code value} by {@code category}, in table order. */
    public static Chart bars(Table data, String category, String value) {
        Chart c = new Chart(Type.BARS, data, category, value);
        c.horizontal = true;
        return c;
    }

    /** Step lines of {@code y} over {@code x} by {@code group}; {@link #cumulative()} plots running sums. */
    public static Chart steps(Table data, String x, String y, @Nullable String group) {
        return new Chart(Type.STEPS, data, x, y, group);
    }

    /**
     * An event study: {@code mean} over relative time with the band [{@code low}, {@code high}], a dashed line just
     * before the event and a line at 0. {@code EventStudy.eventTimeMeans} gives these columns.
     */
    public static Chart eventStudy(Table data, String relTime, String mean, String low, String high) {
        return new Chart(Type.EVENT_STUDY, data, relTime, mean, low, high);
    }

    /** Box plots of {@code value} by {@code group} (Tukey whiskers, outliers as points). */
    public static Chart boxes(Table data, String group, String value) {
        return new Chart(Type.BOXES, data, group, value);
    }

    /**
     * A world map of {@code value} by country, {@code iso3} holding ISO 3166-1 alpha-3 codes (Kosovo: XKX): five
     * quantile classes of one colour-blind-safe blue scale, grey for countries without a value. Codes the map does not
     * know are listed in the subtitle. Outlines: Natural Earth 1:110m (public domain), shipped in the jar.
     */
    public static Chart map(Table data, String iso3, String value) {
        return new Chart(Type.MAP, data, iso3, value);
    }

    public Chart title(String text) {
        this.title = text;
        return this;
    }

    /** A second line under the title (e.g. a fit's slope, robust SE and p-value). */
    public Chart subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    /** The x-axis title, with its unit ("Year", "GDP per capita, 2000 (log 2011 US$)"). */
    public Chart xLabel(String text) {
        this.xLabel = text;
        return this;
    }

    /** The y-axis title, with its unit ("Share of gross exports (%)"). */
    public Chart yLabel(String text) {
        this.yLabel = text;
        return this;
    }

    /** The source note, written at the bottom left ("Source: Penn World Table 9.1"). */
    public Chart source(String text) {
        this.source = text;
        return this;
    }

    /** Marks the chart as drawn from synthetic data, on the chart itself. */
    public Chart synthetic() {
        this.synthetic = true;
        return this;
    }

    /** Logical size in pixels (default 1000 × 600); PNGs are written at twice this. */
    public Chart size(int width, int height) {
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw new GvcException("chart size must be between 200×150 and 8000×8000, got " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    /** Scatter: label each point with this column, placed so that no two labels overlap (labels that fit nowhere are left out). */
    public Chart labels(String column) {
        requireType(Type.SCATTER, "labels");
        if (!data.columnNames().contains(column)) {
            throw new GvcException("chart: no column '" + column + "' to label points with");
        }
        this.labelColumn = column;
        return this;
    }

    /** Scatter: the line y = intercept + slope · x across the x range (e.g. from an OLS fit). */
    public Chart fittedLine(double intercept, double slope) {
        requireType(Type.SCATTER, "fittedLine");
        this.fit = new double[] {intercept, slope};
        return this;
    }

    /** Scatter: the 45-degree line, with equal x and y ranges. */
    public Chart diagonal() {
        requireType(Type.SCATTER, "diagonal");
        this.diagonal = true;
        return this;
    }

    /** Stacked bars: each bar as 100% shares of its total. */
    public Chart percent() {
        requireType(Type.STACKED_BARS, "percent");
        this.percent = true;
        return this;
    }

    /** Stacked bars: horizontal bars (categories down the side), better for many categories. */
    public Chart horizontal() {
        requireType(Type.STACKED_BARS, "horizontal");
        this.horizontal = true;
        return this;
    }

    /** Steps: plot running sums over x (after sorting by x) instead of the values. */
    public Chart cumulative() {
        requireType(Type.STEPS, "cumulative");
        this.cumulative = true;
        return this;
    }

    public Type getType() {
        return type;
    }

    private void requireType(Type t, String what) {
        if (type != t) {
            throw new GvcException("chart: " + what + "() applies to " + t + " charts, not " + type);
        }
    }

    /** Writes the PNG (at 2× the logical size) and returns the path. */
    @org.gvc4j.api.FileAccess
    public Path savePng(Path file) {
        Libraries.requireJFreeChart();
        return Render.png(this, file);
    }

    /** Writes the SVG (standalone, with tooltips) and returns the path. */
    @org.gvc4j.api.FileAccess
    public Path saveSvg(Path file) {
        Libraries.requireJFreeChart();
        Libraries.requireBatik();
        return Html.write(file, Html.svg(this));
    }

    /** Writes one self-contained HTML page (inline SVG, tooltips, the data as a table; nothing loaded from anywhere). */
    @org.gvc4j.api.FileAccess
    public Path saveHtml(Path file) {
        Libraries.requireJFreeChart();
        Libraries.requireBatik();
        return Html.write(file, Html.page(this));
    }

    /** The SVG text of the chart (with its tooltip overlay). */
    public String toSvg() {
        Libraries.requireJFreeChart();
        Libraries.requireBatik();
        return Html.svg(this);
    }

    /** The HTML page {@link #saveHtml} writes. */
    public String toHtml() {
        Libraries.requireJFreeChart();
        Libraries.requireBatik();
        return Html.page(this);
    }

    @Override
    public String toString() {
        return "Chart[" + type + ", " + columns + (title == null ? "" : ", " + title) + "]";
    }
}
