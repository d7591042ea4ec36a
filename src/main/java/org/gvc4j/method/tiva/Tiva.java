package org.gvc4j.method.tiva;

import static org.gvc4j.method.tiva.TivaColumns.COUNTRY;
import static org.gvc4j.method.tiva.TivaColumns.PARTNER;
import static org.gvc4j.method.tiva.TivaColumns.SECTOR;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.linalg.Vec;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Parallel;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.leontief.Leontief;
import org.gvc4j.model.LeontiefModel;

/**
 * The OECD TiVA-style indicator set (methods.md §3.14) per (country, sector, partner) cell, summable to country ×
 * partner, country × sector and country; the country level adds REF, GVC (exvatools' definitions), VA, PROD and the
 * VAX ratio, the sector level VA and PROD, the pair level the VAX ratio.
 *
 * <p>Cost after the model: BY = B Y (2n²G, one GEMM), the row blocks v_s B_sr and column blocks v_t B_ts of V̂B
 * (2n² flops in all), and O(nG) per indicator for the cells.
 */
public final class Tiva {
    private static final List<String> CELLS = TivaColumns.CELLS;
    private final LeontiefModel m;
    private final int g;
    private final int nSec;
    private final int n;
    /** cells[indicator][(s,i) + col·n], derived once per table. */
    private static final LeontiefModel.Derived<double[][]> CELLS_KEY =
            new LeontiefModel.Derived<>("TiVA cells", mm -> new Tiva(mm).computeCells());

    public Tiva(LeontiefModel model) {
        this.m = model;
        this.g = model.countries();
        this.nSec = model.sectors();
        this.n = model.size();
    }

    /** One row per country: {@link TivaColumns#COUNTRY_COLUMNS}. */
    public Frame country() {
        return frame(Level.COUNTRY);
    }

    /** One row per country-sector: the cells summed over partners, VA and PROD. */
    public Frame sector() {
        return frame(Level.SECTOR);
    }

    /** One row per (country, partner), partner = country included (DOM, DXD_DVA): the cells summed over sectors and
     * the VAX ratio. */
    public Frame bilateral() {
        return frame(Level.PAIR);
    }

    /** One row per (country, sector, partner): the cells as exvatools' {@code oecd} matrices hold them. */
    public Frame detail() {
        return frame(Level.SECTOR_PAIR);
    }

