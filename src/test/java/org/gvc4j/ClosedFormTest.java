package org.gvc4j;

import static org.gvc4j.testing.Close.assertClose;

import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/**
 * The closed forms against brute force: explicit modified inverses B\s = (I − A\s)⁻¹ and B\sr = (I − A\sr)⁻¹ built
 * the way the seed builds them, on 60 small unbalanced random tables with VA as given (the seed's conventions).
 * Tolerance: Close.IDENTITY (1e-10 relative to the largest gross exports).
 */
class ClosedFormTest {

    @Test
    void exporterSourceSinkAndPureMatchExplicitModifiedInverses() {
        for (long seed = 1; seed <= 60; seed++) {
            IoTable data = RandomTables.unbalancedData(seed);
            int g = data.labels().countryCount();
            if (g < 2) {
                continue;
            }
            MrioTable io = new MrioTable(data, Conventions.GVC_ANALYZER);
            Brute b = new Brute(data);
            MeasureTable total = io.decompose().bm2023().exporters();
            MeasureTable sink = io.decompose().bm2023().exporters().importers().sink();
            MeasureTable pure = io.decompose().bm2023().exporters().importers().self();
            double scale = Bm2025IdentityTest.max(total.column("GEXP"));
            int row = 0;
            for (int s = 0; s < g; s++) {
                Mat bs = b.inverseWithout(s, -1);
                double[] e = b.exports(s, -1);
                assertClose(b.va(s, s, bs, e), total.column("DVA")[s], scale, "seed " + seed + " DVA_" + s);
                assertClose(b.va(s, -1, bs, e), total.column("FVA")[s], scale, "seed " + seed + " FVA_" + s);
                double[] xTilde = Dense.times(bs, b.finalDemandWithoutExports(s));
                for (int r = 0; r < g; r++) {
                    if (r == s) {
                        continue;
                    }
                    double[] phi = b.lastExit(s, r, xTilde);
                    assertClose(b.va(s, s, b.inverse, phi), sink.column("DVA")[row], scale, "seed " + seed + " sink DVA " + s + "," + r);
                    assertClose(b.va(s, -1, b.inverse, phi), sink.column("FVA")[row], scale, "seed " + seed + " sink FVA " + s + "," + r);
                    Mat bsr = b.inverseWithout(s, r);
                    double[] esr = b.exports(s, r);
                    assertClose(b.va(s, s, bsr, esr), pure.column("DVA")[row], scale, "seed " + seed + " DVA* " + s + "," + r);
                    assertClose(b.va(s, -1, bsr, esr), pure.column("FVA")[row], scale, "seed " + seed + " FVA* " + s + "," + r);
                    row++;
                }
            }
        }
    }

    /** Dense brute-force quantities on a small table, n×n inverses everywhere. */
    static final class Brute {
        final int n;
        final int nSec;
        final int g;
        final Mat a;
        final Mat y;
        final Mat z;
        final double[] v;
        final Mat inverse;

        Brute(IoTable t) {
            n = t.labels().size();
            nSec = t.labels().sectorCount();
            g = t.labels().countryCount();
            double[] x = t.output();
            double[] va = t.valueAdded();
            a = new Mat(n, n);
            v = new double[n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    a.set(i, j, x[j] == 0 ? 0 : t.z().get(i, j) / x[j]);
                }
                v[j] = x[j] == 0 ? 0 : va[j] / x[j];
            }
            y = t.y();
            z = t.z();
            inverse = inverseWithout(-1, -1);
        }

        /** (I − A')⁻¹ where A' drops s's intermediate exports (to r only, if r ≥ 0; none if s < 0). */
        Mat inverseWithout(int s, int r) {
            Mat m = new Mat(n, n);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    boolean drop = s >= 0 && i / nSec == s && j / nSec != s && (r < 0 || j / nSec == r);
                    m.set(i, j, (i == j ? 1 : 0) - (drop ? 0 : a.get(i, j)));
                }
            }
            return Dense.inverse(m);
        }

        /** Full-length export vector of s (to r, or to all r ≠ s if r < 0), zero outside block s. */
        double[] exports(int s, int r) {
            double[] e = new double[n];
            for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                for (int c = 0; c < g; c++) {
                    if (c == s || (r >= 0 && c != r)) {
                        continue;
                    }
                    double sum = y.get(i, c);
                    for (int k = c * nSec; k < (c + 1) * nSec; k++) {
                        sum += z.get(i, k);
                    }
                    e[i] += sum;
                }
            }
            return e;
        }

        /** v restricted to country `origin` (or to all countries but s if origin < 0) times M times d. */
        double va(int s, int origin, Mat m, double[] d) {
            double[] md = Dense.times(m, d);
            double out = 0;
            for (int i = 0; i < n; i++) {
                int c = i / nSec;
                if (origin >= 0 ? c == origin : c != s) {
                    out += v[i] * md[i];
                }
            }
            return out;
        }

        double[] finalDemandWithoutExports(int s) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < g; c++) {
                    if (i / nSec == s && c != s) {
                        continue;
                    }
                    d[i] += y.get(i, c);
                }
            }
            return d;
        }

        /** Φ_sr = y_sr + A_sr L_rr (y_r· + Σ_{j≠r} A_rj x̃_j), as a full-length vector in block s. */
        double[] lastExit(int s, int r, double[] xTilde) {
            double[] t = new double[nSec];
            for (int i = 0; i < nSec; i++) {
                int ri = r * nSec + i;
                for (int c = 0; c < g; c++) {
                    t[i] += y.get(ri, c);
                }
                for (int j = 0; j < n; j++) {
                    if (j / nSec != r) {
                        t[i] += a.get(ri, j) * xTilde[j];
                    }
                }
            }
            Mat lrr = new Mat(nSec, nSec);
            for (int i = 0; i < nSec; i++) {
                for (int k = 0; k < nSec; k++) {
                    lrr.set(i, k, (i == k ? 1 : 0) - a.get(r * nSec + i, r * nSec + k));
                }
            }
            double[] lt = Dense.solve(lrr, t);
            double[] phi = new double[n];
            for (int i = 0; i < nSec; i++) {
                int si = s * nSec + i;
                phi[si] = y.get(si, r);
                for (int k = 0; k < nSec; k++) {
                    phi[si] += a.get(si, r * nSec + k) * lt[k];
                }
            }
            return phi;
        }
    }
}
