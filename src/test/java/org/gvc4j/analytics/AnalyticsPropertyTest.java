package org.gvc4j.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Identities the analytics must satisfy on random panels, and the edge cases (one country, zeros, ties). */
class AnalyticsPropertyTest {
    static final double TOL = 1e-12;

    /** A random country-year panel: id, group, year, value, pop, gdp = value·pop, with some missing values. */
    static Table panel(Random r, int countries, int years) {
        StringColumn id = StringColumn.create("id");
        IntColumn year = IntColumn.create("year");
        DoubleColumn v = DoubleColumn.create("value");
        DoubleColumn p = DoubleColumn.create("pop");
        DoubleColumn gdp = DoubleColumn.create("gdp");
        for (int c = 0; c < countries; c++) {
            for (int t = 0; t < years; t++) {
                id.append("C" + c);
                year.append(2000 + t);
                double val = r.nextInt(10) == 0 ? Double.NaN : Math.exp(r.nextGaussian() * 2 + 8);
                double pop = 0.1 + r.nextDouble() * 100;
                v.append(val);
                p.append(pop);
                gdp.append(val * pop);
            }
        }
        return Table.create("panel", id, year, v, p, gdp);
    }

    static Map<String, String> groups(int countries, int k) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < countries; c++) {
            m.put("C" + c, "G" + (c % k));
        }
        return m;
    }

    static void close(double want, double got, String what) {
        assertTrue(Math.abs(want - got) <= TOL * Math.max(1, Math.abs(want)), what + ": " + got + " vs " + want);
    }

    @RepeatedTest(20)
    void weightedMeanWithEqualWeightsEqualsTheUnweightedOne(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 17);
        Table t = panel(r, 2 + r.nextInt(30), 1 + r.nextInt(5));
        double w = 0.5 + r.nextDouble() * 10;
        t.addColumns(DoubleColumn.create("w", t.rowCount()).set(i -> true, w));
        Map<String, String> g = groups(t.rowCount(), 3);
        Table a = Groups.mean(t, "id", "year", "value", g, "w");
        Table b = Groups.mean(t, "id", "year", "value", g, null);
        assertEquals(a.rowCount(), b.rowCount());
        for (int i = 0; i < a.rowCount(); i++) {
            close(b.doubleColumn(Groups.VALUE).getDouble(i), a.doubleColumn(Groups.VALUE).getDouble(i), "row " + i);
        }
    }

    @RepeatedTest(20)
    void populationWeightedMeanOfPerCapitaEqualsTheRatioOfSums(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 99);
        Table t = panel(r, 2 + r.nextInt(40), 3);
        Map<String, String> g = groups(t.rowCount(), 4);
        Table a = Groups.mean(t, "id", "year", "value", g, "pop");
        Table b = Groups.ratioOfSums(t, "id", "year", "gdp", "pop", g);
        for (int i = 0; i < a.rowCount(); i++) {
            close(b.doubleColumn(Groups.VALUE).getDouble(i), a.doubleColumn(Groups.VALUE).getDouble(i), "row " + i);
        }
    }

    @RepeatedTest(10)
    void ratioToTheReferenceGroupIsOneForTheGroupItself(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 5);
        Table t = panel(r, 10 + r.nextInt(20), 4);
        Table m = Groups.ratioToReference(Groups.mean(t, "id", "year", "value", groups(40, 3), "pop"), Groups.GROUP,
                "year", Groups.VALUE, "G1");
        int ones = 0;
        for (int i = 0; i < m.rowCount(); i++) {
            if (m.stringColumn(Groups.GROUP).get(i).equals("G1")) {
                assertEquals(1.0, m.doubleColumn(Groups.RATIO).getDouble(i));
                ones++;
            } else {
                double ref = m.where(m.stringColumn(Groups.GROUP).isEqualTo("G1")
                        .and(m.intColumn("year").isEqualTo(m.intColumn("year").get(i)))).doubleColumn(Groups.VALUE).getDouble(0);
                close(m.doubleColumn(Groups.VALUE).getDouble(i) / ref, m.doubleColumn(Groups.RATIO).getDouble(i), "ratio");
            }
        }
        assertEquals(4, ones);
        assertThrows(GvcException.class, () -> Groups.ratioToReference(m, Groups.GROUP, "year", Groups.VALUE, "nope"));
    }

    @RepeatedTest(20)
    void giniAgreesWithThePairwiseFormulaAndIsScaleFree(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 23);
        int n = 1 + r.nextInt(50);
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(4) == 0 ? y[Math.max(0, i - 1)] : r.nextDouble() * 100; // ties
            p[i] = r.nextInt(6) == 0 ? 0 : r.nextDouble() * 5;
        }
        p[0] = 1;
        double num = 0;
        double total = 0;
        double mass = 0;
        for (int i = 0; i < n; i++) {
            total += p[i];
            mass += p[i] * y[i];
            for (int j = 0; j < n; j++) {
                num += p[i] * p[j] * Math.abs(y[i] - y[j]);
            }
        }
        close(num / (2 * total * mass), Inequality.gini(y, p), "pairwise");
        double[] y3 = Arrays.stream(y).map(v -> v * 3).toArray();
        double[] p7 = Arrays.stream(p).map(v -> v * 7).toArray();
        close(Inequality.gini(y, p), Inequality.gini(y3, p7), "scale");
        double[] ones = new double[n];
        Arrays.fill(ones, 2.5);
        close(Inequality.gini(y), Inequality.gini(y, ones), "equal weights");
    }

    @Test
    void giniEdgeCases() {
        assertEquals(0.0, Inequality.gini(new double[] {42}));
        assertEquals(0.0, Inequality.gini(new double[] {3, 3, 3}, new double[] {1, 2, 3}));
        // all income with one of n equal-weight units: G = (n − 1) / n
        close(0.75, Inequality.gini(new double[] {0, 0, 0, 8}), "one has all");
        assertTrue(Double.isNaN(Inequality.gini(new double[] {0, 0})));
        assertThrows(GvcException.class, () -> Inequality.gini(new double[] {-1, 2}));
        assertThrows(GvcException.class, () -> Inequality.gini(new double[] {1, 2}, new double[] {0, 0}));
        assertThrows(GvcException.class, () -> Inequality.gini(new double[0]));
    }

    @Test
    void leadRuleAndOneCountry() {
        Table t = Table.create("t", StringColumn.create("id", "A", "B", "C"), IntColumn.create("year", 2000, 2000, 2000),
                DoubleColumn.create("y", 50, 80, 100), DoubleColumn.create("pop", 10, 5, 0.5));
        assertEquals("C", Lead.lead(t, "id", "year", "y", "pop", Lead.Rule.richest(), 2000));
        assertEquals("B", Lead.lead(t, "id", "year", "y", "pop", Lead.Rule.richestAbove(1), 2000));
        Table r = Lead.relativeToLead(t, "id", "year", "y", "pop", Lead.Rule.richestAbove(1), 2000);
        assertEquals(List.of(0.625, 1.0, 1.25), r.doubleColumn("ratio_2000").asList());
        Table one = t.first(1);
        assertEquals(1.0, Lead.relativeToLead(one, "id", "year", "y", "pop", Lead.Rule.richest(), 2000)
                .doubleColumn("ratio_2000").getDouble(0));
        assertThrows(GvcException.class, () -> Lead.lead(t, "id", "year", "y", "pop", Lead.Rule.richestAbove(100), 2000));
        assertThrows(GvcException.class, () -> Lead.lead(t, "id", "nope", "y", "pop", Lead.Rule.richest(), 2000));
    }

    @RepeatedTest(10)
    void growthKindsAgreeAndChangeIsTheDifference(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 8);
        Table t = panel(r, 5 + r.nextInt(20), 11);
        Table g = Growth.between(t, "id", "year", "value", 2000, 2010);
        for (int i = 0; i < g.rowCount(); i++) {
            double a = g.doubleColumn("value_2000").getDouble(i);
            double b = g.doubleColumn("value_2010").getDouble(i);
            close(b - a, g.doubleColumn(Growth.CHANGE).getDouble(i), "change");
            double log = g.doubleColumn(Growth.GROWTH_LOG).getDouble(i);
            // compound = 100 (exp(log/100) − 1)
            close(100 * Math.expm1(log / 100), g.doubleColumn(Growth.GROWTH_COMPOUND).getDouble(i), "compound vs log");
        }
        assertThrows(GvcException.class, () -> Growth.between(t, "id", "year", "value", 2010, 2000));
        assertTrue(Double.isNaN(Growth.averageAnnual(0, 5, 3, Growth.Kind.LOG)));
    }

    @Test
    void convergenceOnAnExactLineHasThatSlope() {
        Random r = new Random(3);
        int n = 30;
        double[] x0 = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = Math.exp(6 + 4 * r.nextDouble());
            g[i] = 7.5 - 0.6 * Math.log(x0[i]) + 1e-3 * r.nextGaussian();
        }
        Growth.Convergence c = Growth.convergence(Table.create("c", DoubleColumn.create("g", g),
                DoubleColumn.create("x0", x0)), "g", "x0");
        assertTrue(Math.abs(c.slope() + 0.6) < 1e-3, c.describe());
        close(c.intercept() + c.slope() * Math.log(x0[4]), c.fitted(x0[4]), "fitted");
        assertThrows(GvcException.class, () -> Growth.convergence(Table.create("c", DoubleColumn.create("g", 1, 2),
                DoubleColumn.create("x0", 1, 2)), "g", "x0"));
    }

    @RepeatedTest(10)
    void zScoreIndexOfOneComponentIsItsZScore(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 11);
        Table t = panel(r, 3 + r.nextInt(30), 3);
        Table one = CompositeIndex.index(t, "year", List.of("value"), CompositeIndex.MissingRule.requireAll());
        Table z = CompositeIndex.zScores(t, "year", "value");
        for (int i = 0; i < t.rowCount(); i++) {
            double a = one.doubleColumn(CompositeIndex.INDEX).getDouble(i);
            double b = z.doubleColumn("z_value").getDouble(i);
            assertTrue(Double.isNaN(a) == Double.isNaN(b) && (Double.isNaN(a) || a == b), "row " + i);
        }
        // z-scores within a year have mean 0 and sample SD 1
        for (int y = 2000; y < 2003; y++) {
            int yy = y;
            double[] zz = java.util.stream.IntStream.range(0, t.rowCount()).filter(i -> t.intColumn("year").get(i) == yy)
                    .mapToDouble(i -> z.doubleColumn("z_value").getDouble(i)).filter(d -> !Double.isNaN(d)).toArray();
            double m = Arrays.stream(zz).average().orElse(0);
            double ss = Arrays.stream(zz).map(d -> (d - m) * (d - m)).sum();
            close(0, m, "mean");
            if (zz.length > 1) {
                close(1, ss / (zz.length - 1), "var");
            }
        }
    }

    @Test
    void compositeIndexMissingRule() {
        Table t = Table.create("t", StringColumn.create("id", "A", "B", "C"), IntColumn.create("year", 1, 1, 1),
                DoubleColumn.create("a", 1, 2, 3), DoubleColumn.create("b", new double[] {10, Double.NaN, 30}),
                DoubleColumn.create("c", 5, 5, 5));
        Table all = CompositeIndex.index(t, "year", List.of("a", "b"), CompositeIndex.MissingRule.requireAll());
        Table some = CompositeIndex.index(t, "year", List.of("a", "b"), CompositeIndex.MissingRule.atLeast(1));
        assertTrue(Double.isNaN(all.doubleColumn(CompositeIndex.INDEX).getDouble(1)));
        assertEquals(0.0, some.doubleColumn(CompositeIndex.INDEX).getDouble(1)); // B: z_a = 0 alone
        close((-1 + -Math.sqrt(0.5)) / 2, all.doubleColumn(CompositeIndex.INDEX).getDouble(0), "A");
        // a constant component has no spread: its z-score is missing, never ±∞
        assertTrue(Double.isNaN(CompositeIndex.zScores(t, "year", "c").doubleColumn("z_c").getDouble(0)));
    }

    @RepeatedTest(10)
    void eventTimeMeansEqualTheHandComputedOnes(RepetitionInfo info) {
        Random r = new Random(1000L * info.getCurrentRepetition() + 41);
        Table t = panel(r, 8 + r.nextInt(10), 12);
        Map<String, Integer> event = new HashMap<>();
        for (int c = 0; c < 20; c += 2) {
            event.put("C" + c, 2003 + r.nextInt(6));
        }
        Table m = EventStudy.eventTimeMeans(t, "id", "year", "value", event, -3, 3, 0.95);
        for (int i = 0; i < m.rowCount(); i++) {
            int k = m.intColumn(EventStudy.REL_TIME).get(i);
            List<Double> v = new ArrayList<>();
            for (int row = 0; row < t.rowCount(); row++) {
                Integer e = event.get(t.stringColumn("id").get(row));
                double y = t.doubleColumn("value").getDouble(row);
                if (e != null && t.intColumn("year").get(row) - e == k && !Double.isNaN(y)) {
                    v.add(y);
                }
            }
            double mean = v.stream().mapToDouble(d -> d).average().orElseThrow();
            assertEquals(v.size(), m.intColumn("n").get(i));
            close(mean, m.doubleColumn("mean").getDouble(i), "mean at " + k);
            if (v.size() > 1) {
                double sd = Math.sqrt(v.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (v.size() - 1));
                double q = new TDistribution(v.size() - 1).inverseCumulativeProbability(0.975);
                close(mean + q * sd / Math.sqrt(v.size()), m.doubleColumn("conf_high").getDouble(i), "high at " + k);
            }
        }
    }

    @Test
    void dyadsPanelsAndDistributions() {
        Table values = Table.create("v", StringColumn.create("id", "A", "B", "C"), DoubleColumn.create("gdp", 1, 3, 6));
        Table dyads = Table.create("d", StringColumn.create("o", "A", "B", "A"), StringColumn.create("d", "B", "C", "X"));
        Table s = Dyads.summarise(dyads, "o", "d", values, "id", "gdp", null);
        assertEquals(List.of(3.0, 6.0), s.doubleColumn("gdp_max").asList().subList(0, 2));
        assertEquals(List.of(2.0, 4.5), s.doubleColumn("gdp_mean").asList().subList(0, 2));
        assertEquals(List.of(2.0, 3.0), s.doubleColumn("gdp_gap").asList().subList(0, 2));
        assertTrue(Double.isNaN(s.doubleColumn("gdp_max").getDouble(2)));
        assertEquals(List.of(0.1, 0.3, 0.6), Dyads.worldShare(values, null, "gdp").doubleColumn("gdp_share").asList());

        Table p = Table.create("p", StringColumn.create("id", "A", "A", "A", "B"), IntColumn.create("t", 3, 1, 2, 1),
                DoubleColumn.create("x", new double[] {Double.NaN, 5, Double.NaN, Double.NaN}));
        DoubleColumn carried = Panels.carryForward(p, "id", "t", "x").doubleColumn("x");
        assertEquals(List.of(5.0, 5.0, 5.0), List.of(carried.getDouble(0), carried.getDouble(1), carried.getDouble(2)));
        assertTrue(carried.isMissing(3), "B has nothing to carry");

        Table f = Table.create("f", StringColumn.create("o", "A", "B"), StringColumn.create("d", "B", "C"),
                IntColumn.create("t", 1, 2), DoubleColumn.create("x", 4, 7));
        Table full = Panels.completeWithZeros(f, "o", "d", "t", "x");
        assertEquals(2 * 2 * 2 - 2, full.rowCount()); // {A,B} × {B,C} without B→B, × 2 years
        assertEquals(11.0, full.doubleColumn("x").sum());

        Table box = Distributions.boxStats(Table.create("b", StringColumn.create("g", "a", "a", "a", "a", "a"),
                DoubleColumn.create("v", 1, 2, 3, 4, 100)), "g", "v");
        assertEquals(3.0, box.doubleColumn("median").getDouble(0));
        assertEquals(2.0, box.doubleColumn("q1").getDouble(0));
        assertEquals(4.0, box.doubleColumn("upper_whisker").getDouble(0)); // 100 is an outlier
        assertEquals(1.5, Distributions.quantile(new double[] {1, 2}, 0.5));
        Table dens = Distributions.density(Table.create("k", StringColumn.create("g", "a", "a", "a"),
                DoubleColumn.create("v", 0, 1, 2)), "g", "v", 2001);
        double step = dens.doubleColumn("x").getDouble(1) - dens.doubleColumn("x").getDouble(0);
        assertTrue(Math.abs(dens.doubleColumn("density").sum() * step - 1) < 0.01);
    }
}
