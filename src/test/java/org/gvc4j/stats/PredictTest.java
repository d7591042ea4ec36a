package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link Fit#predict(Table)} (issue 16 item 5): on the estimation data it equals the fitted values; on held-out rows
 * it equals x'β̂ + Σ fixed effects computed by hand from {@link Fit#getFixedEffectValues()}; unknown fixed-effect
 * levels, unseen factor levels and missing regressors give a missing value, counted in the notes.
 */
class PredictTest {
    /** predict(estimation data) against the fitted values, relative. */
    static final double SAME = 1e-12;

    static Stream<Arguments> referenceSlices() {
        return Stream.of(
                Arguments.of("gravity-ols-fixef", Model.OLS,
                        "log(trade) ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year", null),
                Arguments.of("gravity-ppml-rta", Model.PPML, "trade ~ rta | exporter^year + importer^year + pair", null),
                Arguments.of("gravity-ppml-rta", Model.PPML,
                        "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year", null),
                Arguments.of("rta-logit", Model.LOGIT, "rta ~ log(dist) + cntg + lang + clny | exporter + importer",
                        null),
                Arguments.of("event-study-ppml", Model.PPML,
                        "trade ~ i(rel_year, treated, ref = -4) | exporter^year + importer^year + pair", null),
                Arguments.of("panel-lag-ols", Model.OLS, "d(lgdppc) ~ l(lgdppc, 1) + l(csh_i, 1) | isocode + year",
                        "isocode,year"),
                Arguments.of("factor-regressor", Model.OLS, "growth ~ log(gdppc0) + i(region, ref = \"Europe\")",
                        null));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("referenceSlices")
    void predictingTheEstimationDataGivesTheFittedValues(String slice, Model model, String formula, String panel) {
        Table data = Datasets.readCsv(StatsCases.root().resolve(slice).resolve("data.csv"));
        Estimate e = Estimate.of(model, data, formula);
        if (panel != null) {
            e = e.panel(panel.split(",")[0], panel.split(",")[1]);
        }
        sameAsFitted(e.fit(), data);
    }

    /**
     * Every row used gets its fitted value back, to 1e-12 relative to the scale of the linear predictor: OLS
     * |p − ŷ| ≤ 1e-12·max|ŷ|; PPML |p/μ̂ − 1| ≤ 1e-12·max|η̂| (an error in η is a relative error in μ); logit
     * |p − μ̂| ≤ 1e-12·max|η̂| (dμ/dη ≤ 1/4). Both sides are sums of the same terms in another order, so they differ by
     * rounding only; a per-row relative test would fail where a fitted value is near 0 (cancellation, ~2e-11 seen).
     */
    static void sameAsFitted(Fit f, Table data) {
        double[] fitted = f.getFitted();
        int[] rows = f.getRowsUsed();
        double[] p = f.predict(data);
        double[] eta = f.predict(data, "link");
        assertEquals(data.rowCount(), p.length);
        double scale = 0;
        for (int i = 0; i < rows.length; i++) {
            scale = Math.max(scale, Math.abs(f.getModel() == Model.OLS ? fitted[i] : eta[rows[i] - 1]));
        }
        double worst = 0;
        for (int i = 0; i < rows.length; i++) {
            double got = p[rows[i] - 1];
            assertTrue(Double.isFinite(got), "row " + rows[i] + " is used but not predicted");
            double diff = Math.abs(got - fitted[i]);
            worst = Math.max(worst, f.getModel() == Model.PPML ? diff / fitted[i] : diff);
        }
        assertTrue(worst <= SAME * Math.max(scale, 1), f.getModel() + " " + f.getFormula() + ": worst difference "
                + worst + " at scale " + scale);
    }

    /** A random two-way panel: id (text), t (number), x1, x2, and y drawn for the model. */
    static Table random(Model model, long seed, int ids, int times) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = ids * times;
        StringColumn id = StringColumn.create("id");
        DoubleColumn t = DoubleColumn.create("t");
        DoubleColumn x1 = DoubleColumn.create("x1");
        DoubleColumn x2 = DoubleColumn.create("x2");
        DoubleColumn y = DoubleColumn.create("y");
        double[] a = new double[ids];
        double[] g = new double[times];
        for (int k = 0; k < ids; k++) {
            a[k] = r.nextGaussian() * 0.5;
        }
        for (int k = 0; k < times; k++) {
            g[k] = r.nextGaussian() * 0.5;
        }
        for (int i = 0; i < ids; i++) {
            for (int s = 0; s < times; s++) {
                if (r.nextDouble() < 0.1) {
                    continue; // an unbalanced panel
                }
                double v1 = r.nextGaussian();
                double v2 = r.nextDouble() * 3;
                double eta = 0.4 * v1 - 0.3 * v2 + a[i] + g[s];
                double yy = switch (model) {
                    case OLS -> eta + r.nextGaussian();
                    case PPML -> poisson(r, Math.exp(eta + 1));
                    default -> r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
                };
                id.append("i" + i);
                t.append(2000 + s);
                x1.append(v1);
                x2.append(v2);
                y.append(yy);
            }
        }
        assertTrue(id.size() <= n);
        return Table.create("random", id, t, x1, x2, y);
    }

