package org.gvc4j.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/**
 * The validation report of {@code gvc info --check}: balance residuals by row and column (the worst named), negative
 * entries by block, zero-output industries, the sign of value added, and productivity (the spectral radius of A,
 * estimated by power iteration on |A|, must be below 1). Counts first, then the worst offenders by label.
 */
public final class TableCheck {
    private TableCheck() {
    }

    /** The report's lines. */
    public static List<String> lines(IoTable t) {
        Labels l = t.labels();
        int n = l.size();
        double[] x = t.output();
        double[] rowZ = t.z().rowSums();
        double[] rowY = t.y().rowSums();
        double[] colZ = t.z().columnSums();
        List<String> out = new ArrayList<>();
        int worstRow = 0;
        double worst = -1;
        for (int i = 0; i < n; i++) {
            double r = Math.abs(rowZ[i] + rowY[i] - x[i]);
            if (r > worst) {
                worst = r;
                worstRow = i;
            }
        }
        out.add(String.format(Locale.ROOT, "row residual      largest |rowSums(Z) + rowSums(Y) - X| = %.6g at %s", worst,
                l.industry(worstRow)));
        double[] va = t.valueAdded();
        if (va != null) {
            int wc = 0;
            double w = -1;
            int negVa = 0;
            for (int j = 0; j < n; j++) {
                double r = Math.abs(colZ[j] + va[j] - x[j]);
                if (r > w) {
                    w = r;
                    wc = j;
                }
                negVa += va[j] < 0 ? 1 : 0;
            }
            out.add(String.format(Locale.ROOT, "column residual   largest |colSums(Z) + VA - X| = %.6g at %s (VA as given)",
                    w, l.industry(wc)));
            out.add("value added       " + negVa + " negative entries (VA as given)");
        }
        int negResidual = 0;
        for (int j = 0; j < n; j++) {
            negResidual += x[j] - colZ[j] < 0 ? 1 : 0;
        }
        out.add("value added       " + negResidual + " industries with X - colSums(Z) < 0");
        out.add("negative entries  Z " + negatives(t.z().data) + " (suspicious), Y " + negatives(t.y().data)
                + " (inventories, direct purchases: legitimate)");
        List<String> zero = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (x[i] == 0) {
                zero.add(l.industry(i));
            }
        }
        out.add("zero output       " + zero.size() + (zero.isEmpty() ? "" : ": " + String.join(", ", zero)));
        double rho = spectralRadius(t, x);
        out.add(String.format(Locale.ROOT, "productivity      spectral radius of |A| about %.6f (%s)", rho,
                rho < 1 ? "below 1: productive" : "NOT below 1: I - A cannot be inverted safely"));
        return out;
    }

    private static long negatives(double[] a) {
        long k = 0;
        for (double v : a) {
            k += v < 0 ? 1 : 0;
        }
        return k;
    }

    /** Power iteration on |A| (A = Z diag(X)^-1, zero-output columns zero): an upper bound of ρ(A). */
    static double spectralRadius(IoTable t, double[] x) {
        int n = x.length;
        double[] z = t.z().data;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0 / n);
        double rho = 0;
        for (int it = 0; it < 200; it++) {
            double[] w = new double[n];
            for (int j = 0; j < n; j++) {
                if (x[j] <= 0) {
                    continue;
                }
                double vj = v[j] / x[j];
                for (int i = 0; i < n; i++) {
                    w[i] += Math.abs(z[i + j * n]) * vj;
                }
            }
            double norm = 0;
            for (double d : w) {
                norm += d;
            }
            if (norm == 0) {
                return 0;
            }
            for (int i = 0; i < n; i++) {
                w[i] /= norm;
            }
            double change = Math.abs(norm - rho);
            rho = norm;
            v = w;
            if (it > 10 && change < 1e-12 * Math.max(rho, 1e-300)) {
                break;
            }
        }
        return rho;
    }
}
