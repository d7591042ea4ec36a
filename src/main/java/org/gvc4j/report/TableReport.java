package org.gvc4j.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvc4j.MrioTable;
import org.gvc4j.chart.Chart;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.OutputFiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One offline HTML page for one table: what was loaded (the validation facts of {@link TableFacts}), GVC participation
 * by country (BMT2025 trade measures, {@code io.decompose().bm2025().trade().exporters()}: a table, stacked bars and
 * a world map), the tripartite split (pure forward, two-sided, pure backward GVC trade) of the largest bilateral
 * flows ({@code exporters().importers()}), each country's profile by sector ({@code exporters().bySector()}), and
 * the chain that made each number, linked to its dsl-docs page. The page is self-contained: inline CSS, charts as
 * inline SVG, no script, nothing loaded from anywhere.
 *
 * <pre>{@code
 * TableReport.of(io).top(10).writeHtml(Path.of("out/report.html"));
 * }</pre>
 */
public final class TableReport {
    private final MrioTable io;
    private final int top;
    private final List<String> only;
    private final String docs;

    private TableReport(MrioTable io, int top, List<String> only, String docs) {
        this.io = io;
        this.top = top;
        this.only = only;
        this.docs = docs;
    }

    /**
     * Where the "how computed" section links the dsl-docs pages to: a folder URL or a path relative to the page,
     * ending in {@code /} (default {@code dsl-docs/}, the folder next to the page). Links are only followed when
     * clicked; nothing is loaded.
     */
    public TableReport docsAt(String base) {
        if (base == null || base.isBlank() || base.contains("\"") || base.contains("<")) {
            throw new GvcException("report: docs location must be a non-empty URL or path without quotes or '<', got '"
                    + base + "'");
        }
        return new TableReport(io, top, only, base.endsWith("/") ? base : base + "/");
    }

    String docs() {
        return docs;
    }

    /** A report of {@code io}: the 10 largest bilateral flows, a profile of every country. */
    public static TableReport of(MrioTable io) {
        if (io == null) {
            throw new GvcException("report: no table given");
        }
        return new TableReport(io, 10, List.of(), "dsl-docs/");
    }

    /** The number of largest bilateral flows (by gross exports) whose tripartite split is shown (1 to 1000). */
    public TableReport top(int pairs) {
        if (pairs < 1 || pairs > 1000) {
            throw new GvcException("report: top must be between 1 and 1000, got " + pairs);
        }
        return new TableReport(io, pairs, only, docs);
    }

    /** Profiles by sector for these countries only (default: every country); unknown codes are refused. */
    public TableReport profiles(String... countries) {
        List<String> list = new ArrayList<>();
        for (String c : countries) {
            if (!io.getCountries().contains(c)) {
                throw new GvcException("report: no country '" + c + "' in table " + io.getName() + "; countries: "
                        + String.join(", ", io.getCountries()));
            }
            list.add(c);
        }
        return new TableReport(io, top, List.copyOf(list), docs);
    }

    /** The participation measures the page shows: one row per exporter. */
    public MeasureTable participation() {
        return io.decompose().bm2025().trade().exporters();
    }

    /** The bilateral flows of the tripartite section: the {@code top} pairs by gross exports {@code E}. */
    public MeasureTable largestPairs() {
        return io.decompose().bm2025().trade().exporters().importers().sortDescendingBy("E").head(top);
    }

    private MeasureTable sectors() {
        return io.decompose().bm2025().trade().exporters().bySector();
    }

    /** The participation chart: forward, two-sided and pure backward GVC trade as shares of gross exports (%). */
    public Chart participationChart() {
        MeasureTable p = participation().sortDescendingBy("share_GVC");
        List<String> c = p.keys("exporter");
        double[] e = p.column("E");
        double[] pf = p.column("GVC_PF");
        double[] ts = p.column("GVC_TS");
        double[] pb = p.column("GVC_PB");
        StringColumn cat = StringColumn.create("country");
        StringColumn comp = StringColumn.create("component");
        DoubleColumn val = DoubleColumn.create("share");
        for (int i = 0; i < c.size(); i++) {
            String[] names = {"Forward (GVC_PF)", "Two-sided (GVC_TS)", "Pure backward (GVC_PB)"};
            double[] v = {pf[i], ts[i], pb[i]};
            for (int k = 0; k < 3; k++) {
                cat.append(c.get(i));
                comp.append(names[k]);
                val.append(e[i] == 0 ? 0 : 100 * v[k] / e[i]);
            }
        }
        Table t = Table.create("participation", cat, comp, val);
        return Chart.stackedBars(t, "country", "component", "share").horizontal()
                .size(1000, Math.max(360, 120 + 22 * c.size()))
                .title("GVC participation by exporter (largest GVC share first), " + io.getName())
                .xLabel("Exporter").yLabel("Share of gross exports (%)")
                .source("Source: " + io.getName() + "; BMT2025 trade measures (gvc4j)");
    }

