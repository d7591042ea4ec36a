package org.gvc4j.source;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/**
 * Seeded synthetic MRIO tables for tests and benchmarks: ICIO-like block structure (heavy domestic blocks, light
 * and size-weighted foreign blocks, services traded less), optional zero-output industries, and exactly balanced
 * (X = rowSums(Z) + rowSums(Y) as computed, VA = X − colSums(Z)). The same seed gives the same table.
 */
public final class SyntheticTable {
    private SyntheticTable() {
    }

    /**
     * @param zeroOutput how many industries (chosen at random) have no output at all
     */
    public static IoTable generate(long seed, int countries, int sectors, int zeroOutput) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = countries * sectors;
        double[] size = new double[countries];
        for (int c = 0; c < countries; c++) {
            size[c] = Math.exp(rnd.nextDouble(-1.5, 1.5));
        }
        double[] importShare = new double[countries];
        for (int c = 0; c < countries; c++) {
            importShare[c] = countries == 1 ? 0 : rnd.nextDouble(0.05, 0.4);
        }
        double totalSize = 0;
        for (double s : size) {
            totalSize += s;
        }
        boolean[] dead = new boolean[n];
        for (int k = 0; k < Math.min(zeroOutput, n); k++) {
            int i;
            do {
                i = rnd.nextInt(n);
            } while (dead[i]);
            dead[i] = true;
        }
        Mat a = new Mat(n, n);
        for (int j = 0; j < n; j++) {
            int cj = j / sectors;
            double colTarget = rnd.nextDouble(0.2, 0.7);
            double[] col = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int ci = i / sectors;
                double w = rnd.nextDouble() * (rnd.nextDouble() < 0.1 ? 0.05 : 1.0);
                if (ci == cj) {
                    w *= (1 - importShare[cj]) * sectors;
                } else {
                    w *= importShare[cj] * sectors * size[ci] / (totalSize - size[cj]);
                }
                col[i] = dead[i] || dead[j] ? 0 : w;
                sum += col[i];
            }
            for (int i = 0; i < n; i++) {
                a.data[i + j * n] = sum == 0 ? 0 : col[i] * colTarget / sum;
            }
        }
        Mat y = new Mat(n, countries);
        for (int i = 0; i < n; i++) {
            int ci = i / sectors;
            for (int r = 0; r < countries; r++) {
                double v = size[r] * 100 * rnd.nextDouble(0.2, 1.0);
                v *= ci == r ? 1.0 : 0.1 * size[ci] / totalSize;
                y.data[i + r * n] = dead[i] ? 0 : v;
            }
        }
        double[] yRows = y.rowSums();
        Mat iMinusA = new Mat(n, n);
        for (int k = 0; k < n * n; k++) {
            iMinusA.data[k] = -a.data[k];
        }
        for (int i = 0; i < n; i++) {
            iMinusA.data[i + i * n] += 1;
        }
        double[] x = Dense.solve(iMinusA, yRows);
        Mat z = new Mat(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                z.data[i + j * n] = a.data[i + j * n] * x[j];
            }
        }
        double[] xBal = z.rowSums();
        double[] va = new double[n];
        double[] colZ = z.columnSums();
        for (int i = 0; i < n; i++) {
            xBal[i] += yRows[i];
            if (dead[i]) {
                xBal[i] = 0;
            }
            va[i] = xBal[i] - colZ[i];
        }
        return new IoTable("synthetic-" + seed + "-" + countries + "x" + sectors, labels(countries, sectors), z, y, va, xBal);
    }

    /** Countries C01, C02, ... and sectors S01, S02, ... */
    public static Labels labels(int countries, int sectors) {
        List<String> c = new ArrayList<>();
        for (int i = 1; i <= countries; i++) {
            c.add(String.format("C%02d", i));
        }
        List<String> s = new ArrayList<>();
        for (int i = 1; i <= sectors; i++) {
            s.add(String.format("S%02d", i));
        }
        return new Labels(c, s);
    }
}
