package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Identities and edge cases of issue 16's features: weights, i(), panel operators, stepwise / split, IV. */
class Issue16Test {
    static final double TOL = 1e-9;

    /** A random panel: 30 ids × 8 years (with gaps when asked), region (text), x, z, weights w, outcomes y, cnt. */
    static Table panel(long seed, boolean gaps) {
        SplittableRandom r = new SplittableRandom(seed);
        StringColumn id = StringColumn.create("id");
        StringColumn region = StringColumn.create("region");
        DoubleColumn year = DoubleColumn.create("year");
        DoubleColumn x = DoubleColumn.create("x");
        DoubleColumn z = DoubleColumn.create("z");
        DoubleColumn w = DoubleColumn.create("w");
        DoubleColumn y = DoubleColumn.create("y");
        DoubleColumn cnt = DoubleColumn.create("cnt");
        String[] regions = {"Asia", "Africa", "Europe", "Americas"};
        for (int g = 0; g < 30; g++) {
            double a = r.nextDouble(-1, 1);
            String reg = regions[g % 4];
            for (int t = 2000; t < 2008; t++) {
                if (gaps && r.nextDouble() < 0.15) {
                    continue;
                }
                double xi = r.nextDouble(-1, 1) + 0.5 * a;
                double zi = r.nextDouble(0, 2);
                id.append("c" + g);
                region.append(reg);
                year.append(t);
                x.append(xi);
                z.append(zi);
                w.append(r.nextDouble(0.5, 3));
                double eta = 0.5 * xi - 0.2 * zi + a + (reg.equals("Asia") ? 0.3 : 0);
                y.append(eta + r.nextDouble(-1, 1));
                cnt.append(Math.round(Math.exp(1 + eta) * r.nextDouble(0.5, 1.5)));
            }
        }
        return Table.create("panel", id, region, year, x, z, w, y, cnt);
    }

    static void assertClose(double want, double got, double tol, String what) {
        assertTrue(Math.abs(want - got) <= tol * Math.max(1, Math.abs(want)), what + ": " + got + " vs " + want);
    }

    static void assertSameFit(Fit a, Fit b, double tol) {
        assertEquals(a.getTerms(), b.getTerms());
        for (int j = 0; j < a.getTerms().size(); j++) {
            assertClose(a.getEstimates()[j], b.getEstimates()[j], tol, "estimate " + a.getTerms().get(j));
            assertClose(a.getStdErrors()[j], b.getStdErrors()[j], tol, "SE " + a.getTerms().get(j));
        }
        assertEquals(a.getNobs(), b.getNobs());
    }

    // ---- weights -----------------------------------------------------------------------------------------------

    @Test
    void unitWeightsEqualNoWeights() {
        Table t = panel(1, false);
        t.addColumns(DoubleColumn.create("one", t.rowCount()).setMissingTo(1.0));
        for (Model m : new Model[] {Model.OLS, Model.PPML}) {
            String f = m == Model.OLS ? "y ~ x + z | id + year" : "cnt ~ x + z | id + year";
            Fit plain = Estimate.of(m, t, f).cluster("id").fit();
            Fit unit = Estimate.of(m, t, f).weights("one").cluster("id").fit();
            assertSameFit(plain, unit, TOL);
        }
    }