    /** The tripartite chart of the largest pairs: traditional trade and the three GVC parts, in gross exports. */
    public Chart pairsChart() {
        MeasureTable p = largestPairs();
        List<String> ex = p.keys("exporter");
        List<String> im = p.keys("importer");
        String[] cols = {"DAVAX", "GVC_PF", "GVC_TS", "GVC_PB"};
        String[] names = {"Traditional (DAVAX)", "Forward (GVC_PF)", "Two-sided (GVC_TS)", "Pure backward (GVC_PB)"};
        StringColumn cat = StringColumn.create("pair");
        StringColumn comp = StringColumn.create("component");
        DoubleColumn val = DoubleColumn.create("value");
        for (int k = 0; k < cols.length; k++) {
            double[] v = p.column(cols[k]);
            for (int i = 0; i < ex.size(); i++) {
                cat.append(ex.get(i) + " → " + im.get(i));
                comp.append(names[k]);
                val.append(v[i]);
            }
        }
        Table t = Table.create("pairs", cat, comp, val);
        return Chart.stackedBars(t, "pair", "component", "value").horizontal()
                .size(1000, Math.max(360, 120 + 26 * ex.size()))
                .title("Tripartite split of the " + ex.size() + " largest bilateral flows, " + io.getName())
                .xLabel("Exporter → importer").yLabel("Gross exports (table units)")
                .source("Source: " + io.getName() + "; BMT2025 trade measures by pair (gvc4j)");
    }

    /** The world map of the GVC share of gross exports ({@code share_GVC}, %) by exporter. */
    public Chart mapChart() {
        MeasureTable p = participation();
        double[] s = p.column("share_GVC");
        DoubleColumn v = DoubleColumn.create("share_GVC");
        for (double x : s) {
            v.append(100 * x);
        }
        Table t = Table.create("map", StringColumn.create("iso3", p.keys("exporter")), v);
        return Chart.map(t, "iso3", "share_GVC").title("GVC-related trade, % of gross exports, " + io.getName())
                .source("Source: " + io.getName() + "; BMT2025 share_GVC (gvc4j)");
    }

    /** The page as text (what {@link #writeHtml} writes). */
    public String toHtml() {
        return Page.html(this, io, top, only.isEmpty() ? io.getCountries() : only);
    }

    /**
     * Writes the page, all or nothing (a temporary file in the same folder, then moved into place), and returns the
     * path.
     */
    @org.gvc4j.api.FileAccess
    public Path writeHtml(Path file) {
        String html = toHtml();
        writeAtomically(file, html.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * Writes the three charts as PNGs: {@code <stem>-participation.png}, {@code -pairs.png}, {@code -map.png} in
     * {@code folder}, each atomically through {@link OutputFiles} (drawn first, then moved into place). Returns the
     * paths.
     */
    @org.gvc4j.api.FileAccess
    public List<Path> writePngs(Path folder, String stem) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("participation", participationChart());
        charts.put("pairs", pairsChart());
        charts.put("map", mapChart());
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(folder.toAbsolutePath());
            Path scratch = Files.createTempDirectory("gvc-report");
            try {
                Map<Path, Path> drawn = new LinkedHashMap<>();
                for (Map.Entry<String, Chart> e : charts.entrySet()) {
                    drawn.put(e.getValue().savePng(scratch.resolve(e.getKey() + ".png")),
                            folder.resolve(stem + "-" + e.getKey() + ".png"));
                }
                for (Map.Entry<Path, Path> e : drawn.entrySet()) {
                    out.add(OutputFiles.write(e.getValue(), o -> Files.copy(e.getKey(), o)));
                }
            } finally {
                try (var s = Files.list(scratch)) {
                    for (Path f : s.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(scratch);
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new GvcException("report: cannot write the charts in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} to {@code file} through {@link OutputFiles} (atomic; the umask's permissions). */
    static void writeAtomically(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputFiles.write(file.toAbsolutePath(), o -> o.write(bytes));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new GvcException("report: cannot write " + file + ": " + (e instanceof java.io.UncheckedIOException
                    ? e.getMessage() : e.getClass().getSimpleName() + " " + e.getMessage()), e);
        }
    }

    /**
     * The body of the recipe helper {@code report(io, "name.html")}: writes the page of {@code io} to a path the
     * caller has already confined to the recipe's output folder.
     */
    @org.gvc4j.api.FileAccess
    public static Path write(MrioTable io, Path confined) {
        return of(io).writeHtml(confined);
    }

    static String tolerance() {
        return String.format(Locale.ROOT, "%.0e", TableFacts.TOLERANCE);
    }
}
