package org.gvc4j.stats.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.stats.EstimationException;
import org.gvc4j.stats.Model;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.Evaluator;
import org.gvc4j.stats.data.Panel;
import org.gvc4j.stats.formula.Expr;
import org.gvc4j.stats.formula.Formula;

/**
 * Predictions of a fit for new data (fixest's {@code predict(est, newdata)}): the linear predictor x'β̂ built from the
 * new rows with the formula's own transformations (log(), interactions, {@code i()} / {@code factor()} dummies with
 * the estimation's levels and reference, l() / f() / d() on the new data's panel) plus, per fixed effect, the
 * estimated coefficient ({@link FixefValues}) of the row's level; GLMs map it through the inverse link for the
 * response. A coefficient dropped for collinearity counts as 0, as in fixest. A row gets no value (NaN) when a
 * regressor is missing or not finite, when its {@code i()} level was not in the estimation data, or when one of its
 * fixed-effect levels has no estimated coefficient; {@link Result#notes()} counts each reason.
 */
public final class Predictor {

    private final Formula formula;
    private final Model model;
    private final List<String> terms;
    private final double[] beta;
    private final List<ModelFrame.Expansion> expansions;
    private final List<String> feNames;
    private final List<List<String>> feColumns;
    private final FixefValues fixef;
    private List<Map<String, Double>> feValues;
    private final String panelId;
    private final String panelTime;

    /** The predictions for the rows of the new data, and notes on the rows left without one. */
    public record Result(double[] values, int missing, List<String> notes) {
    }

    Predictor(ModelFrame mf, double[] beta, FixefValues fixef) {
        this.formula = mf.formula;
        this.model = mf.model;
        this.terms = List.copyOf(mf.termNames);
        this.beta = beta.clone();
        this.expansions = List.copyOf(mf.expansions);
        this.feNames = List.copyOf(mf.feNames);
        this.feColumns = new ArrayList<>();
        for (int d = 0; d < mf.feCodes.length; d++) {
            feColumns.add(List.copyOf(mf.feColumns(d)));
        }
        this.fixef = fixef;
        this.panelId = mf.options().panelId();
        this.panelTime = mf.options().panelTime();
    }

    /**
     * The coefficient of each level, by its label ({@link FixefValues#labels}), built on the first prediction. Two
     * levels of a combined fixed effect whose labels coincide ({@code a_b} + {@code c}, {@code a} + {@code b_c}) map
     * to NaN: such a row is not predicted.
     */
    private synchronized List<Map<String, Double>> feValues() {
        if (feValues == null) {
            List<Map<String, Double>> out = new ArrayList<>();
            for (int d = 0; d < feNames.size(); d++) {
                String[] lab = fixef.labels().get(d);
                double[] v = fixef.values().get(d);
                Map<String, Double> m = new HashMap<>(lab.length * 2);
                for (int l = 0; l < lab.length; l++) {
                    if (m.put(lab[l], v[l]) != null) {
                        m.put(lab[l], Double.NaN);
                    }
                }
                out.add(m);
            }
            feValues = List.copyOf(out);
        }
        return feValues;
    }

