package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.Table;

/** Every estimation case of ../shared/reference/stats through the Java API: estimates, SEs and sample facts. */
class ReferenceCasesTest {
    @TestFactory
    Stream<DynamicTest> everyCaseThroughTheApi() {
        return StatsCases.cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> check(dir)));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseThroughTheCli(@org.junit.jupiter.api.io.TempDir Path tmp) {
        return StatsCases.cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<String> args = new ArrayList<>(List.of("estimate", "--data", dir.resolve("data.csv").toString()));
            args.addAll(StatsCases.spec(dir));
            Path out = tmp.resolve(dir.getFileName() + ".csv");
            args.addAll(List.of("--out", out.toString(), "--quiet"));
            java.io.StringWriter err = new java.io.StringWriter();
            int code = org.gvc4j.cli.Main.execute(args.toArray(String[]::new), new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            List<Map<String, String>> exp = StatsCases.expected(dir.resolve("expected.csv"));
            List<Map<String, String>> got = StatsCases.expected(out);
            assertEquals(exp.size(), got.size());
            assertEquals(exp.get(0).keySet(), got.get(0).keySet(), "the same columns, in the same order");
            for (int r = 0; r < exp.size(); r++) {
                assertEquals(exp.get(r).get("term"), got.get(r).get("term"));
                for (String col : exp.get(r).keySet()) {
                    if (col.equals("term")) {
                        continue;
                    }
                    double want = Double.parseDouble(exp.get(r).get(col));
                    double g = Double.parseDouble(got.get(r).get(col));
                    double e = col.equals("std_error") ? StatsCases.relError(g, want) : StatsCases.estError(g, want);
                    double tol = col.equals("estimate") ? StatsCases.EST_REL : col.equals("p_value") ? 1e-3 : StatsCases.SE_REL;
                    assertTrue(e <= tol, dir.getFileName() + " " + col + " row " + (r + 1) + ": " + g + " vs " + want);
                }
            }
        }));
    }

    /**
     * Every case folder is either supported or pending; a pending case is refused by the CLI with a short message
     * that names the missing feature (non-zero exit), never estimated with an option or term ignored.
     */
    @TestFactory
    Stream<DynamicTest> casesForLaterFeaturesAreRefusedByName(@org.junit.jupiter.api.io.TempDir Path tmp) {
        return StatsCases.all().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String name = dir.getFileName().toString();
            assertTrue(StatsCases.SUPPORTED.contains(name) || StatsCases.PENDING.containsKey(name),
                    name + ": a new oracle case; add it to StatsCases.SUPPORTED or PENDING");
            if (StatsCases.SUPPORTED.contains(name)) {
                return;
            }
            List<String> args = new ArrayList<>(List.of("estimate", "--data", dir.resolve("data.csv").toString()));
            args.addAll(StatsCases.spec(dir));
            args.addAll(List.of("--out", tmp.resolve(name + ".csv").toString(), "--quiet"));
            java.io.StringWriter err = new java.io.StringWriter();
            int code = org.gvc4j.cli.Main.execute(args.toArray(String[]::new),
                    new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
            assertTrue(code != 0, err.toString());
            assertTrue(err.toString().lines().count() <= 3, "a short message, not a trace: " + err);
            assertTrue(err.toString().contains(StatsCases.PENDING.get(name)), "names the feature: " + err);
            assertTrue(!java.nio.file.Files.exists(tmp.resolve(name + ".csv")), "writes nothing");
        }));
    }

    /**
     * With {@code withFixestDefaults()} the fits land where fixest lands at its default tolerances: nobs.txt records
     * how far that is from the oracle (rta-logit: estimates 1e-8, SEs 1.3e-4, from the variance at the last WLS).
     */
    @TestFactory
    Stream<DynamicTest> fixestDefaultsReproduceFixestsDefaultDeviation() {
        return StatsCases.cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Map<String, String> nobs = StatsCases.nobs(dir);
            Estimate est = StatsCases.estimate(dir).withFixestDefaults();
            Table t = est.isMultiple() ? est.fitAll().toTable() : est.fit().toTable();
            List<Map<String, String>> exp = StatsCases.expected(dir.resolve("expected.csv"));
            double de = 0;
            double ds = 0;
            for (int r = 0; r < exp.size(); r++) {
                de = Math.max(de, StatsCases.relError(t.doubleColumn("estimate").getDouble(r),
                        Double.parseDouble(exp.get(r).get("estimate"))));
                ds = Math.max(ds, StatsCases.relError(t.doubleColumn("std_error").getDouble(r),
                        Double.parseDouble(exp.get(r).get("std_error"))));
            }
            double fe = Double.parseDouble(nobs.get("default_tol_max_rel_diff_estimate"));
            double fs = Double.parseDouble(nobs.get("default_tol_max_rel_diff_se"));
            assertTrue(de <= Math.max(2 * fe, 1e-10), "estimates (floor: the 1e-10 demeaning tolerance) " + de + " vs fixest's " + fe);
            assertTrue(ds <= Math.max(2 * fs, 1e-9), "SEs " + ds + " vs fixest's " + fs);
            if (fs > 1e-6) {
                assertTrue(ds >= 0.5 * fs, "the last-WLS variance deviates like fixest's: " + ds + " vs " + fs);
            }
        }));
    }

    /** Cases with fixef.csv: fixest's fixef() values, by the API and through --fixef-out. */
    @TestFactory
    Stream<DynamicTest> fixedEffectValuesMatchFixef(@org.junit.jupiter.api.io.TempDir Path tmp) {
        return StatsCases.cases().stream().filter(d -> java.nio.file.Files.exists(d.resolve("fixef.csv")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    List<String> args = new ArrayList<>(List.of("estimate", "--data", dir.resolve("data.csv").toString()));
                    args.addAll(StatsCases.spec(dir));
                    Path fx = tmp.resolve(dir.getFileName() + "-fixef.csv");
                    args.addAll(List.of("--fixef-out", fx.toString(), "--quiet"));
                    java.io.StringWriter err = new java.io.StringWriter();
                    int code = org.gvc4j.cli.Main.execute(args.toArray(String[]::new),
                            new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
                    assertEquals(0, code, err.toString());
                    Map<String, Double> got = new java.util.HashMap<>();
                    for (Map<String, String> r : StatsCases.expected(fx)) {
                        got.put(r.get("fe") + "|" + r.get("level"), Double.parseDouble(r.get("value")));
                    }
                    List<Map<String, String>> exp = StatsCases.expected(dir.resolve("fixef.csv"));
                    assertEquals(exp.size(), got.size(), "one row per level");
                    double worst = 0;
                    for (Map<String, String> r : exp) {
                        String key = r.get("fe") + "|" + r.get("level");
                        assertTrue(got.containsKey(key), "level " + key);
                        double want = Double.parseDouble(r.get("value"));
                        double d = Math.abs(got.get(key) - want) / Math.max(Math.abs(want), 1);
                        worst = Math.max(worst, d);
                        assertTrue(d <= 1e-6, key + ": " + got.get(key) + " vs " + want);
                    }
                    System.out.printf("%s fixef: %d values, max scaled error %.2e%n", dir.getFileName(), exp.size(), worst);
                }));
    }

    /** A case with several models: every row (model, term, numbers) and each model's facts from nobs.txt. */
    static void checkMultiple(Path dir, Estimate est) {
        Fits fits = est.fitAll();
        Table t = fits.toTable();
        List<Map<String, String>> exp = StatsCases.expected(dir.resolve("expected.csv"));
        assertEquals(exp.size(), t.rowCount(), "rows of " + dir);
        double worstEst = 0;
        double worstSe = 0;
        for (int r = 0; r < exp.size(); r++) {
            Map<String, String> e = exp.get(r);
            assertEquals(Integer.parseInt(e.get("model")), t.intColumn("model").getInt(r), "model, row " + (r + 1));
            assertEquals(e.get("term"), t.stringColumn("term").get(r), "term name, row " + (r + 1));
            for (String col : e.keySet()) {
                if (col.equals("term") || col.equals("model")) {
                    continue;
                }
                double want = Double.parseDouble(e.get(col));
                double got = t.doubleColumn(col).getDouble(r);
                double err = col.equals("std_error") ? StatsCases.relError(got, want) : StatsCases.estError(got, want);
                double tol = col.equals("estimate") ? StatsCases.EST_REL : col.equals("p_value") ? 1e-3 : StatsCases.SE_REL;
                assertTrue(err <= tol, dir.getFileName() + " model " + e.get("model") + " " + e.get("term") + " " + col
                        + ": got " + got + ", expected " + want + " (rel. error " + err + ")");
                if (col.equals("estimate")) {
                    worstEst = Math.max(worstEst, err);
                }
                if (col.equals("std_error")) {
                    worstSe = Math.max(worstSe, err);
                }
            }
        }
        Map<String, String> nobs = StatsCases.nobs(dir);
        assertEquals(Integer.parseInt(nobs.get("n_models")), fits.size(), "n_models");
        for (int m = 1; m <= fits.size(); m++) {
            Map<String, String> facts = new java.util.HashMap<>();
            for (String kv : nobs.get("model_" + m).split(";")) {
                int eq = kv.indexOf('=');
                facts.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
            Fit f = fits.get(m);
            assertEquals(Integer.parseInt(facts.get("nobs_used")), f.getNobs(), "model " + m + " nobs_used");
            assertEquals(Integer.parseInt(facts.get("nparams")), f.getNParams(), "model " + m + " nparams");
            assertEquals(Integer.parseInt(facts.get("ssc_K")), f.getSscK(), "model " + m + " ssc_K");
            if (facts.containsKey("nobs_sample")) {
                assertEquals(Integer.parseInt(facts.get("nobs_sample")), f.getNobsData(), "model " + m + " nobs_sample");
            }
            String df = facts.get("df_t");
            if (df != null && !df.startsWith("Inf")) {
                assertEquals(Double.parseDouble(df), f.getDfT(), "model " + m + " df_t");
            }
            String fes = facts.get("fixef_sizes");
            if (fes != null && !fes.equals("none")) {
                List<String> parts = new ArrayList<>();
                for (int q = 0; q < f.getFixedEffects().size(); q++) {
                    parts.add(f.getFixedEffects().get(q) + ":" + f.getFixedEffectSizes()[q]);
                }
                assertEquals(fes, String.join(" ", parts), "model " + m + " fixef_sizes");
            }
        }
        System.out.printf("%s: %d models, max rel. error estimate %.2e, SE %.2e%n", dir.getFileName(), fits.size(),
                worstEst, worstSe);
    }

    static void check(Path dir) {
        Estimate est = StatsCases.estimate(dir).withOddsRatios();
        if (est.isMultiple()) {
            checkMultiple(dir, est);
            return;
        }
        Fit fit = est.fit();
        Table t = fit.toTable();
        List<Map<String, String>> exp = StatsCases.expected(dir.resolve("expected.csv"));
        assertEquals(exp.size(), t.rowCount(), "rows of " + dir);
        double worstEst = 0;
        double worstSe = 0;
        for (int r = 0; r < exp.size(); r++) {
            Map<String, String> e = exp.get(r);
            assertEquals(e.get("term"), t.stringColumn("term").get(r), "term name, row " + (r + 1));
            for (String col : e.keySet()) {
                if (col.equals("term")) {
                    continue;
                }
                double want = Double.parseDouble(e.get(col));
                double got = t.doubleColumn(col).getDouble(r);
                double err = col.equals("std_error") ? StatsCases.relError(got, want) : StatsCases.estError(got, want);
                double tol = col.equals("estimate") ? StatsCases.EST_REL : col.equals("p_value") ? 1e-3 : StatsCases.SE_REL;
                assertTrue(err <= tol, dir.getFileName() + " " + e.get("term") + " " + col + ": got " + got
                        + ", expected " + want + " (rel. error " + err + ")");
                if (col.equals("estimate")) {
                    worstEst = Math.max(worstEst, err);
                }
                if (col.equals("std_error")) {
                    worstSe = Math.max(worstSe, err);
                }
            }
        }
        Map<String, String> nobs = StatsCases.nobs(dir);
        assertEquals(Integer.parseInt(nobs.get("nobs_used")), fit.getNobs(), "nobs_used");
        assertEquals(Integer.parseInt(nobs.get("nobs_data")), fit.getNobsData(), "nobs_data");
        assertEquals(Integer.parseInt(nobs.get("nparams")), fit.getNParams(), "nparams");
        assertEquals(Integer.parseInt(nobs.get("ssc_K")), fit.getSscK(), "ssc_K");
        String fes = nobs.get("fixef_sizes");
        if (!fes.equals("none")) {
            List<String> parts = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (int q = 0; q < fit.getFixedEffects().size(); q++) {
                parts.add(fit.getFixedEffects().get(q) + ":" + fit.getFixedEffectSizes()[q]);
                removed.add(fit.getFixedEffects().get(q) + ":" + fit.getFixedEffectRemoved()[q]);
            }
            assertEquals(fes, String.join(" ", parts), "fixef_sizes");
            String rem = nobs.get("fixef_removed");
            if (!rem.equals("none")) {
                assertEquals(rem, String.join(" ", removed), "fixef_removed");
            }
        }
        String g = nobs.get("G");
        if (g != null && !g.equals("n/a")) {
            assertEquals(Integer.parseInt(g), fit.getClusterSizes()[0], "G");
        }
        String df = nobs.get("df_t");
        if (df != null && !df.startsWith("Inf")) {
            assertEquals(Double.parseDouble(df), fit.getDfT(), "df_t");
        }
        System.out.printf("%s: N = %d, max rel. error estimate %.2e, SE %.2e, iterations %d%n", dir.getFileName(),
                fit.getNobs(), worstEst, worstSe, fit.getIterations());
    }
}
