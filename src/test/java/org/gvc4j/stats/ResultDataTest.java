package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gvc4j.Gvc;
import org.gvc4j.result.Result;
import org.junit.jupiter.api.Test;

/** A decomposition result is estimation data as it is: GVC measures regressed in the same program. */
class ResultDataTest {
    @Test
    void regressOnADecompositionResult() {
        Result r = Gvc.demo().decompose().bm2025().trade().measures();
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
}
