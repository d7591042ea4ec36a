package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gvc4j.stats.data.ArraySource;
import org.junit.jupiter.api.Test;

/** Separation in PPML: a regressor positive only where y = 0 (ppmlhdfe's guides' first example, generated). */
class SeparationTest {
    static ArraySource data(boolean feSeparation) {
        int n = 60;
        SplittableRandom r = new SplittableRandom(5);
        int[] f = new int[n];
        double[] y = new double[n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = i % 6;
            x1[i] = r.nextDouble(-1, 1);
            y[i] = DummyRegressionTest.poisson(r, Math.exp(1 + 0.5 * x1[i]));
            if (y[i] == 0) {
                y[i] = 1;
            }
        }
        // rows 0, 7, 14, 21: y = 0 and x2 > 0; x2 = 0 everywhere else
        for (int i : new int[] {0, 7, 14, 21}) {
            y[i] = 0;
            x2[i] = feSeparation ? 0 : 1 + i / 10.0;
        }
        return new ArraySource("separation", n).withCodes("f", f).withNumeric("y", y).withNumeric("x1", x1)
                .withNumeric("x2", x2);
    }

    @Test
    void separatedObservationsAreFoundDroppedAndReported() {
        Fit f = Estimate.of(Model.PPML, data(false), "y ~ x1 + x2 | f").withSeparationCheck().fit();
        assertEquals(56, f.getNobs(), "the 4 separated rows go");
        assertEquals(java.util.List.of("x2"), f.getCollinearTerms(), "x2 is all 0 afterwards");
        assertTrue(f.getNotes().stream().anyMatch(n -> n.startsWith("4 observations with y = 0 separated")), f.getNotes().toString());
        assertTrue(f.isConverged());
        // the same estimate as fitting without those rows and without x2
        ArraySource d = data(false);
        double[] y = d.numeric("y");
        for (int i : new int[] {0, 7, 14, 21}) {
            y[i] = Double.NaN;
        }
        Fit g = Estimate.of(Model.PPML, d, "y ~ x1 | f").fit();
        assertEquals(56, g.getNobs());
        assertEquals(g.estimate("x1"), f.estimate("x1"), 1e-9);
    }

    @Test
    void withoutTheCheckFixestBehaviourIsKeptAndSeparationIsFlagged() {
        Fit f = Estimate.of(Model.PPML, data(false), "y ~ x1 + x2 | f").fit();
        assertEquals(60, f.getNobs());
        assertTrue(!f.isConverged() || f.getNotes().stream().anyMatch(n -> n.contains("possible separation")),
                f.getNotes().toString());
    }

    @Test
    void noSeparationMeansNoChange() {
        Fit a = Estimate.of(Model.PPML, data(true), "y ~ x1 | f").fit();
        Fit b = Estimate.of(Model.PPML, data(true), "y ~ x1 | f").withSeparationCheck().fit();
        assertEquals(a.getNobs(), b.getNobs());
        assertEquals(a.estimate("x1"), b.estimate("x1"), 1e-12);
    }
}
