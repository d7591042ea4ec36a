package org.gvc4j.stats.data;

import java.util.SplittableRandom;

/**
 * A seeded synthetic gravity panel for benchmarks and tests: every exporter × importer × year (domestic pairs
 * included), with {@code exporter}, {@code importer}, {@code year}, {@code pair} codes, {@code trade} (zero-heavy,
 * about 35–40% zeros, PPML outcome), {@code y} (a continuous OLS outcome), {@code rta} (0/1, switches on once per
 * pair), {@code tariff} (time-varying), {@code ldist} (log distance, constant within pair). Memory: 4 int and 5
 * double columns of n = exporters·importers·years.
 */
public final class SyntheticGravity {
    private SyntheticGravity() {
    }

    /** A panel of about {@code n} observations over 25 years (a square exporter × importer grid). */
    public static ArraySource ofSize(long n, long seed) {
        int years = 25;
        int c = (int) Math.max(2, Math.round(Math.sqrt(n / (double) years)));
        return panel(c, c, years, seed);
    }

    public static ArraySource panel(int exporters, int importers, int years, long seed) {
        long nl = (long) exporters * importers * years;
        if (nl > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("panel too large: " + nl);
        }
        int n = (int) nl;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[exporters * years];
        double[] b = new double[importers * years];
        for (int i = 0; i < a.length; i++) {
            a[i] = gauss(rnd);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = gauss(rnd);
        }
        int pairs = exporters * importers;
        double[] ld = new double[pairs];
        double[] pe = new double[pairs];
        int[] start = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            ld[p] = 8 + 0.7 * gauss(rnd);
            pe[p] = 0.5 * gauss(rnd);
            double u = rnd.nextDouble();
            start[p] = u < 0.5 ? Integer.MAX_VALUE : (int) (u * 2 * years - years);
        }
        int[] ex = new int[n];
        int[] im = new int[n];
        int[] yr = new int[n];
        int[] pr = new int[n];
        double[] trade = new double[n];
        double[] y = new double[n];
        double[] rta = new double[n];
        double[] tariff = new double[n];
        double[] ldist = new double[n];
        int i = 0;
        for (int e = 0; e < exporters; e++) {
            for (int m = 0; m < importers; m++) {
                int p = e * importers + m;
                for (int t = 0; t < years; t++) {
                    ex[i] = e;
                    im[i] = m;
                    yr[i] = 1990 + t;
                    pr[i] = p;
                    rta[i] = t >= start[p] ? 1 : 0;
                    tariff[i] = Math.max(0, 0.1 - 0.003 * t + 0.03 * gauss(rnd));
                    ldist[i] = ld[p];
                    double eta = 2 + a[e * years + t] + b[m * years + t] - 0.9 * (ld[p] - 8) + 0.4 * rta[i]
                            - 2 * tariff[i] + pe[p];
                    double mu = Math.exp(eta);
                    double p0 = 1 / (1 + 0.25 * mu);
                    trade[i] = rnd.nextDouble() < p0 ? 0 : mu * Math.exp(0.5 * gauss(rnd)) / (1 - p0);
                    y[i] = eta + gauss(rnd);
                    i++;
                }
            }
        }
        return new ArraySource("synthetic gravity " + exporters + "x" + importers + "x" + years + " (seed " + seed + ")", n)
                .withCodes("exporter", ex).withCodes("importer", im).withCodes("year", yr).withCodes("pair", pr)
                .withNumeric("trade", trade).withNumeric("y", y).withNumeric("rta", rta).withNumeric("tariff", tariff)
                .withNumeric("ldist", ldist);
    }

    private static double gauss(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
