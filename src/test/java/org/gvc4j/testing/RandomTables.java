package org.gvc4j.testing;

import java.util.SplittableRandom;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.source.SyntheticTable;

/** Seeded random tables for property tests: shapes vary with the seed (G 1–6, N 1–5, some zero-output industries). */
public final class RandomTables {
    private RandomTables() {
    }

    public static IoTable balancedData(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919 + 17);
        int g = 1 + r.nextInt(6);
        int n = 1 + r.nextInt(5);
        int zero = seed % 4 == 0 ? 1 + r.nextInt(2) : 0;
        if (zero >= g * n) {
            zero = 0;
        }
        return SyntheticTable.generate(seed, g, n, zero);
    }

    /** Exactly balanced, residual value added (Conventions.DEFAULT). */
    public static MrioTable balanced(long seed) {
        return new MrioTable(balancedData(seed), Conventions.DEFAULT);
    }

    /**
     * Unbalanced: output perturbed by up to ±2% and a given VA row that differs from the residual (taxes), as in the
     * reference tables. Use with {@code Conventions.GVC_ANALYZER} or {@code DEFAULT}.
     */
    public static IoTable unbalancedData(long seed) {
        IoTable b = balancedData(seed);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] x = b.output();
        double[] va = b.valueAdded();
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                double newX = x[i] * (1 + r.nextDouble(-0.02, 0.02));
                va[i] = (va[i] + newX - x[i]) * (1 + r.nextDouble(-0.05, 0.05));
                x[i] = newX;
            }
        }
        Mat z = b.z().copy();
        return new IoTable(b.name() + "-unbalanced", b.labels(), z, b.y().copy(), va, x);
    }
}