    @Test
    void weightedOlsEqualsOlsOnRootWeightScaledData() {
        Table t = panel(2, false);
        Table s = Table.create("scaled");
        double[] w = t.doubleColumn("w").asDoubleArray();
        for (String c : new String[] {"y", "x", "z"}) {
            double[] v = t.doubleColumn(c).asDoubleArray();
            for (int i = 0; i < v.length; i++) {
                v[i] *= Math.sqrt(w[i]);
            }
            s.addColumns(DoubleColumn.create(c, v));
        }
        double[] sq = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            sq[i] = Math.sqrt(w[i]);
        }
        s.addColumns(DoubleColumn.create("sw", sq));
        Fit weighted = Estimate.ols(t, "y ~ x + z").weights("w").hetero().fit();
        Fit scaled = Estimate.ols(s, "y ~ 0 + sw + x + z").hetero().fit();
        for (String term : new String[] {"x", "z"}) {
            assertClose(scaled.estimate(term), weighted.estimate(term), TOL, term);
            assertClose(scaled.stdError(term), weighted.stdError(term), TOL, term + " SE");
        }
        assertClose(scaled.estimate("sw"), weighted.estimate("(Intercept)"), TOL, "intercept");
    }

    @Test
    void scalingWeightsChangesNothingButZeroWeightsDropRows() {
        Table t = panel(3, false);
        double[] w = t.doubleColumn("w").asDoubleArray();
        double[] w10 = w.clone();
        double[] w0 = w.clone();
        for (int i = 0; i < w.length; i++) {
            w10[i] *= 10;
            if (i % 7 == 0) {
                w0[i] = 0;
            }
        }
        t.addColumns(DoubleColumn.create("w10", w10), DoubleColumn.create("w0", w0));
        Fit a = Estimate.ols(t, "y ~ x + z | id + year").weights("w").cluster("id").fit();
        Fit b = Estimate.ols(t, "y ~ x + z | id + year").weights("w10").cluster("id").fit();
        assertSameFit(a, b, 1e-8);
        Fit zero = Estimate.ols(t, "y ~ x + z | id + year").weights("w0").cluster("id").fit();
        Table kept = t.where(t.doubleColumn("w0").isNotEqualTo(0));
        Fit dropped = Estimate.ols(kept, "y ~ x + z | id + year").weights("w0").cluster("id").fit();
        assertSameFit(dropped, zero, 1e-8);
        assertEquals(t.rowCount() - kept.rowCount(), zero.getNobsData() - zero.getNobs());
    }

    @Test
    void negativeOrTextWeightsAreRefusedNamingTheOption() {
        Table t = panel(4, false);
        double[] w = t.doubleColumn("w").asDoubleArray();
        w[5] = -1;
        t.addColumns(DoubleColumn.create("neg", w));
        EstimationException e = assertThrows(EstimationException.class,
                () -> Estimate.ols(t, "y ~ x | id").weights("neg").fit());
        assertTrue(e.getMessage().contains("--weights") && e.getMessage().contains("row 6"), e.getMessage());
        e = assertThrows(EstimationException.class, () -> Estimate.ols(t, "y ~ x | id").weights("region").fit());
        assertTrue(e.getMessage().contains("--weights") && e.getMessage().contains("text"), e.getMessage());
        e = assertThrows(EstimationException.class, () -> Estimate.ols(t, "y ~ x | id").weights("wgt").fit());
        assertTrue(e.getMessage().contains("--weights"), e.getMessage());
    }

    // ---- i() ---------------------------------------------------------------------------------------------------

    /** Adds explicit 0/1 dummies d_<level> of a text column. */
    static void addDummies(Table t, String col, String... levels) {
        for (String l : levels) {
            double[] d = new double[t.rowCount()];
            for (int i = 0; i < d.length; i++) {
                d[i] = t.stringColumn(col).get(i).equals(l) ? 1 : 0;
            }
            t.addColumns(DoubleColumn.create("d_" + l, d));
        }
    }

    @Test
    void iOfATextColumnEqualsExplicitDummies() {
        Table t = panel(5, false);
        addDummies(t, "region", "Africa", "Americas", "Asia", "Europe");
        // no ref, intercept: the first level (Africa) is dropped
        Fit a = Estimate.ols(t, "y ~ x + i(region)").hetero().fit();
        Fit b = Estimate.ols(t, "y ~ x + d_Americas + d_Asia + d_Europe").hetero().fit();
        assertEquals(java.util.List.of("(Intercept)", "x", "region::Americas", "region::Asia", "region::Europe"),
                a.getTerms());
        for (int j = 0; j < a.getTerms().size(); j++) {
            assertClose(b.getEstimates()[j], a.getEstimates()[j], TOL, a.getTerms().get(j));
            assertClose(b.getStdErrors()[j], a.getStdErrors()[j], TOL, a.getTerms().get(j) + " SE");
        }
        // ref = "Europe" with fixed effects on year
        Fit c = Estimate.ols(t, "y ~ i(region, ref = \"Europe\") + x | year").fit();
        Fit d = Estimate.ols(t, "y ~ d_Africa + d_Americas + d_Asia + x | year").fit();
        assertEquals(java.util.List.of("region::Africa", "region::Americas", "region::Asia", "x"), c.getTerms());
        for (int j = 0; j < c.getTerms().size(); j++) {
            assertClose(d.getEstimates()[j], c.getEstimates()[j], TOL, c.getTerms().get(j));
            assertClose(d.getStdErrors()[j], c.getStdErrors()[j], TOL, c.getTerms().get(j) + " SE");
        }
        // without intercept and FE every level stays
        Fit e = Estimate.ols(t, "y ~ 0 + i(region) + x").fit();
        assertEquals(5, e.getTerms().size());
    }

    @Test
    void iWithANumericFactorAndAVariableNamesLevelsAsRPrintsThem() {
        Table t = panel(6, false);
        double[] rel = new double[t.rowCount()];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = t.doubleColumn("year").getDouble(i) - 2004;
        }
        t.addColumns(DoubleColumn.create("rel", rel));
        Fit f = Estimate.ppml(t, "cnt ~ i(rel, x, ref = -1) | id").fit();
        assertEquals(java.util.List.of("rel::-4:x", "rel::-3:x", "rel::-2:x", "rel::0:x", "rel::1:x", "rel::2:x",
                "rel::3:x"), f.getTerms());
        // i(f, x) without ref keeps every level
        assertEquals(8, Estimate.ppml(t, "cnt ~ i(rel, x) | id").fit().getTerms().size());
    }

    @Test
    void badIUsesAreRefusedWithACaret() {
        Table t = panel(7, false);
        var e = assertThrows(org.gvc4j.stats.formula.FormulaException.class,
                () -> Estimate.ols(t, "y ~ i(region, ref = \"Europa\")").fit());
        assertTrue(e.getMessage().contains("'Europa' is not a value of region"), e.getMessage());
        e = assertThrows(org.gvc4j.stats.formula.FormulaException.class, () -> Estimate.ols(t, "y ~ i(region):x"));
        assertTrue(e.getMessage().contains("cannot be interacted"), e.getMessage());
        e = assertThrows(org.gvc4j.stats.formula.FormulaException.class, () -> Estimate.ols(t, "y ~ log(i(region))"));
        assertTrue(e.getMessage().contains("must be a term of its own"), e.getMessage());
        e = assertThrows(org.gvc4j.stats.formula.FormulaException.class, () -> Estimate.ols(t, "y ~ i(region, foo = 1)"));
        assertTrue(e.getMessage().contains("unsupported argument 'foo'") && e.getMessage().contains("^"), e.getMessage());
    }

    // ---- panel operators ---------------------------------------------------------------------------------------

    @Test
    void differenceEqualsTheHandMadeWithinPanelDifferenceOnAGappedPanel() {
        Table t = panel(8, true);
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            at.put(t.stringColumn("id").get(i) + "/" + (int) t.doubleColumn("year").getDouble(i), i);
        }
        double[] dy = new double[t.rowCount()];
        double[] lx = new double[t.rowCount()];
        for (int i = 0; i < dy.length; i++) {
            Integer p = at.get(t.stringColumn("id").get(i) + "/" + ((int) t.doubleColumn("year").getDouble(i) - 1));
            dy[i] = p == null ? Double.NaN : t.doubleColumn("y").getDouble(i) - t.doubleColumn("y").getDouble(p);
            lx[i] = p == null ? Double.NaN : t.doubleColumn("x").getDouble(p);
        }
        t.addColumns(DoubleColumn.create("dy", dy), DoubleColumn.create("lx", lx));
        Fit a = Estimate.ols(t, "d(y) ~ l(x, 1) + z | id + year").panel("id", "year").cluster("id").fit();
        Fit b = Estimate.ols(t, "dy ~ lx + z | id + year").cluster("id").fit();
        assertEquals(java.util.List.of("l(x, 1)", "z"), a.getTerms());
        assertEquals(b.getNobs(), a.getNobs());
        for (int j = 0; j < 2; j++) {
            assertClose(b.getEstimates()[j], a.getEstimates()[j], TOL, a.getTerms().get(j));
            assertClose(b.getStdErrors()[j], a.getStdErrors()[j], TOL, a.getTerms().get(j) + " SE");
        }
    }

    @Test
    void aLagOfABalancedPanelDropsTheFirstPeriodAndRangesExpand() {
        Table t = panel(9, false);
        Fit f = Estimate.ols(t, "y ~ l(x, 0:2) + f(z)").panel("id", "year").fit();
        assertEquals(java.util.List.of("(Intercept)", "l(x, 0)", "l(x, 1)", "l(x, 2)", "f(z)"), f.getTerms());
        assertEquals(30 * (8 - 3), f.getNobs(), "two lags and one lead of an 8-year panel leave 5 years");
        Fit g = Estimate.ols(t, "y ~ l(x, 1)").panel("id", "year").fit();
        assertEquals(30 * 7, g.getNobs());
        // l(x, 0) is x itself
        Fit h = Estimate.ols(t, "y ~ l(x, 0)").panel("id", "year").fit();
        assertClose(Estimate.ols(t, "y ~ x").fit().estimate("x"), h.estimate("l(x, 0)"), TOL, "l(x, 0)");
    }

    @Test
    void theTimeStepIsTheGcdOfTheTimeGaps() {
        Table t = panel(10, false);
        double[] yr5 = t.doubleColumn("year").asDoubleArray();
        for (int i = 0; i < yr5.length; i++) {
            yr5[i] = 1960 + 5 * (yr5[i] - 2000);
        }
        t.addColumns(DoubleColumn.create("yr5", yr5));
        Fit a = Estimate.ols(t, "y ~ l(x, 1)").panel("id", "yr5").fit();
        Fit b = Estimate.ols(t, "y ~ l(x, 1)").panel("id", "year").fit();
        assertClose(b.estimate("l(x, 1)"), a.estimate("l(x, 1)"), TOL, "5-year step");
        assertEquals(b.getNobs(), a.getNobs());
    }

    @Test
    void panelErrorsNameTheOption() {
        Table t = panel(11, false);
        var e = assertThrows(org.gvc4j.stats.formula.FormulaException.class,
                () -> Estimate.ols(t, "y ~ l(x, 1)").fit());
        assertTrue(e.getMessage().contains("--panel") && e.getMessage().contains("^"), e.getMessage());
        EstimationException d = assertThrows(EstimationException.class,
                () -> Estimate.ols(t, "y ~ l(x, 1)").panel("region", "year").fit());
        assertTrue(d.getMessage().contains("--panel") && d.getMessage().contains("not unique"), d.getMessage());
        d = assertThrows(EstimationException.class, () -> Estimate.ols(t, "y ~ l(x, 1)").panel("id", "region").fit());
        assertTrue(d.getMessage().contains("--panel") && d.getMessage().contains("whole numbers"), d.getMessage());
        var f = assertThrows(org.gvc4j.stats.formula.FormulaException.class, () -> Estimate.ols(t, "y ~ l(x, 1.5)"));
        assertTrue(f.getMessage().contains("whole number"), f.getMessage());
    }

    // ---- stepwise and split ------------------------------------------------------------------------------------

    @Test
    void cswModelsNestAndEachEqualsItsOwnFormula() {
        Table t = panel(12, false);
        Fits fits = Estimate.ols(t, "y ~ csw(x, z, i(region)) | id").hetero().fitAll();
        assertEquals(3, fits.size());
        for (int m = 1; m < 3; m++) {
            List<String> a = fits.get(m).getTerms();
            List<String> b = fits.get(m + 1).getTerms();
            assertEquals(a, b.subList(0, a.size()), "model " + m + " nests in model " + (m + 1));
        }
        assertSameFit(Estimate.ols(t, "y ~ x + z | id").hetero().fit(), fits.get(2), 1e-12);
        // sw: one model per argument, the common terms after the switched one
        Fits sw = Estimate.ols(t, "y ~ sw(x, z) + year").fitAll();
        assertEquals(List.of("(Intercept)", "x", "year"), sw.get(1).getTerms());
        assertEquals(List.of("(Intercept)", "z", "year"), sw.get(2).getTerms());
        // csw0 in the fixed effects: no FE (with an intercept), then id, then id + year
        Fits fe = Estimate.ols(t, "y ~ x | csw0(id, year)").fitAll();
        assertEquals(List.of("(Intercept)", "x"), fe.get(1).getTerms());
        assertEquals(List.of("id"), fe.get(2).getFixedEffects());
        assertEquals(List.of("id", "year"), fe.get(3).getFixedEffects());
        // FE set outer, RHS set inner
        Fits both = Estimate.ols(t, "y ~ csw(x, z) | sw(id, year)").fitAll();
        assertEquals(4, both.size());
        assertEquals(List.of("id"), both.get(2).getFixedEffects());
        assertEquals(List.of("x", "z"), both.get(2).getTerms());
        assertEquals(List.of("year"), both.get(3).getFixedEffects());
        assertThrows(EstimationException.class, () -> Estimate.ols(t, "y ~ csw(x, z)").fit());
    }

    @Test
    void splitEqualsFittingEachSubset() {
        Table t = panel(13, false);
        Fits fits = Estimate.ols(t, "y ~ csw0(x, z) | id").splitBy("region").cluster("id").fitAll();
        String[] regions = {"Africa", "Americas", "Asia", "Europe"};
        assertEquals(12, fits.size());
        for (int r = 0; r < regions.length; r++) {
            String reg = regions[r];
            Table sub = t.where(t.stringColumn("region").isEqualTo(reg));
            assertEquals(reg, fits.getSample(3 * r + 3));
            assertSameFit(Estimate.ols(sub, "y ~ x + z | id").cluster("id").fit(), fits.get(3 * r + 3), 1e-10);
            assertEquals(sub.rowCount(), fits.get(3 * r + 1).getNobsData());
        }
        Fits full = Estimate.ols(t, "y ~ x | region").splitBy("year", true).fitAll();
        assertEquals(9, full.size());
        assertSameFit(Estimate.ols(t, "y ~ x | region").fit(), full.get(1), 1e-12);
        assertEquals("2000", full.getSample(2));
        var e = assertThrows(EstimationException.class, () -> Estimate.ols(t, "y ~ x").splitBy("regoin").fitAll());
        assertTrue(e.getMessage().contains("--split") && e.getMessage().contains("region"), e.getMessage());
    }

    // ---- IV ----------------------------------------------------------------------------------------------------

    @Test
    void justIdentifiedIvWithoutFixedEffectsIsTheIndirectLeastSquaresRatio() {
        Table t = panel(14, false);
        // one instrument, no exogenous regressor: b = cov(z, y) / cov(z, x)
        Fit f = Estimate.ols(t, "y ~ 1 | x ~ z").hetero().fit();
        assertEquals(List.of("(Intercept)", "fit_x"), f.getTerms());
        double[] x = t.doubleColumn("x").asDoubleArray();
        double[] y = t.doubleColumn("y").asDoubleArray();
        double[] z = t.doubleColumn("z").asDoubleArray();
        double mx = 0;
        double my = 0;
        double mz = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / x.length;
            mz += z[i] / x.length;
        }
        double czy = 0;
        double czx = 0;
        for (int i = 0; i < x.length; i++) {
            czy += (z[i] - mz) * (y[i] - my);
            czx += (z[i] - mz) * (x[i] - mx);
        }
        assertClose(czy / czx, f.estimate("fit_x"), 1e-10, "IV ratio");
        assertEquals(1, f.getFirstStageF().length);
    }

    @Test
    void ivWithFixedEffectsEqualsIvOnExplicitDummiesAndAnExactInstrumentGivesOls() {
        Table t = panel(15, false);
        addDummies(t, "region", "Americas", "Asia", "Europe");
        Fit fe = Estimate.ols(t, "y ~ year | region | x ~ z + w").cluster("id").fit();
        Fit dummies = Estimate.ols(t, "y ~ year + d_Americas + d_Asia + d_Europe | x ~ z + w").cluster("id").fit();
        assertEquals(List.of("fit_x", "year"), fe.getTerms());
        for (String term : new String[] {"fit_x", "year"}) {
            assertClose(dummies.estimate(term), fe.estimate(term), 1e-9, term);
        }
        // x instrumented by itself is OLS (same estimates and, with the actual residuals, the same SEs)
        Fit self = Estimate.ols(t, "y ~ year | id | x ~ x").hetero().fit();
        Fit ols = Estimate.ols(t, "y ~ x + year | id").hetero().fit();
        assertClose(ols.estimate("x"), self.estimate("fit_x"), 1e-10, "self-instrumented");
        assertClose(ols.stdError("x"), self.stdError("fit_x"), 1e-10, "self-instrumented SE");
    }

    @Test
    void badIvFormulasAreRefused() {
        Table t = panel(16, false);
        var e = assertThrows(org.gvc4j.stats.formula.FormulaException.class,
                () -> Estimate.ols(t, "y ~ w | id | x + z ~ w2"));
        assertTrue(e.getMessage().contains("fewer instruments"), e.getMessage());
        e = assertThrows(org.gvc4j.stats.formula.FormulaException.class, () -> Estimate.ols(t, "y ~ x ~ z"));
        assertTrue(e.getMessage().contains("instrumental variables"), e.getMessage());
        EstimationException p = assertThrows(EstimationException.class,
                () -> Estimate.ppml(t, "cnt ~ w | id | x ~ z").fit());
        assertTrue(p.getMessage().contains("--model ols"), p.getMessage());
    }

    /** R's printing of a number. */
    static final class Deparse0 {
        static String num(double v) {
            return org.gvc4j.stats.formula.Deparse.number(v);
        }
    }

    // ---- fixed-effect values -----------------------------------------------------------------------------------

    /** Σ of the fixed-effect values of each used row plus Xβ̂ gives the fitted value (η̂ for PPML). */
    static void assertReconstructs(Table t, Fit f, String[] fes, String[] xs, boolean log) {
        Table fv = f.getFixedEffectValues();
        java.util.Map<String, Double> val = new java.util.HashMap<>();
        for (int r = 0; r < fv.rowCount(); r++) {
            val.put(fv.stringColumn("fe").get(r) + "|" + fv.stringColumn("level").get(r), fv.doubleColumn("value").getDouble(r));
        }
        int[] rows = f.getRowsUsed();
        double[] fitted = f.getFitted();
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i] - 1;
            double eta = 0;
            for (String x : xs) {
                eta += f.estimate(x) * t.doubleColumn(x).getDouble(row);
            }
            for (String fe : fes) {
                String lab = t.column(fe).type() == tech.tablesaw.api.ColumnType.STRING ? t.stringColumn(fe).get(row)
                        : org.gvc4j.stats.formula.Deparse.number(t.doubleColumn(fe).getDouble(row));
                eta += val.get(fe + "|" + lab);
            }
            assertClose(log ? Math.log(fitted[i]) : fitted[i], eta, 1e-7, "row " + (row + 1) + " (" + i + ") "
                    + java.util.Arrays.stream(fes).map(fe -> t.column(fe).getString(row)).toList());
        }
    }

    @Test
    void fixedEffectValuesReconstructTheFitAndFollowFixestsReferences() {
        Table t = panel(17, false);
        // one FE: the mean of y − Xβ̂ per level, no reference
        Fit one = Estimate.ols(t, "y ~ x + z | id").fit();
        assertEquals(0, one.getFixedEffectReferences());
        assertReconstructs(t, one, new String[] {"id"}, new String[] {"x", "z"}, false);
        // two FE on a connected panel: one reference, the second FE's level on the first row
        Fit two = Estimate.ols(t, "y ~ x + z | id + year").weights("w").fit();
        assertEquals(1, two.getFixedEffectReferences());
        Table fv = two.getFixedEffectValues();
        assertEquals(30 + 8, fv.rowCount());
        int r2000 = -1;
        for (int r = 0; r < fv.rowCount(); r++) {
            if (fv.stringColumn("fe").get(r).equals("year") && fv.stringColumn("level").get(r).equals("2000")) {
                r2000 = r;
            }
        }
        assertEquals(0.0, fv.doubleColumn("value").getDouble(r2000), "the first row's year is the reference");
        assertReconstructs(t, two, new String[] {"id", "year"}, new String[] {"x", "z"}, false);
        // three FE PPML (regular): dimensions 2 and 3 are 0 at the first used row
        StringColumn grp = StringColumn.create("grp");
        for (int i = 0; i < t.rowCount(); i++) {
            grp.append("g" + (i * 7 % 3));
        }
        t.addColumns(grp);
        Fit three = Estimate.ppml(t, "cnt ~ x | id + year + grp").fit();
        assertTrue(three.getFixedEffectReferences() >= 2, "at least Q − 1 references");
        Table tv = three.getFixedEffectValues();
        int firstRow = three.getRowsUsed()[0] - 1;
        for (int r = 0; r < tv.rowCount(); r++) {
            String fe = tv.stringColumn("fe").get(r);
            String lev = tv.stringColumn("level").get(r);
            if (fe.equals("year") && lev.equals(Deparse0.num(t.doubleColumn("year").getDouble(firstRow)))
                    || fe.equals("grp") && lev.equals(t.stringColumn("grp").get(firstRow))) {
                assertEquals(0.0, tv.doubleColumn("value").getDouble(r), fe + " " + lev + " is a reference");
            }
        }
        // (id + year + grp is not "regular": fixest's greedy rule needs extra references there and its values need
        // not add up to the fitted sum row by row, so only the references are checked)
        // region is nested in id: not regular, one reference per region level, still a reconstruction
        Fit nested = Estimate.ppml(t, "cnt ~ x | id + year + region").fit();
        assertEquals(5, nested.getFixedEffectReferences());
        assertReconstructs(t, nested, new String[] {"id", "year", "region"}, new String[] {"x"}, true);
    }

    // ---- CLI options -------------------------------------------------------------------------------------------

    static String cliError(java.nio.file.Path csv, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("estimate", "--data", csv.toString(), "--model", "ols",
                "--quiet"));
        args.addAll(List.of(extra));
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.gvc4j.cli.Main.execute(args.toArray(String[]::new),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
        assertTrue(code != 0, "refused: " + String.join(" ", extra));
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        return err.toString();
    }

    @Test
    void newCliOptionsAreValidatedWithOneLineNamingTheOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path csv = tmp.resolve("p.csv");
        panel(18, false).write().csv(csv.toFile());
        assertTrue(cliError(csv, "--formula", "y ~ x", "--weights", "").contains("--weights"));
        assertTrue(cliError(csv, "--formula", "y ~ x", "--weights", "region").contains("--weights"));
        assertTrue(cliError(csv, "--formula", "y ~ l(x, 1)", "--panel", "id").contains("--panel"));
        assertTrue(cliError(csv, "--formula", "y ~ l(x, 1)", "--panel", "id,nope").contains("--panel"));
        assertTrue(cliError(csv, "--formula", "y ~ x", "--split", "region,year").contains("--split"));
        assertTrue(cliError(csv, "--formula", "y ~ x", "--split", "regin").contains("--split"));
        assertTrue(cliError(csv, "--formula", "y ~ x", "--split", "year", "--fsplit", "year").contains("--fsplit"));
        assertTrue(cliError(csv, "--formula", "y ~ x", "--fixef-out", tmp.resolve("fe.csv").toString())
                .contains("--fixef-out"));
        assertTrue(cliError(csv, "--formula", "y ~ csw(x, z) | id", "--fixef-out", tmp.resolve("fe.csv").toString())
                .contains("--fixef-out"));
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("fe.csv")));
    }
}
