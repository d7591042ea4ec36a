package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gvc4j.Gvc;
import org.gvc4j.result.MeasureTable;
import org.junit.jupiter.api.Test;

/** A decomposition result is estimation data as it is: GVC measures regressed in the same program. */
class ResultDataTest {
    @Test
    void regressOnADecompositionResult() {
        MeasureTable r = Gvc.demo().decompose().bm2025().trade().exporters();
        Fit f = Estimate.ols(r, "GVC ~ E").fit();
        assertEquals(r.getRowCount(), f.getNobs());
        assertEquals(java.util.List.of("(Intercept)", "E"), f.getTerms());
        double[] e = r.column("E");
        double[] g = r.column("GVC");
        // slope = cov(E, GVC) / var(E)
        double me = 0;
        double mg = 0;
        for (int i = 0; i < e.length; i++) {
            me += e[i] / e.length;
            mg += g[i] / e.length;
        }
        double c = 0;
        double v = 0;
        for (int i = 0; i < e.length; i++) {
            c += (e[i] - me) * (g[i] - mg);
            v += (e[i] - me) * (e[i] - me);
        }
        assertEquals(c / v, f.estimate("E"), 1e-12 * Math.abs(c / v));
        assertTrue(f.toString().contains("OLS estimation, Dep. Var.: GVC"));
    }

    @Test
    void fitByGroupEqualsFittingEachSubset() {
        tech.tablesaw.api.Table t = Datasets.readCsv(StatsCases.root().resolve("rta-logit/data.csv"));
        java.util.Map<String, Fit> by = Estimate.ols(t, "log(dist) ~ cntg + lang | exporter").hetero().fitByGroup("year");
        assertEquals(6, by.size());
        tech.tablesaw.api.Table y2006 = t.where(t.intColumn("year").isEqualTo(2006));
        Fit direct = Estimate.ols(y2006, "log(dist) ~ cntg + lang | exporter").hetero().fit();
        assertEquals(direct.estimate("lang"), by.get("2006").estimate("lang"), 1e-14);
        assertEquals(direct.stdError("lang"), by.get("2006").stdError("lang"), 1e-14);
        assertEquals(direct.getNobs(), by.get("2006").getNobs());
    }
}
