package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gvc4j.stats.fe.Demeaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demeaning fixed point: residuals orthogonal to every FE group (weighted), whatever the schedule. */
class DemeanerTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void residualsHaveZeroWeightedGroupSumsAndChunkingChangesNothing(int q) {
        int n = 5000;
        SplittableRandom r = new SplittableRandom(q);
        int[] sizes = {40, 25, 300, 7};
        int[][] codes = new int[q][n];
        int[] g = new int[q];
        for (int k = 0; k < q; k++) {
            g[k] = sizes[k];
            for (int i = 0; i < n; i++) {
                codes[k][i] = i < g[k] ? i : r.nextInt(g[k]);
            }
        }
        double[] w = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = r.nextDouble(0.1, 3);
            x[i] = r.nextDouble(-5, 5) + codes[0][i] * 0.01;
        }
        double[] plain = new double[n];
        double[] chunked = new double[n];
        Demeaner a = new Demeaner(codes, g, w);
        Demeaner b = new Demeaner(codes, g, w).withChunkedFrom(1000).withThreads(2);
        Demeaner.Outcome oa = a.demean(x, a.newCoefficients(), plain, 1e-13, 100_000);
        Demeaner.Outcome ob = b.demean(x, b.newCoefficients(), chunked, 1e-13, 100_000);
        assertTrue(oa.converged() && ob.converged());
        for (int k = 0; k < q; k++) {
            double[] sum = new double[g[k]];
            double[] abs = new double[g[k]];
            for (int i = 0; i < n; i++) {
                sum[codes[k][i]] += w[i] * plain[i];
                abs[codes[k][i]] += w[i] * Math.abs(x[i]);
            }
            for (int j = 0; j < g[k]; j++) {
                assertEquals(0, sum[j], 1e-9 * abs[j], "dimension " + k + " group " + j);
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(plain[i], chunked[i], 1e-9, "row " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void sortedPanelsGiveTheSameFixedPointWithRunSums(int q) {
        int n = 6000;
        SplittableRandom r = new SplittableRandom(9);
        int[][] codes = new int[q][n];
        int[] g = {300, 20, 15};
        for (int i = 0; i < n; i++) {
            codes[0][i] = i / 20; // runs of 20: a sorted pair id
            codes[1][i] = r.nextInt(20);
            if (q == 3) {
                codes[2][i] = i % 15;
            }
        }
        int[] sizes = java.util.Arrays.copyOf(g, q);
        double[] w = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = r.nextDouble(0.5, 2);
            x[i] = r.nextDouble(-1, 1);
        }
        double[] withRuns = new double[n];
        double[] without = new double[n];
        Demeaner a = new Demeaner(codes, sizes, w);
        a.demean(x, a.newCoefficients(), withRuns, 1e-13, 100_000);
        Demeaner b = new Demeaner(codes, sizes, w, false);
        b.demean(x, b.newCoefficients(), without, 1e-13, 100_000);
        for (int i = 0; i < n; i++) {
            assertEquals(without[i], withRuns[i], 1e-10, "row " + i);
        }
    }
}