    private Frame frame(Level level) {
        double[][] c = cells();
        double[] neg = Leontief.recomputedNegativeOutput(m);
        double[] x = m.output();
        double[] va = new double[n];
        for (int s = 0; s < g; s++) {
            System.arraycopy(m.valueAdded(s), 0, va, s * nSec, nSec);
        }
        for (int i = 0; i < n; i++) {
            if (neg[i] != 0) {
                x[i] = neg[i];
                va[i] = neg[i];
            }
        }
        List<String> keys = new ArrayList<>(List.of(COUNTRY));
        if (level.bySector()) {
            keys.add(SECTOR);
        }
        if (level.byImporter()) {
            keys.add(PARTNER);
        }
        List<String> cols = switch (level) {
            case COUNTRY -> TivaColumns.COUNTRY_COLUMNS;
            case SECTOR -> concat(CELLS, List.of(TivaColumns.VA, TivaColumns.PROD));
            case PAIR -> concat(CELLS, List.of(TivaColumns.VAX_RATIO));
            case SECTOR_PAIR -> CELLS;
            case ORIGIN -> throw new IllegalArgumentException("TiVA indicators are by exporting country, not by origin of imports (Level.ORIGIN)");
        };
        Frame out = new Frame(keys, cols);
        var labels = m.labels();
        for (int s = 0; s < g; s++) {
            if (level == Level.COUNTRY) {
                double[] sum = new double[CELLS.size()];
                double vaS = 0;
                double xS = 0;
                for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                    vaS += va[i];
                    xS += x[i];
                    for (int k = 0; k < sum.length; k++) {
                        for (int col = 0; col < g; col++) {
                            sum[k] += c[k][i + col * n];
                        }
                    }
                }
                out.add(new String[] {labels.country(s)}, countryRow(sum, vaS, xS));
            } else if (level == Level.SECTOR) {
                for (int i = 0; i < nSec; i++) {
                    int row = s * nSec + i;
                    double[] v = new double[cols.size()];
                    for (int k = 0; k < CELLS.size(); k++) {
                        for (int col = 0; col < g; col++) {
                            v[k] += c[k][row + col * n];
                        }
                    }
                    v[CELLS.size()] = va[row];
                    v[CELLS.size() + 1] = x[row];
                    out.add(new String[] {labels.country(s), labels.sector(i)}, v);
                }
            } else if (level == Level.PAIR) {
                for (int col = 0; col < g; col++) {
                    double[] v = new double[cols.size()];
                    for (int k = 0; k < CELLS.size(); k++) {
                        for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                            v[k] += c[k][i + col * n];
                        }
                    }
                    v[CELLS.size()] = Frame.ratio(v[CELLS.indexOf(TivaColumns.FFD_DVA)], v[0]);
                    out.add(new String[] {labels.country(s), labels.country(col)}, v);
                }
            } else {
                for (int i = 0; i < nSec; i++) {
                    for (int col = 0; col < g; col++) {
                        double[] v = new double[CELLS.size()];
                        for (int k = 0; k < v.length; k++) {
                            v[k] = c[k][s * nSec + i + col * n];
                        }
                        out.add(new String[] {labels.country(s), labels.sector(i), labels.country(col)}, v);
                    }
                }
            }
        }
        for (String note : m.notes()) {
            out.note(note);
        }
        return out;
    }

    /** The country columns from the summed cells: REF = DVA − FFD_DVA, GVC = DEXFVAP + FEXDVAP, VA, PROD, VAX ratio. */
    private static double[] countryRow(double[] sum, double va, double x) {
        double[] out = new double[TivaColumns.COUNTRY_COLUMNS.size()];
        for (int k = 0; k < out.length; k++) {
            String name = TivaColumns.COUNTRY_COLUMNS.get(k);
            int cell = CELLS.indexOf(name);
            out[k] = switch (name) {
                case TivaColumns.REF -> sum[CELLS.indexOf(TivaColumns.DVA)] - sum[CELLS.indexOf(TivaColumns.FFD_DVA)];
                case TivaColumns.GVC -> sum[CELLS.indexOf(TivaColumns.DEXFVAP)] + sum[CELLS.indexOf(TivaColumns.FEXDVAP)];
                case TivaColumns.VA -> va;
                case TivaColumns.PROD -> x;
                case TivaColumns.VAX_RATIO -> Frame.ratio(sum[CELLS.indexOf(TivaColumns.FFD_DVA)], sum[0]);
                default -> sum[cell];
            };
        }
        return out;
    }

    private double[][] cells() {
        return m.derived(CELLS_KEY);
    }

    private double[][] computeCells() {
        double[][] out = new double[CELLS.size()][n * g];
        Mat by = m.derived(LeontiefModel.BY);
        double[] v = Leontief.vaCoefficients(m);
        double[] domesticInter = domesticIntermediateSales();
        Parallel.forEach(m.execution(), g, s -> fill(out, s, by, v, domesticInter));
        return out;
    }

    /** Z_ss u′ for every s (n): the domestic intermediate sales of each industry. */
    private double[] domesticIntermediateSales() {
        Mat z = m.table().z();
        double[] out = new double[n];
        for (int s = 0; s < g; s++) {
            for (int k = s * nSec; k < (s + 1) * nSec; k++) {
                for (int i = s * nSec; i < (s + 1) * nSec; i++) {
                    out[i] += z.data[i + k * n];
                }
            }
        }
        return out;
    }

    /** Every cell of country s's rows (each thread writes only its own rows). */
    private void fill(double[][] c, int s, Mat by, double[] v, double[] domesticInter) {
        int o = s * nSec;
        Mat b = m.leontief();
        double[] vs = block(v, s);
        double[] vbd = m.vbDom(s);
        double[] vl = m.vlDom(s);
        double[] vbf = m.vbFor(s);
        double[] rim = Vec.leftTimes(vl, m.reExportLoop(s));
        Mat lss = m.localInverse(s);
        double[] direct = new double[nSec];
        double[] indirect = new double[nSec];
        for (int i = 0; i < nSec; i++) {
            direct[i] = vs[i] * lss.get(i, i);
            double sum = 0;
            for (int k = 0; k < nSec; k++) {
                if (k != i) {
                    sum += vs[k] * lss.get(k, i);
                }
            }
            indirect[i] = sum;
        }
        double[] es = m.exports(s);
        for (int r = 0; r < g; r++) {
            int col = r * n;
            double[] fd = new double[nSec];
            System.arraycopy(by.data, o + col, fd, 0, nSec);
            double[] ffd = Vec.times(vs, fd);
            if (r == s) {
                double[] ySs = m.yBlock(s, s);
                for (int i = 0; i < nSec; i++) {
                    set(c, TivaColumns.DOM, o + i, col, domesticInter[o + i] + ySs[i]);
                    set(c, TivaColumns.DOM_FNL, o + i, col, ySs[i]);
                    set(c, TivaColumns.DOM_INT, o + i, col, domesticInter[o + i]);
                    set(c, TivaColumns.FD_VA, o + i, col, ffd[i]);
                    set(c, TivaColumns.DXD_DVA, o + i, col, ffd[i]);
                }
                continue;
            }
            double[] e = m.exports(s, r);
            double[] y = m.yBlock(s, r);
            double[] imp = m.exports(r, s);
            double[] yImp = m.yBlock(r, s);
            double[] vt = block(v, r);
            double[] foreignFd = new double[nSec];
            for (int k = 0; k < nSec; k++) {
                foreignFd[k] = vt[k] * by.data[r * nSec + k + s * n];
            }
            double[] vbts = Vec.leftBlockTimes(vt, b, r * nSec, s * nSec, nSec);
            double[] vbsr = Vec.leftBlockTimes(vs, b, o, r * nSec, nSec);
            double[] er = m.exports(r);
            for (int i = 0; i < nSec; i++) {
                int row = o + i;
                set(c, TivaColumns.EXGR, row, col, e[i]);
                set(c, TivaColumns.EXGR_FNL, row, col, y[i]);
                set(c, TivaColumns.EXGR_INT, row, col, e[i] - y[i]);
                set(c, TivaColumns.IMGR, row, col, imp[i]);
                set(c, TivaColumns.IMGR_FNL, row, col, yImp[i]);
                set(c, TivaColumns.IMGR_INT, row, col, imp[i] - yImp[i]);
                set(c, TivaColumns.BALGR, row, col, e[i] - imp[i]);
                set(c, TivaColumns.EXGR_DVA, row, col, vbd[i] * e[i]);
                set(c, TivaColumns.EXGR_DDC, row, col, direct[i] * e[i]);
                set(c, TivaColumns.EXGR_IDC, row, col, indirect[i] * e[i]);
                set(c, TivaColumns.EXGR_RIM, row, col, rim[i] * e[i]);
                set(c, TivaColumns.FD_VA, row, col, ffd[i]);
                set(c, TivaColumns.FFD_DVA, row, col, ffd[i]);
                set(c, TivaColumns.DFD_FVA, row, col, foreignFd[i]);
                set(c, TivaColumns.BALVAFD, row, col, ffd[i] - foreignFd[i]);
                set(c, TivaColumns.EXGR_FVA, row, col, vbf[i] * e[i]);
                set(c, TivaColumns.DEXFVAP, row, col, vbts[i] * es[i]);
                set(c, TivaColumns.FEXDVAP, row, col, vbsr[i] * er[i]);
                set(c, TivaColumns.DVA, row, col, vl[i] * e[i]);
            }
        }
    }

    private static final java.util.Map<String, Integer> INDEX = index();

    private static java.util.Map<String, Integer> index() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int k = 0; k < CELLS.size(); k++) {
            out.put(CELLS.get(k), k);
        }
        return java.util.Map.copyOf(out);
    }

    private static void set(double[][] c, String indicator, int row, int col, double value) {
        c[INDEX.get(indicator)][row + col] = value;
    }

    private double[] block(double[] full, int s) {
        double[] out = new double[nSec];
        System.arraycopy(full, s * nSec, out, 0, nSec);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
