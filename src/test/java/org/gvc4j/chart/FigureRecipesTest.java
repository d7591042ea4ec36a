package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.cli.Main;
import org.gvc4j.model.Conventions;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.SyntheticTable;
import org.gvc4j.stats.Datasets;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.gvc4j.stats.VcovType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The figure recipes of scripts/report that work on MRIO tables, the gravity panel and the Fig. 7.14 pipeline
 * (participation, tripartite, gravity-coefficients, fig714) run sandboxed ({@code gvc run --sandbox}) and write their
 * CSV and charts (PNG decodes and is not blank, SVG, HTML rendered offline in headless Chromium where installed); the
 * numbers in each CSV equal those of the library called here directly (exactly; decomposition results to 1e-12
 * relative, see {@link #assertClose}).
 */
class FigureRecipesTest {
    static final Path SHARED = Path.of("../shared/reference");
    static final Path WIOD = SHARED.resolve("wiod2013-2011");
    static final Path STATS = SHARED.resolve("stats");
    static final Path REPORT = Path.of("scripts/report");
    /** The recipes this class tests (ReportRecipesTest checks that every recipe in scripts/report is tested). */
    static final List<String> RECIPES = List.of("participation.groovy", "tripartite.groovy",
            "gravity-coefficients.groovy", "fig714.groovy", "distributions.groovy");

    @TempDir
    Path tmp;

    /** Runs a recipe sandboxed with --out OUT and the arguments (the token OUT is the out folder); checks its charts. */
    Path run(String recipe, List<String> args, String... charts) throws Exception {
        Path out = tmp.resolve(recipe.replace(".groovy", ""));
        List<String> cmd = new ArrayList<>(List.of("run", "--sandbox", "--timeout", "120", "--out", out.toString(),
                REPORT.resolve(recipe).toString()));
        for (String a : args) {
            cmd.add(a.equals("OUT") ? out.toString() : a);
        }
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(cmd.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, recipe + ": " + err);
        System.out.printf(Locale.ROOT, "%s: ran sandboxed in %.1f s%n", recipe, (System.nanoTime() - t0) / 1e9);
        for (String stem : charts) {
            RecipeCharts.assertChart(out, stem, tmp);
        }
        return out;
    }

    /**
     * Decomposition results of the recipe (computed in the sandbox's own JVM, whose thread count and BLAS path may
     * differ from this one: sums in another order) against the library here: equal to 1e-12 relative, about 1e2 ulp;
     * everything downstream of the recipe's own numbers is compared exactly.
     */
    static void assertClose(double want, double got, String what) {
        assertTrue(Math.abs(got - want) <= 1e-12 * Math.max(Math.abs(want), 1e-300),
                what + ": expected " + want + ", got " + got);
    }

    static void need(Path p) {
        Assumptions.assumeTrue(Files.isDirectory(p), p + " absent: the figure recipe's test is skipped");
    }

    /** Bars: 100·GVC_PF/E, 100·GVC_TS/E, 100·GVC_PB/E and 100·share_GVC of every exporter, largest share_GVC first. */
    @Test
    void participationEqualsTheBm2025TradeMeasures() throws Exception {
        need(WIOD);
        Path out = run("participation.groovy", List.of(WIOD.toString(), "OUT"), "participation", "participation_map");
        Table got = Datasets.readCsv(out.resolve("participation.csv"));
        MeasureTable p = Gvc.load(WIOD).decompose().bm2025().trade().exporters();
        List<String> ex = p.keys("exporter");
        double[] e = p.column("E");
        String[] cols = {"GVC_PF", "GVC_TS", "GVC_PB"};
        assertEquals(41, got.rowCount(), "one row per WIOD exporter");
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < ex.size(); i++) {
            row.put(ex.get(i), i);
        }
        double prev = Double.POSITIVE_INFINITY;
        for (int r = 0; r < got.rowCount(); r++) {
            int i = row.get(got.column("exporter").getString(r));
            assertClose(e[i], got.numberColumn("E").getDouble(r), "E row " + r);
            double sum = 0;
            for (String c : cols) {
                double want = 100 * p.column(c)[i] / e[i];
                assertClose(want, got.numberColumn(c + "_pct").getDouble(r), c + " row " + r);
                sum += want;
            }
            double share = got.numberColumn("share_GVC_pct").getDouble(r);
            assertClose(100 * p.column("share_GVC")[i], share, "share_GVC row " + r);
            assertEquals(share, sum, 1e-9 * share, "the stacks add up to share_GVC, row " + r);
            assertTrue(share <= prev, "sorted by share_GVC, largest first (row " + r + ")");
            prev = share;
        }
        assertEquals("LUX", got.column("exporter").getString(0));
        String map = Files.readString(out.resolve("participation_map.html"));
        assertTrue(map.contains("not on the map: RoW"), "the rest of the world is named, not dropped silently");
        assertTrue(map.contains("ROU: "), "WIOD's ROM is drawn as Romania (ROU)");
    }

    /** The largest flows by E, each split DAVAX + GVC_PF + GVC_TS + GVC_PB = 100% of E. */
    @Test
    void tripartiteEqualsTheBm2025PairMeasures() throws Exception {
        need(WIOD);
        Path out = run("tripartite.groovy", List.of(WIOD.toString(), "OUT", "15"), "tripartite");
        Table got = Datasets.readCsv(out.resolve("tripartite.csv"));
        MeasureTable p = Gvc.load(WIOD).decompose().bm2025().trade().exporters().importers().sortDescendingBy("E")
                .head(15);
        assertEquals(15, got.rowCount());
        double[] e = p.column("E");
        for (int r = 0; r < got.rowCount(); r++) {
            assertEquals(p.keys("exporter").get(r), got.column("exporter").getString(r), "exporter row " + r);
            assertEquals(p.keys("importer").get(r), got.column("importer").getString(r), "importer row " + r);
            assertClose(e[r], got.numberColumn("E").getDouble(r), "E row " + r);
            double sum = 0;
            for (String c : List.of("DAVAX", "GVC_PF", "GVC_TS", "GVC_PB")) {
                double want = 100 * p.column(c)[r] / e[r];
                assertClose(want, got.numberColumn(c + "_pct").getDouble(r), c + " row " + r);
                sum += want;
            }
            assertEquals(100, sum, 1e-9, "E_sr = DAVAX + GVC_PF + GVC_TS + GVC_PB, row " + r);
        }
        assertTrue(Files.readString(out.resolve("tripartite.html")).contains("15 largest bilateral flows"));
    }

    /** The PPML by exporter group equals Estimate.ppml on each group's rows; the groups partition the sample. */
    @Test
    void gravityCoefficientsEqualThePpmlByGroup() throws Exception {
        need(STATS);
        Path out = run("gravity-coefficients.groovy", List.of(STATS.toString(), "OUT"), "gravity_coefficients");
        Table got = Datasets.readCsv(out.resolve("gravity_coefficients.csv"));
        Table data = Datasets.readCsv(STATS.resolve("gravity-ppml-trad/data.csv"));
        List<String> high = List.of("AUS", "AUT", "BEL", "CAN", "CHE", "CYP", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR",
                "GRC", "HKG", "IRL", "ISL", "ISR", "ITA", "JPN", "KOR", "KWT", "MAC", "MLT", "NLD", "NOR", "PRT", "QAT",
                "SGP", "SWE", "USA");
        List<String> terms = List.of("log(dist)", "cntg", "lang", "clny", "rta");
        assertEquals(10, got.rowCount(), "5 terms x 2 groups");
        int n = 0;
        for (int g = 0; g < 2; g++) {
            boolean wantHigh = g == 0;
            Table sub = data.where(data.stringColumn("exporter").isIn(high));
            if (!wantHigh) {
                sub = data.where(data.stringColumn("exporter").isNotIn(high));
            }
            Fit fit = Estimate.ppml(sub, "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year")
                    .cluster("pair").fit();
            n += fit.getNobs();
            for (int k = 0; k < terms.size(); k++) {
                int r = 5 * g + k;
                assertEquals(wantHigh ? "High-income exporters" : "Other exporters", got.column("group").getString(r));
                assertEquals(terms.get(k), got.column("term").getString(r));
                assertEquals(fit.estimate(terms.get(k)), got.numberColumn("estimate").getDouble(r), 0.0, "row " + r);
                assertEquals(fit.stdError(terms.get(k)), got.numberColumn("std_error").getDouble(r), 0.0, "row " + r);
                double lo = got.numberColumn("conf_low").getDouble(r);
                double hi = got.numberColumn("conf_high").getDouble(r);
                assertTrue(lo < fit.estimate(terms.get(k)) && fit.estimate(terms.get(k)) < hi, "interval row " + r);
                assertEquals(fit.toTable().numberColumn("conf_low").getDouble(k), lo, 0.0);
                assertEquals(fit.getNobs(), got.numberColumn("nobs").getDouble(r));
            }
        }
        assertEquals(28_152, n, "the two groups use every flow of the gravity-ppml-trad case");
    }

    /**
     * Indicators equal the BMT2025 measures of the same seeded synthetic tables, changes are their differences, the
     * synthetic labour series follows the formula in the recipe's header, and the coefficients equal Estimate.ols on
     * the saved changes; the chart carries the synthetic-data mark.
     */
    @Test
    void fig714PipelineEqualsTheLibrary() throws Exception {
        Path out = run("fig714.groovy", List.of("synthetic", "OUT"), "fig714");
        Table ind = Datasets.readCsv(out.resolve("fig714_indicators.csv"));
        int[] years = {2000, 2005, 2010, 2015};
        assertEquals(24 * years.length, ind.rowCount());
        Map<String, Double> pf = new HashMap<>();
        Map<String, Double> pb = new HashMap<>();
        int r = 0;
        for (int year : years) {
            MeasureTable m = new MrioTable(SyntheticTable.generate(year, 24, 4, 0), Conventions.DEFAULT).decompose()
                    .bm2025().trade().exporters();
            for (int i = 0; i < 24; i++, r++) {
                String c = m.keys("exporter").get(i);
                double e = m.column("E")[i];
                assertEquals(c, ind.column("country").getString(r));
                assertEquals(year, ind.numberColumn("year").getDouble(r));
                assertClose(100 * m.column("GVC_PF")[i] / e, ind.numberColumn("share_PF").getDouble(r), "share_PF " + r);
                assertClose(100 * m.column("GVC_PB")[i] / e, ind.numberColumn("share_PB").getDouble(r), "share_PB " + r);
                // the changes below are checked exactly against the recipe's own indicators
                pf.put(c + "/" + year, ind.numberColumn("share_PF").getDouble(r));
                pb.put(c + "/" + year, ind.numberColumn("share_PB").getDouble(r));
            }
        }
        Table ch = Datasets.readCsv(out.resolve("fig714_changes.csv"));
        assertEquals(24 * 3, ch.rowCount());
        double[] bPf = {0.10, 0.05, 0.00};
        double[] bPb = {-0.25, -0.10, 0.15};
        for (r = 0; r < ch.rowCount(); r++) {
            int t = r / 24 + 1;
            int k = r % 24 + 1;
            String c = String.format(Locale.ROOT, "C%02d", k);
            assertEquals(c, ch.column("country").getString(r));
            assertEquals(years[t - 1] + "-" + years[t], ch.column("period").getString(r));
            double a = pf.get(c + "/" + years[t]) - pf.get(c + "/" + years[t - 1]);
            double b = pb.get(c + "/" + years[t]) - pb.get(c + "/" + years[t - 1]);
            assertEquals(a, ch.numberColumn("d_PF").getDouble(r), 0.0);
            assertEquals(b, ch.numberColumn("d_PB").getDouble(r), 0.0);
            double u = StrictMath.sin(12.9898 * k + 78.233 * t) * 43758.5453;
            double noise = 2 * (u - Math.floor(u)) - 1;
            int g = (k - 1) / 8;
            assertEquals(bPf[g] * a + bPb[g] * b + 0.5 * noise, ch.numberColumn("d_labour").getDouble(r), 0.0);
        }
        Table coef = Datasets.readCsv(out.resolve("fig714_coefficients.csv"));
        List<String> groups = List.of("High income", "Upper-middle income", "Lower-middle income");
        assertEquals(6, coef.rowCount());
        for (int g = 0; g < 3; g++) {
            Table sub = ch.where(ch.stringColumn("group").isEqualTo(groups.get(g)));
            assertEquals(24, sub.rowCount());
            Fit fit = Estimate.ols(sub, "d_labour ~ d_PF + d_PB | period").vcov(VcovType.HETERO).fit();
            String[] terms = {"d_PF", "d_PB"};
            for (int k = 0; k < 2; k++) {
                int row = 2 * g + k;
                assertEquals(groups.get(g), coef.column("group").getString(row));
                // the same data (checked exactly above), so the same numbers: exact
                assertEquals(fit.estimate(terms[k]), coef.numberColumn("estimate").getDouble(row), 0.0, "row " + row);
                assertEquals(fit.stdError(terms[k]), coef.numberColumn("std_error").getDouble(row), 0.0, "row " + row);
                assertEquals(fit.toTable().numberColumn("conf_high").getDouble(k),
                        coef.numberColumn("conf_high").getDouble(row), 0.0, "conf_high row " + row);
            }
            // the backward slope, whose regressor varies most, is recovered within 3 SEs of the designed one
            assertEquals(bPb[g], fit.estimate("d_PB"), 3 * fit.stdError("d_PB"), groups.get(g));
        }
        assertTrue(Files.readString(out.resolve("fig714.html")).contains("Synthetic data"), "the synthetic-data mark");
    }

    /**
     * distributions.groovy: box statistics by RTA status equal Distributions.boxStats on the same log flows, checked
     * here against the sorted values (n, min, max, median as R's type-7 quantile, mean); the yearly means by
     * contiguity and status equal the hand-computed means; 25,689 flows = the gravity-ols case's sample.
     */
    @Test
    void distributionsEqualTheFlowsCountedByHand() throws Exception {
        need(STATS);
        Path data = STATS.resolve("gravity-ppml-rta/data.csv");
        Path out = run("distributions.groovy", List.of(data.toString(), "OUT"), "distributions_box", "distributions_years");
        Table t = Datasets.readCsv(data);
        Map<String, List<Double>> byStatus = new HashMap<>();
        Map<String, double[]> byKey = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            double trade = t.numberColumn("trade").getDouble(i);
            if (t.column("exporter").getString(i).equals(t.column("importer").getString(i)) || !(trade > 0)) {
                continue;
            }
            String status = t.numberColumn("rta").getDouble(i) == 1 ? "RTA in force" : "No RTA";
            String panel = t.numberColumn("cntg").getDouble(i) == 1 ? "Contiguous pairs" : "Non-contiguous pairs";
            byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(Math.log(trade));
            double[] acc = byKey.computeIfAbsent(panel + "|" + status + "|" + (int) t.numberColumn("year").getDouble(i),
                    k -> new double[2]);
            acc[0] += Math.log(trade);
            acc[1]++;
        }
        Table box = Datasets.readCsv(out.resolve("distributions_box.csv"));
        assertEquals(2, box.rowCount());
        int total = 0;
        for (int r = 0; r < box.rowCount(); r++) {
            String status = box.column("status").getString(r);
            double[] x = byStatus.get(status).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            total += x.length;
            assertEquals(x.length, box.numberColumn("n").getDouble(r), 0.0, status);
            assertEquals(x[0], box.numberColumn("min").getDouble(r), 0.0, status);
            assertEquals(x[x.length - 1], box.numberColumn("max").getDouble(r), 0.0, status);
            double h = (x.length - 1) * 0.5;
            int lo = (int) Math.floor(h);
            double median = x[lo] + (h - lo) * (x[Math.min(lo + 1, x.length - 1)] - x[lo]);
            assertEquals(median, box.numberColumn("median").getDouble(r), 1e-12 * Math.abs(median), status);
            double mean = java.util.Arrays.stream(x).sum() / x.length;
            assertEquals(mean, box.numberColumn("mean").getDouble(r), 1e-12 * Math.abs(mean), status);
        }
        assertEquals(25_689, total, "every positive international flow, as the gravity-ols case's sample");
        Table years = Datasets.readCsv(out.resolve("distributions_years.csv"));
        assertEquals(byKey.size(), years.rowCount());
        for (int r = 0; r < years.rowCount(); r++) {
            String key = years.column("panel").getString(r) + "|" + years.column("status").getString(r) + "|"
                    + (int) years.numberColumn("year").getDouble(r);
            double[] acc = byKey.get(key);
            assertTrue(acc != null, key);
            assertEquals(acc[1], years.numberColumn("n").getDouble(r), 0.0, key);
            assertEquals(acc[0] / acc[1], years.numberColumn("mean_log_trade").getDouble(r),
                    1e-12 * Math.abs(acc[0] / acc[1]), key);
        }
    }
}