    private static double poisson(SplittableRandom r, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void onRandomTwoWayPanelsPredictingTheEstimationDataGivesTheFittedValues(long seed) {
        for (Model m : new Model[] {Model.OLS, Model.PPML, Model.LOGIT}) {
            Table data = random(m, seed * 31 + m.ordinal(), 60, 12);
            Fit f = Estimate.of(m, data, "y ~ x1 + x2 + x1:x2 | id + t").fit();
            sameAsFitted(f, data);
            Fit w = Estimate.of(m, data, "y ~ x1 + log(x2) + i(t, ref = 2003) | id").fit();
            sameAsFitted(w, data);
        }
    }

    /**
     * Fits on the first 80% of rows, predicts the rest: a row whose levels are all in the estimation sample gets
     * x'β̂ + Σ fe by hand (the link; the response through exp or the logistic), any other row is missing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"OLS", "PPML", "LOGIT"})
    void heldOutRowsEqualTheLinearPredictorPlusTheFixedEffectsByHand(String which) {
        Model m = Model.valueOf(which);
        Table data = random(m, 77 + m.ordinal(), 80, 10);
        int cut = data.rowCount() * 4 / 5;
        Table est = data.inRange(0, cut);
        // held-out rows: the rest, plus a row with a new individual and a row with a new time
        Table out = data.inRange(cut, data.rowCount()).copy();
        out.stringColumn("id").set(0, "newcomer");
        out.doubleColumn("t").set(1, 2099.0);
        Fit f = Estimate.of(m, est, "y ~ x1 + x2 | id + t").fit();
        Map<String, Double> fe = new HashMap<>();
        Table fv = f.getFixedEffectValues();
        for (int r = 0; r < fv.rowCount(); r++) {
            fe.put(fv.stringColumn("fe").get(r) + "=" + fv.stringColumn("level").get(r), fv.doubleColumn("value")
                    .getDouble(r));
        }
        Fit.Prediction link = f.prediction(out, "link");
        double[] resp = f.predict(out);
        int unknown = 0;
        for (int r = 0; r < out.rowCount(); r++) {
            Double a = fe.get("id=" + out.stringColumn("id").get(r));
            Double g = fe.get("t=" + org.gvc4j.stats.formula.Deparse.number(out.doubleColumn("t").getDouble(r)));
            if (a == null || g == null) {
                unknown++;
                assertTrue(Double.isNaN(link.values()[r]) && Double.isNaN(resp[r]), "row " + r + " has an unknown level");
                continue;
            }
            double eta = f.estimate("x1") * out.doubleColumn("x1").getDouble(r)
                    + f.estimate("x2") * out.doubleColumn("x2").getDouble(r) + a + g;
            assertEquals(eta, link.values()[r], 1e-12 * Math.max(1, Math.abs(eta)), "link, row " + r);
            double mu = m == Model.OLS ? eta : m == Model.PPML ? Math.exp(eta) : 1 / (1 + Math.exp(-eta));
            assertEquals(mu, resp[r], 1e-12 * Math.max(1, Math.abs(mu)), "response, row " + r);
        }
        assertTrue(unknown >= 2, "the newcomer and the new year are unknown");
        assertEquals(unknown, link.missing());
        assertTrue(link.notes().stream().anyMatch(s -> s.contains("fixed effect 'id'")), link.notes().toString());
        assertTrue(link.notes().stream().anyMatch(s -> s.contains("fixed effect 't'")), link.notes().toString());
        assertEquals(List.of("id", "t", "fit"), link.table().columnNames());
    }

    /** Linear predictor and response: exp for PPML, the logistic for logit; OLS has one scale. */
    @Test
    void linkAndResponse() {
        for (Model m : new Model[] {Model.OLS, Model.PPML, Model.LOGIT}) {
            Table data = random(m, 5 + m.ordinal(), 40, 8);
            Fit f = Estimate.of(m, data, "y ~ x1 + x2 | id + t").fit();
            double[] eta = f.predict(data, "link");
            double[] mu = f.predict(data, "response");
            for (int i = 0; i < eta.length; i++) {
                if (Double.isNaN(eta[i])) {
                    assertTrue(Double.isNaN(mu[i]));
                    continue;
                }
                double want = m == Model.OLS ? eta[i] : m == Model.PPML ? Math.exp(eta[i]) : 1 / (1 + Math.exp(-eta[i]));
                assertEquals(want, mu[i], 1e-14 * Math.max(1, Math.abs(want)), m + " row " + i);
            }
            assertTrue(f.getModel() == Model.OLS || java.util.Arrays.stream(eta).anyMatch(v -> v < 0),
                    "the link differs from the response");
        }
    }

    /** i(): the reference level predicts with no dummy, a level never seen gives a missing value. */
    @Test
    void unseenFactorLevelsAndMissingRegressorsAreMissing() {
        Table data = Table.create("d", StringColumn.create("g", "a", "b", "c", "a", "b", "c", "a", "b"),
                DoubleColumn.create("x", 1, 2, 3, 4, 5, 6, 7, 8),
                DoubleColumn.create("y", 1.5, 2.9, 4.1, 5.2, 5.8, 8.1, 8.7, 9.9));
        Fit f = Estimate.ols(data, "y ~ x + i(g)").fit();
        Table nd = Table.create("n", StringColumn.create("g", "a", "b", "z", "c", ""),
                DoubleColumn.create("x", 10, 10, 10, Double.NaN, 10));
        Fit.Prediction p = f.prediction(nd, "response");
        double[] v = p.values();
        double b0 = f.estimate("(Intercept)");
        double bx = f.estimate("x");
        assertEquals(b0 + 10 * bx, v[0], 1e-12);
        assertEquals(b0 + 10 * bx + f.estimate("g::b"), v[1], 1e-12);
        assertTrue(Double.isNaN(v[2]), "unseen level z");
        assertTrue(Double.isNaN(v[3]), "missing x");
        assertTrue(Double.isNaN(v[4]), "missing factor");
        assertEquals(3, p.missing());
        assertTrue(p.notes().stream().anyMatch(s -> s.startsWith("1 row without a prediction: a level of an i()")),
                p.notes().toString());
        assertTrue(p.notes().stream().anyMatch(s -> s.startsWith("2 rows without a prediction: a regressor")),
                p.notes().toString());
        assertEquals(List.of("fit"), p.table().columnNames());
    }

    /** A coefficient dropped for collinearity counts as 0, as in fixest. */
    @Test
    void collinearTermsCountAsZero() {
        Table data = random(Model.OLS, 9, 20, 6);
        data.addColumns(data.doubleColumn("x1").multiply(2).setName("x3"));
        Fit f = Estimate.ols(data, "y ~ x1 + x3 + x2 | id").fit();
        assertEquals(List.of("x3"), f.getCollinearTerms());
        sameAsFitted(f, data);
    }

    @Test
    void badCallsAreRefusedByName() {
        Table data = random(Model.OLS, 11, 10, 5);
        Fit f = Estimate.ols(data, "y ~ x1 + x2 | id").fit();
        Table noX2 = data.copy();
        noX2.removeColumns("x2");
        EstimationException e = assertThrows(EstimationException.class, () -> f.predict(noX2));
        assertTrue(e.getMessage().contains("'x2'"), e.getMessage());
        Table noId = data.copy();
        noId.removeColumns("id");
        e = assertThrows(EstimationException.class, () -> f.predict(noId));
        assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("fixed effect"), e.getMessage());
        e = assertThrows(EstimationException.class, () -> f.predict(data, "probability"));
        assertTrue(e.getMessage().contains("\"link\""), e.getMessage());
        Table noY = data.copy();
        noY.removeColumns("y");
        assertFalse(Double.isNaN(f.predict(noY)[0]), "the outcome is not needed");
    }
}
