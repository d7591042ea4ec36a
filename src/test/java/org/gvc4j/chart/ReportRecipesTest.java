package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gvc4j.analytics.Growth;
import org.gvc4j.analytics.Inequality;
import org.gvc4j.analytics.Lead;
import org.gvc4j.cli.Main;
import org.gvc4j.stats.Datasets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Every recipe in scripts/report runs sandboxed ({@code gvc run --sandbox}, 120 s limit) on the real data in
 * ../shared/reference/stats and writes its CSV and its chart (PNG decodes and is not blank, SVG, HTML that renders
 * offline in headless Chromium when Chromium is installed); the CSVs hold the numbers the analytics API and the
 * reference give.
 */
class ReportRecipesTest {
    static final Path STATS = Path.of("../shared/reference/stats");
    static final Path REPORT = Path.of("scripts/report");

    /** Recipe → its data file under ../shared/reference/stats and the charts it draws. */
    static final Map<String, String> DATA = Map.of(
            "convergence.groovy", "convergence/data.csv",
            "catchup.groovy", "gini-catchup/data.csv",
            "gini.groovy", "gini-catchup/data.csv",
            "rta-event.groovy", "gravity-ppml-rta/data.csv");
    static final Map<String, String> CHARTS = Map.of(
            "convergence.groovy", "convergence", "catchup.groovy", "catchup", "gini.groovy", "gini",
            "rta-event.groovy", "rta_event");

    @TempDir
    Path tmp;

    @BeforeAll
    static void shared() {
        Assumptions.assumeTrue(Files.isDirectory(STATS), STATS + " absent: the report recipes' tests are skipped");
    }

    static double rel(double got, double want) {
        return Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
    }