    /** The label of one row's level as {@link FixefValues#labels} writes it (null when a part is missing). */
    private static String key(ColumnSource src, List<String> cols, int row) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            String col = cols.get(c);
            if (c > 0) {
                sb.append('_');
            }
            String part;
            if (src.kind(col) == ColumnSource.Kind.NUMERIC) {
                double v = src.numeric(col)[row];
                part = Double.isNaN(v) ? null : org.gvc4j.stats.formula.Deparse.number(v);
            } else {
                part = src.cell(col, row);
            }
            if (part == null || part.isEmpty()) {
                return null;
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** The panel columns of the fit (null without a panel). */
    public List<String> panelColumns() {
        return panelId == null ? null : List.of(panelId, panelTime);
    }

    /** The columns naming the fixed-effect levels, in formula order, each once. */
    public List<String> fixedEffectColumns() {
        List<String> out = new ArrayList<>();
        for (List<String> cols : feColumns) {
            for (String c : cols) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Predicts every row of {@code src}; {@code link} gives the linear predictor, otherwise the response (the same
     * for OLS). {@code what} names the option or method in errors.
     */
    public Result predict(ColumnSource src, boolean link, String what) {
        checkColumns(src, what);
        int n = src.rowCount();
        Panel panel = panelId == null ? null : Panel.of(src, panelId, panelTime);
        Evaluator ev = new Evaluator(src, panel);
        List<double[]> x = new ArrayList<>();
        boolean[] unseen = new boolean[n];
        if (formula.hasIntercept()) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            x.add(one);
        }
        for (Formula.Term t : formula.getEndogenous()) {
            x.add(ev.product(t.factors()));
        }
        int e = 0;
        for (Formula.Term t : formula.getTerms()) {
            if (t.factors().size() == 1 && t.factors().get(0) instanceof Expr.Call c && (c.function().equals("i")
                    || c.function().equals("factor"))) {
                expand(src, ev, expansions.get(e++), x, unseen);
                continue;
            }
            x.add(ev.product(t.factors()));
        }
        if (x.size() != terms.size()) {
            throw new IllegalStateException("bug: " + x.size() + " columns for " + terms.size() + " terms");
        }
        double[] eta = new double[n];
        for (int j = 0; j < terms.size(); j++) {
            if (Double.isNaN(beta[j])) {
                continue; // collinear: fixest drops the term, i.e. counts it as 0
            }
            double[] xj = x.get(j);
            double b = beta[j];
            for (int i = 0; i < n; i++) {
                eta[i] += b * xj[i];
            }
        }
        int badX = 0;
        int badLevel = 0;
        int[] badFe = new int[feNames.size()];
        int missing = 0;
        int tooLarge = 0;
        List<Map<String, Double>> feMaps = feValues();
        Family fam = model == Model.PPML ? Family.POISSON : model == Model.LOGIT ? Family.LOGIT
                : model == Model.PROBIT ? Family.PROBIT : null;
        for (int i = 0; i < n; i++) {
            boolean na = false;
            if (unseen[i]) {
                badLevel++;
                na = true;
            } else if (!Double.isFinite(eta[i])) {
                badX++;
                na = true;
            }
            for (int d = 0; d < feNames.size(); d++) {
                String k = key(src, feColumns.get(d), i);
                Double a = k == null ? null : feMaps.get(d).get(k);
                if (a == null || Double.isNaN(a)) {
                    badFe[d]++;
                    na = true;
                } else {
                    eta[i] += a;
                }
            }
            if (!na && !Double.isFinite(eta[i])) {
                badX++;
                na = true;
            }
            if (na) {
                eta[i] = Double.NaN;
                missing++;
            } else if (!link && fam != null) {
                eta[i] = fam.linkInv(eta[i]);
                if (!Double.isFinite(eta[i])) {
                    eta[i] = Double.NaN;
                    tooLarge++;
                    missing++;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (badX > 0) {
            notes.add(rows(badX) + " without a prediction: a regressor is missing or not finite");
        }
        if (badLevel > 0) {
            notes.add(rows(badLevel) + " without a prediction: a level of an i()/factor() term that is not in the "
                    + "estimation data");
        }
        if (tooLarge > 0) {
            notes.add(rows(tooLarge) + " without a prediction: exp(η) is too large for a double");
        }
        for (int d = 0; d < feNames.size(); d++) {
            if (badFe[d] > 0) {
                notes.add(rows(badFe[d]) + " without a prediction: a level of the fixed effect '" + feNames.get(d)
                        + "' that is missing or not in the estimation sample");
            }
        }
        return new Result(eta, missing, List.copyOf(notes));
    }

    private static String rows(int k) {
        return k + " row" + (k == 1 ? "" : "s");
    }

    /** The new data must hold the regressors' and fixed effects' columns (not the outcome), as numbers where used so. */
    private void checkColumns(ColumnSource src, String what) {
        java.util.Set<String> factorCols = new java.util.HashSet<>();
        for (ModelFrame.Expansion x : expansions) {
            factorCols.add(x.column());
        }
        for (Formula.ColumnRef ref : formula.getColumns()) {
            if (ref.part().equals("LHS")) {
                continue;
            }
            if (!src.has(ref.name())) {
                throw new EstimationException(what + ": the new data have no column '" + ref.name() + "' ("
                        + (ref.part().equals("FE") ? "a fixed effect" : "used by the formula's right-hand side")
                        + "); columns: " + String.join(", ", src.columnNames()));
            }
            if (ref.part().equals("RHS") && !factorCols.contains(ref.name())
                    && src.kind(ref.name()) == ColumnSource.Kind.TEXT) {
                throw new EstimationException(what + ": column '" + ref.name() + "' of the new data is text, but the "
                        + "model uses it as a number");
            }
        }
    }

    /** The dummies (or i(f, x) slopes) of one expansion with the estimation's levels; unseen levels are marked. */
    private static void expand(ColumnSource src, Evaluator ev, ModelFrame.Expansion sp, List<double[]> x,
                               boolean[] unseen) {
        int n = src.rowCount();
        String col = sp.column();
        boolean srcNumeric = src.kind(col) == ColumnSource.Kind.NUMERIC;
        double[] num = srcNumeric ? src.numeric(col) : null;
        Object[] key = new Object[n];
        for (int i = 0; i < n; i++) {
            Object k;
            if (srcNumeric) {
                k = Double.isNaN(num[i]) ? null : sp.numeric() ? (Object) num[i]
                        : org.gvc4j.stats.formula.Deparse.number(num[i]);
            } else {
                String s = src.cell(col, i);
                if (s == null || s.isEmpty()) {
                    k = null;
                } else if (sp.numeric()) {
                    k = org.gvc4j.source.NumberSyntax.isNumber(s) ? (Object) Double.parseDouble(s) : s;
                } else {
                    k = s;
                }
            }
            if (k != null && !sp.levels().contains(k)) {
                unseen[i] = true;
            }
            key[i] = k;
        }
        double[] xv = sp.x() == null ? null : ev.eval(sp.x());
        for (Object level : sp.columns()) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                if (key[i] == null || unseen[i]) {
                    out[i] = Double.NaN;
                } else if (key[i].equals(level)) {
                    out[i] = xv == null ? 1 : xv[i];
                } else {
                    out[i] = xv == null || Double.isFinite(xv[i]) ? 0 : Double.NaN;
                }
            }
            x.add(out);
        }
    }
}
