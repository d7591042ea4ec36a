package org.gvc4j.icio;

import org.gvc4j.TestModels;
import static org.gvc4j.method.Keys.*;
import static org.gvc4j.method.icio.IcioColumns.*;
import static org.gvc4j.testing.Close.assertClose;

import java.util.List;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/**
 * The closed forms of the accounting against brute force: every modified inverse built explicitly as
 * (I − A')⁻¹ with the modified coefficient matrix of methods.md §1 (A\s, A\sr, the sectexp and sectbil rows, Ã^r),
 * and L_rr = (I − A_rr)⁻¹ inverted on its own. 60 small unbalanced random tables (residual VA, output as given: the
 * icio convention), tolerance Close.IDENTITY relative to the largest gross exports.
 */
class IcioClosedFormTest {
    static final int TABLES = 60;

    @Test
    void everyPerimeterMatchesExplicitModifiedInverses() {
        int tables = 0;
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT);
            if (io.getCountries().size() < 2) {
                continue;
            }
            new Check(io, seed).run();
            tables++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(tables >= 40, "too few multi-country tables: " + tables);
    }

    private static final class Check {
        final LeontiefModel m;
        final IcioStep icio;
        final List<String> c;
        final List<String> sec;
        final int g;
        final int nSec;
        final int n;
        final Mat a;
        final double[] v;
        final double[] x;
        final Mat b;
        final String w;
        double scale;
        Rows origins;
        Rows worldOrigins;

        Check(MrioTable io, long seed) {
            m = TestModels.of(io);
            icio = io.decompose().icio();
            c = io.getCountries();
            sec = io.getSectors();
            g = c.size();
            nSec = sec.size();
            n = g * nSec;
            a = m.coefficients();
            v = m.vaCoefficients();
            x = m.output();
            b = Explicit.leontief(a);
            w = "seed " + seed + " ";
        }


        Mat aWithout(int rowLo, int rowHi, int colLo, int colHi) {
            Mat out = a.copy();
            for (int i = rowLo; i < rowHi; i++) {
                for (int j = colLo; j < colHi; j++) {
                    out.set(i, j, 0);
                }
            }
            return out;
        }

        /** A\s: block-row s off the diagonal zeroed. */
        Mat withoutExports(int s) {
            Mat out = a.copy();
            for (int j = 0; j < n; j++) {
                if (j / nSec != s) {
                    for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                        out.set(i, j, 0);
                    }
                }
            }
            return out;
        }

        Mat local(int r) {
            Mat l = new Mat(nSec, nSec);
            for (int i = 0; i < nSec; i++) {
                for (int j = 0; j < nSec; j++) {
                    l.set(i, j, a.get(r * nSec + i, r * nSec + j));
                }
            }
            return Explicit.leontief(l);
        }

        double[] y(int k, int r) {
            return m.yBlock(k, r);
        }

        /** Σ_{i in block t} v_i M[i, col] for the column (s, k). */
        double va(Mat inv, int t, int col) {
            double sum = 0;
            for (int i = t * nSec; i < (t + 1) * nSec; i++) {
                sum += v[i] * inv.get(i, col);
            }
            return sum;
        }

        double vaForeign(Mat inv, int s, int col) {
            double sum = 0;
            for (int t = 0; t < g; t++) {
                if (t != s) {
                    sum += va(inv, t, col);
                }
            }
            return sum;
        }

        /** A_sr L_rr q (N). */
        double[] viaLocal(int s, int r, double[] q) {
            double[] lq = Explicit.times(local(r), q);
            double[] out = new double[nSec];
            for (int i = 0; i < nSec; i++) {
                for (int k = 0; k < nSec; k++) {
                    out[i] += a.get(s * nSec + i, r * nSec + k) * lq[k];
                }
            }
            return out;
        }



        double[] yColumnWithout(int r, int skip) {
            double[] d = new double[n];
            for (int k = 0; k < g; k++) {
                if (k != skip) {
                    System.arraycopy(y(k, r), 0, d, k * nSec, nSec);
                }
            }
            return d;
        }

        double[] vaxe(int s, int r) {
            double[] xs = Explicit.times(b, yColumnWithout(s, -1));
            double[] d = new double[n];
            for (int i = r * nSec; i < (r + 1) * nSec; i++) {
                d[i] = x[i] - xs[i];
            }
            double[] out = y(s, r);
            for (int i = 0; i < nSec; i++) {
                for (int k = 0; k < nSec; k++) {
                    out[i] += a.get(s * nSec + i, r * nSec + k) * d[r * nSec + k];
                }
            }
            return out;
        }

        static double[] plus(double[] p, double[] q) {
            double[] out = p.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] += q[i];
            }
            return out;
        }

        void run() {
            Rows src = new Rows(icio.exporters().importers().bySector(), IcioIdentityTest.BILATERAL_KEYS);
            Rows sink = new Rows(icio.exporters().importers().sink().bySector(), IcioIdentityTest.BILATERAL_KEYS);
            Rows sectexp = new Rows(icio.exporters().self().bySector(), List.of(EXPORTER, SECTOR));
            Rows sectbil = new Rows(icio.exporters().importers().self().bySector(), IcioIdentityTest.BILATERAL_KEYS);
            Rows pair = new Rows(icio.exporters().importers().self(), List.of(EXPORTER, IMPORTER));
            List<String> group = sec.subList(0, Math.min(2, nSec));
            Rows groupExp = new Rows(icio.exporters().self().sectors(java.util.Map.of("G", group)),
                    List.of(EXPORTER, SECTOR));
            Rows groupBil = new Rows(icio.exporters().importers().self().sectors(java.util.Map.of("G", group)),
                    IcioIdentityTest.BILATERAL_KEYS);
            Rows world = new Rows(icio.exporters().world(), List.of(EXPORTER));
            Rows imports = new Rows(icio.importers().byOrigin(), List.of(IMPORTER, ORIGIN));
            origins = new Rows(icio.exporters().byOrigin(), List.of(EXPORTER, ORIGIN));
            worldOrigins = new Rows(icio.exporters().world().byOrigin(), List.of(EXPORTER, ORIGIN));
            scale = src.max(GEXP);
            for (int s = 0; s < g; s++) {
                exporter(s, src, sink, sectexp, world);
                for (int r = 0; r < g; r++) {
                    if (r != s) {
                        bilateral(s, r, sectbil, pair);
                    }
                }
                importer(s, imports);
                sectorGroup(s, group.size(), -1, groupExp);
                for (int r = 0; r < g; r++) {
                    if (r != s) {
                        sectorGroup(s, group.size(), r, groupBil);
                    }
                }
            }
        }

        /** The perimeter of sectors 0..size−1 of s (their exports to r, or to all if r < 0): rows zeroed explicitly. */
        void sectorGroup(int s, int size, int r, Rows rows) {
            Mat star = a.copy();
            for (int k = 0; k < size; k++) {
                for (int j = 0; j < n; j++) {
                    boolean cut = r < 0 ? j / nSec != s : j / nSec == r;
                    if (cut) {
                        star.set(s * nSec + k, j, 0);
                    }
                }
            }
            Mat bStar = Explicit.leontief(star);
            double dva = 0;
            double fva = 0;
            double vax = 0;
            for (int k = 0; k < size; k++) {
                int col = s * nSec + k;
                double e = 0;
                double vx = 0;
                for (int t = 0; t < g; t++) {
                    if (t != s && (r < 0 || t == r)) {
                        e += m.exports(s, t)[k];
                        vx += vaxe(s, t)[k];
                    }
                }
                dva += va(bStar, s, col) * e;
                fva += vaForeign(bStar, s, col) * e;
                vax += va(bStar, s, col) * vx;
            }
            String[] key = r < 0 ? new String[] {c.get(s), "G"} : new String[] {c.get(s), "G", c.get(r)};
            String ww = w + String.join("/", key);
            assertClose(dva, rows.get(DVA, key), scale, ww + ": sector-group DVA*");
            assertClose(fva, rows.get(FVA, key), scale, ww + ": sector-group FVA*");
            assertClose(vax, rows.get(VAX, key), scale, ww + ": sector-group VAX*");
        }

        void exporter(int s, Rows src, Rows sink, Rows sectexp, Rows world) {
            Mat bs = Explicit.leontief(withoutExports(s));
            double[] es = m.exports(s);
            double[] xTilde = x.clone();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < nSec; k++) {
                    xTilde[i] -= bs.get(i, s * nSec + k) * es[k];
                }
            }
            double[] bsYs = Explicit.times(bs, yColumnWithout(s, -1));
            double worldFva = 0;
            for (int k = 0; k < nSec; k++) {
                int col = s * nSec + k;
                for (int r = 0; r < g; r++) {
                    if (r == s) {
                        continue;
                    }
                    String[] key = {c.get(s), sec.get(k), c.get(r)};
                    String ww = w + String.join("/", key);
                    double e = m.exports(s, r)[k];
                    assertClose(va(bs, s, col) * e, src.get(DVA, key), scale, ww + ": source DVA = v_s B\\s_ss e");
                    assertClose(vaForeign(bs, s, col) * e, src.get(FVA, key), scale, ww + ": source FVA");
                    double phi = plus(y(s, r), viaLocal(s, r, plus(m.yTotal(r), Explicit.foreignInputs(a, nSec, r, xTilde))))[k];
                    assertClose(va(b, s, col) * phi, sink.get(DVA, key), scale, ww + ": sink DVA");
                    assertClose(vaForeign(b, s, col) * phi, sink.get(FVA, key), scale, ww + ": sink FVA");
                    double ref = viaLocal(s, r, plus(y(r, s), Explicit.foreignInputs(a, nSec, r, bsYs)))[k];
                    assertClose(va(b, s, col) * ref, sink.get(REF, key), scale, ww + ": sink REF");
                    double[] w2 = Explicit.times(bs, yColumnWithout(r, s));
                    double vaxim = plus(y(s, r), viaLocal(s, r, plus(y(r, r), Explicit.foreignInputs(a, nSec, r, w2))))[k];
                    assertClose(va(b, s, col) * vaxim, sink.get(VAXIM, key), scale, ww + ": sink VAXIM");
                }
                sectorPerimeter(s, k, sectexp);
            }
            for (int t = 0; t < g; t++) {
                if (t == s) {
                    continue;
                }
                double[] vl = new double[nSec];
                Mat lt = local(t);
                for (int j = 0; j < nSec; j++) {
                    for (int i = 0; i < nSec; i++) {
                        vl[j] += v[t * nSec + i] * lt.get(i, j);
                    }
                }
                double[] les = Explicit.times(local(s), es);
                for (int i = 0; i < nSec; i++) {
                    for (int j = 0; j < nSec; j++) {
                        worldFva += vl[i] * a.get(t * nSec + i, s * nSec + j) * les[j];
                    }
                }
            }
            assertClose(worldFva, world.get(FVA, c.get(s)), scale, w + c.get(s) + ": world/source FVA");
            for (int t = 0; t < g; t++) {
                if (t == s) {
                    continue;
                }
                double fva = 0;
                double fc = 0;
                for (int k = 0; k < nSec; k++) {
                    fva += va(bs, t, s * nSec + k) * es[k];
                    fc += va(b, t, s * nSec + k) * es[k];
                }
                String ww = w + c.get(s) + " from " + c.get(t);
                assertClose(fva, origins.get(FVA, c.get(s), c.get(t)), scale, ww + ": FVA_t = v_t B\\s_ts e");
                assertClose(fc, origins.get(FC, c.get(s), c.get(t)), scale, ww + ": FC_t = v_t B_ts e");
                double one = 0;
                Mat lt = local(t);
                double[] les = Explicit.times(local(s), es);
                for (int j = 0; j < nSec; j++) {
                    double vla = 0;
                    for (int i = 0; i < nSec; i++) {
                        double vl = 0;
                        for (int q = 0; q < nSec; q++) {
                            vl += v[t * nSec + q] * lt.get(q, i);
                        }
                        vla += vl * a.get(t * nSec + i, s * nSec + j);
                    }
                    one += vla * les[j];
                }
                assertClose(one, worldOrigins.get(FVA, c.get(s), c.get(t)), scale, ww + ": world/source FVA_t");
            }
        }

        /** sectexp: row (s,k) of A loses its foreign columns. */
        void sectorPerimeter(int s, int k, Rows sectexp) {
            int row = s * nSec + k;
            Mat star = a.copy();
            for (int j = 0; j < n; j++) {
                if (j / nSec != s) {
                    star.set(row, j, 0);
                }
            }
            Mat bStar = Explicit.leontief(star);
            double e = m.exports(s)[k];
            double vaxe = 0;
            for (int r = 0; r < g; r++) {
                if (r != s) {
                    vaxe += vaxe(s, r)[k];
                }
            }
            String ww = w + c.get(s) + "/" + sec.get(k);
            double dva = va(bStar, s, row) * e;
            assertClose(dva, sectexp.get(DVA, c.get(s), sec.get(k)), scale, ww + ": sectexp DVA*");
            assertClose(vaForeign(bStar, s, row) * e, sectexp.get(FVA, c.get(s), sec.get(k)), scale, ww + ": sectexp FVA*");
            assertClose(e == 0 ? 0 : dva / e * vaxe, sectexp.get(VAX, c.get(s), sec.get(k)), scale, ww + ": sectexp VAX*");
        }

        void bilateral(int s, int r, Rows sectbil, Rows pair) {
            Mat bsr = Explicit.leontief(aWithout(s * nSec, (s + 1) * nSec, r * nSec, (r + 1) * nSec));
            double[] esr = m.exports(s, r);
            double[] vx = vaxe(s, r);
            double dva = 0;
            double fva = 0;
            double vax = 0;
            for (int k = 0; k < nSec; k++) {
                int col = s * nSec + k;
                dva += va(bsr, s, col) * esr[k];
                fva += vaForeign(bsr, s, col) * esr[k];
                vax += va(bsr, s, col) * vx[k];
                Mat star = aWithout(col, col + 1, r * nSec, (r + 1) * nSec);
                Mat bStar = Explicit.leontief(star);
                String[] key = {c.get(s), sec.get(k), c.get(r)};
                String ww = w + String.join("/", key);
                double d = va(bStar, s, col) * esr[k];
                assertClose(d, sectbil.get(DVA, key), scale, ww + ": sectbil DVA*");
                assertClose(vaForeign(bStar, s, col) * esr[k], sectbil.get(FVA, key), scale, ww + ": sectbil FVA*");
                assertClose(esr[k] == 0 ? 0 : d / esr[k] * vx[k], sectbil.get(VAX, key), scale, ww + ": sectbil VAX*");
            }
            String ww = w + c.get(s) + "->" + c.get(r);
            assertClose(dva, pair.get(DVA, c.get(s), c.get(r)), scale, ww + ": bilateral DVA* = v_s B\\sr_ss e_sr");
            assertClose(fva, pair.get(FVA, c.get(s), c.get(r)), scale, ww + ": bilateral FVA*");
            assertClose(vax, pair.get(VAX, c.get(s), c.get(r)), scale, ww + ": bilateral VAX* = v_s B\\sr_ss VAXE_sr");
        }

        /** Ã^r: block-column r off the diagonal zeroed. */
        void importer(int r, Rows imports) {
            Mat cut = a.copy();
            for (int i = 0; i < n; i++) {
                if (i / nSec != r) {
                    for (int j = r * nSec; j < (r + 1) * nSec; j++) {
                        cut.set(i, j, 0);
                    }
                }
            }
            Mat bt = Explicit.leontief(cut);
            double[] d = new double[n];
            for (int t = 0; t < g; t++) {
                if (t != r) {
                    System.arraycopy(m.exports(t, r), 0, d, t * nSec, nSec);
                }
            }
            double[] bd = Explicit.times(b, d);
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                if (i / nSec != r) {
                    for (int k = 0; k < nSec; k++) {
                        h[i] += a.get(i, r * nSec + k) * bd[r * nSec + k];
                    }
                }
            }
            double[] btd = Explicit.times(bt, d);
            double[] bth = Explicit.times(bt, h);
            for (int j = 0; j < g; j++) {
                double va = 0;
                double dc = 0;
                for (int i = j * nSec; i < (j + 1) * nSec; i++) {
                    va += v[i] * btd[i];
                    dc += v[i] * bth[i];
                }
                String ww = w + c.get(r) + " from " + c.get(j);
                assertClose(va, imports.get(VA, c.get(r), c.get(j)), scale, ww + ": imports VA");
                assertClose(dc, imports.get(MDC, c.get(r), c.get(j)), scale, ww + ": imports DC");
            }
        }
    }
}