    /** Runs one recipe sandboxed with the out folder as args[1] and --out; returns the out folder. */
    Path run(String recipe) throws Exception {
        Path out = tmp.resolve(recipe.replace(".groovy", ""));
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(new String[] {"run", "--sandbox", "--timeout", "120", "--out", out.toString(),
            REPORT.resolve(recipe).toString(), STATS.resolve(DATA.get(recipe)).toString(), out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, recipe + ": " + err);
        System.out.printf(Locale.ROOT, "%s: ran sandboxed in %.1f s%n", recipe, (System.nanoTime() - t0) / 1e9);
        String stem = CHARTS.get(recipe);
        ChartRecipeTest.assertDrawn(out, stem);
        Optional<Path> chromium = ChromiumRenderTest.find();
        if (chromium.isPresent()) {
            double share = ChromiumRenderTest.assertRendersOffline(chromium.get(), Files.createDirectories(
                    tmp.resolve("chromium-" + stem)), out.resolve(stem + ".html"));
            System.out.printf(Locale.ROOT, "%s.html: non-white share %.3f in Chromium, no network requests%n", stem, share);
        } else {
            System.out.println(stem + ".html: chromium not installed, the headless render check is skipped");
        }
        return out;
    }

    @Test
    void everyRecipeInScriptsReportIsTested() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(REPORT)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".groovy")).sorted().forEach(found::add);
        }
        java.util.Set<String> tested = new java.util.TreeSet<>(DATA.keySet());
        tested.addAll(FigureRecipesTest.RECIPES);
        assertEquals(tested, new java.util.TreeSet<>(found), "each recipe is tested here or in FigureRecipesTest");
        String readme = Files.readString(REPORT.resolve("README.md"));
        for (String n : found) {
            String head = Files.readString(REPORT.resolve(n));
            assertTrue(head.startsWith("// ") && head.contains("// Run:  ./gvc run ") && head.contains("scripts/report/" + n),
                    n + ": the header says which figure and how to run it");
            assertTrue(readme.contains("`" + n + "`"), n + " is listed in scripts/report/README.md");
        }
    }

    @Test
    void convergenceMatchesTheReference() throws Exception {
        Path out = run("convergence.groovy");
        Table fit = Datasets.readCsv(out.resolve("convergence_fit.csv"));
        Table want = Datasets.readCsv(STATS.resolve("convergence/expected.csv"));
        double slope = want.numberColumn("estimate").getDouble(1);
        double se = want.numberColumn("std_error").getDouble(1);
        assertTrue(rel(fit.numberColumn("slope").getDouble(0), slope) < 1e-9, "slope vs fixest " + slope);
        assertTrue(rel(fit.numberColumn("slope_std_error").getDouble(0), se) < 1e-6, "robust SE vs fixest " + se);
        assertEquals(180, fit.numberColumn("n").getDouble(0));
        Table points = Datasets.readCsv(out.resolve("convergence_points.csv"));
        assertEquals(180, points.rowCount());
        Growth.Convergence api = Growth.convergence(Datasets.readCsv(STATS.resolve("convergence/data.csv")), "growth",
                "gdppc0");
        for (int r = 0; r < points.rowCount(); r++) {
            double g0 = points.numberColumn("gdppc0").getDouble(r);
            assertEquals(api.fitted(g0), points.numberColumn("fitted_growth").getDouble(r), 0.0, "fitted line, row " + r);
        }
    }

    static Table pwt() {
        Table t = Datasets.readCsv(STATS.resolve("gini-catchup/data.csv"));
        t.addColumns(t.numberColumn("rgdpe").divide(t.numberColumn("pop")).setName("y"));
        return t;
    }

    @Test
    void catchupMatchesTheReference() throws Exception {
        Path out = run("catchup.groovy");
        Table got = Datasets.readCsv(out.resolve("catchup.csv"));
        Table want = Datasets.readCsv(STATS.resolve("gini-catchup/catchup.csv"));
        assertEquals(want.rowCount(), got.rowCount());
        Table api = Lead.relativeToLead(pwt(), "isocode", "year", "y", "pop", Lead.Rule.richestAbove(1.0), 2000, 2017);
        double max = 0;
        int up = 0;
        for (int r = 0; r < got.rowCount(); r++) {
            assertEquals(want.column("country").getString(r), got.column("isocode").getString(r), "row order");
            for (String c : List.of("ratio_2000", "ratio_2017")) {
                max = Math.max(max, rel(got.numberColumn(c).getDouble(r), want.numberColumn(c).getDouble(r)));
                assertEquals(api.numberColumn(c).getDouble(r), got.numberColumn(c).getDouble(r), 0.0, c + " row " + r);
            }
            boolean u = got.numberColumn("ratio_2017").getDouble(r) > got.numberColumn("ratio_2000").getDouble(r);
            assertEquals(u ? "yes" : "no", got.column("caught_up").getString(r));
            up += u ? 1 : 0;
        }
        assertTrue(max < 1e-9, "ratios vs the reference: max rel deviation " + max);
        assertTrue(Files.readString(out.resolve("catchup.html")).contains(up + " of " + got.rowCount()),
                "the subtitle counts the economies above the 45-degree line");
    }

    @Test
    void giniMatchesTheReference() throws Exception {
        Path out = run("gini.groovy");
        Table got = Datasets.readCsv(out.resolve("gini_by_year.csv"));
        Table want = Datasets.readCsv(STATS.resolve("gini-catchup/gini_by_year.csv"));
        Table api = Inequality.giniByYear(pwt(), "year", "y", "pop");
        assertEquals(want.rowCount(), got.rowCount());
        double max = 0;
        for (int r = 0; r < got.rowCount(); r++) {
            assertEquals(want.numberColumn("year").getDouble(r), got.numberColumn("year").getDouble(r));
            max = Math.max(max, rel(got.numberColumn("gini_weighted").getDouble(r),
                    want.numberColumn("gini_popweighted").getDouble(r)));
            max = Math.max(max, rel(got.numberColumn("gini_unweighted").getDouble(r),
                    want.numberColumn("gini_unweighted").getDouble(r)));
            assertEquals(api.numberColumn("gini_weighted").getDouble(r), got.numberColumn("gini_weighted").getDouble(r), 0.0);
            assertEquals(want.numberColumn("n_countries").getDouble(r), got.numberColumn("n").getDouble(r));
        }
        assertTrue(max < 1e-9, "Gini vs the reference: max rel deviation " + max);
    }

    /** The event-time means equal EventStudy.eventTimeMeans computed here from the panel, and n adds up. */
    @Test
    void rtaEventMeansMatchTheApi() throws Exception {
        Path out = run("rta-event.groovy");
        Table got = Datasets.readCsv(out.resolve("rta_event_means.csv"));
        Table data = Datasets.readCsv(STATS.resolve("gravity-ppml-rta/data.csv"));
        Map<String, Integer> entry = new java.util.HashMap<>();
        java.util.Set<String> before = new java.util.HashSet<>();
        tech.tablesaw.api.DoubleColumn y = tech.tablesaw.api.DoubleColumn.create("log_trade");
        for (int i = 0; i < data.rowCount(); i++) {
            String pair = data.column("pair").getString(i);
            int year = (int) data.numberColumn("year").getDouble(i);
            double trade = data.numberColumn("trade").getDouble(i);
            boolean intl = !data.column("exporter").getString(i).equals(data.column("importer").getString(i));
            y.append(intl && trade > 0 ? Math.log(trade) : Double.NaN);
            if (data.numberColumn("rta").getDouble(i) == 1) {
                if (year == 1986) {
                    before.add(pair);
                } else {
                    entry.merge(pair, year, Math::min);
                }
            }
        }
        before.forEach(entry::remove);
        data.addColumns(y);
        Table api = org.gvc4j.analytics.EventStudy.eventTimeMeans(data, "pair", "year", "log_trade", entry, -16, 16, 0.95);
        assertEquals(9, got.rowCount(), "event times -16, -12, ..., 16");
        assertEquals(api.rowCount(), got.rowCount());
        for (int r = 0; r < got.rowCount(); r++) {
            for (String c : List.of("rel_time", "n", "mean", "std_error", "conf_low", "conf_high")) {
                assertEquals(api.numberColumn(c).getDouble(r), got.numberColumn(c).getDouble(r), 0.0, c + " row " + r);
            }
        }
        assertTrue(Files.readString(out.resolve("rta_event.html")).contains(entry.size() + " pairs entering"),
                "the subtitle counts the pairs");
    }
}
