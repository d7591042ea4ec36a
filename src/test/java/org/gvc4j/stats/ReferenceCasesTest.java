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

    static void check(Path dir) {
        Fit fit = StatsCases.estimate(dir).withOddsRatios().fit();
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
