package org.gvc4j.stats.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gvc4j.stats.EstimationException;
import org.gvc4j.stats.Model;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.Evaluator;
import org.gvc4j.stats.data.Factor;
import org.gvc4j.stats.formula.Expr;
import org.gvc4j.stats.formula.Formula;
import org.gvc4j.stats.formula.FormulaException;

/**
 * The estimation sample: the outcome, the regressor columns, the fixed-effect and cluster codes, after fixest's
 * removals in fixest's order: (1) rows with a missing or non-finite value in any part (counted by part), (2) repeatedly
 * until nothing changes, fixed-effect singletons and, for GLMs, groups whose outcome is all 0 (or, for logit and
 * probit, all 1). Columns are primitive arrays; memory O(n·(k + Q)).
 */
public final class ModelFrame {
    final String source;
    final Formula formula;
    final Model model;
    final int dataRows;
    int[] rows;
    double[] y;
    /** Prior weights of the sample (null: all 1). */
    double[] w;
    int zeroWeight;
    int naWeight;
    final List<String> termNames = new ArrayList<>();
    double[][] x;
    /** IV: x[endoStart .. endoStart + nEndo) are the endogenous regressors (named fit_…); inst the instruments. */
    int endoStart;
    int nEndo;
    double[][] inst = new double[0][];
    final List<String> instNames = new ArrayList<>();
    final List<String> feNames = new ArrayList<>();
    int[][] feCodes;
    int[] feSizes;
    int[] feRemoved;
    final List<String> clusterNames = new ArrayList<>();
    int[][] clusterCodes;
    int[] clusterSizes;
    int naLhs;
    int naRhs;
    int naFe;
    int naCluster;
    int naTotal;
    int perfectFitObs;
    final List<String> notes = new ArrayList<>();

    private ModelFrame(String source, Formula formula, Model model, int dataRows) {
        this.source = source;
        this.formula = formula;
        this.model = model;
        this.dataRows = dataRows;
    }

    /**
     * Options of the sample beyond the formula: a prior-weight column, the panel (individual, time) of the lag
     * operators, and a subset of rows (a split sample; null for all rows).
     */
    public record Options(String weights, String panelId, String panelTime, int[] subset) {
        public static final Options NONE = new Options(null, null, null, null);
    }

    private Options opts = Options.NONE;
    ColumnSource srcRef;

    /**
     * How an {@code i()} / {@code factor()} term was expanded, for predictions on new data: the column, whether its
     * levels are numbers, every level of the estimation data (the reference included; numbers as Double, text as
     * String), the reference (null: none dropped), the level of each generated column in order, and the {@code x}
     * of {@code i(f, x)} (null for dummies).
     */
    record Expansion(String column, boolean numeric, java.util.Set<Object> levels, Object ref, List<Object> columns,
                     Expr x) {
    }

    /** The expansions of the i() / factor() terms, in formula order. */
    final List<Expansion> expansions = new ArrayList<>();

    List<String> feColumns(int d) {
        return feColumns.get(d);
    }

    Options options() {
        return opts;
    }
    private final List<List<String>> feColumns = new ArrayList<>();

    /** Labels of the levels of fixed effect d (codes of this sample). */
    String[] feLabels(int d) {
        return FixefValues.labels(srcRef, feColumns.get(d), feCodes[d], feSizes[d], rows);
    }

    /** Builds the sample; {@code clusters} are column names or {@code a^b} combinations (may be empty). */
    public static ModelFrame build(ColumnSource src, Formula f, Model model, List<String> clusters, boolean dropPerfectFit) {
        return build(src, f, model, clusters, dropPerfectFit, Options.NONE);
    }

    /** Builds the sample with weights, a panel or a row subset. */
    public static ModelFrame build(ColumnSource src, Formula f, Model model, List<String> clusters, boolean dropPerfectFit,
                                   Options opts) {
        ModelFrame mf = new ModelFrame(src.name(), f, model, opts.subset() == null ? src.rowCount()
                : opts.subset().length);
        mf.opts = opts;
        mf.srcRef = src;
        mf.checkColumns(src, clusters);
        mf.evaluate(src, clusters, dropPerfectFit);
        return mf;
    }

    /** The prior weights over all rows (NaN = missing), checked: numeric, none negative; null without weights. */
    private double[] weightsAll(ColumnSource src) {
        String wc = opts.weights();
        if (wc == null) {
            return null;
        }
        if (!src.has(wc)) {
            throw new EstimationException("--weights / weights(): " + Names.unknown(wc, "weights", src.columnNames()));
        }
        if (src.kind(wc) != ColumnSource.Kind.NUMERIC) {
            throw new EstimationException("--weights / weights(): column '" + wc + "' is "
                    + (src.kind(wc) == ColumnSource.Kind.MISSING ? "empty" : "text") + "; weights must be numbers ≥ 0");
        }
        double[] w = src.numeric(wc);
        for (int i = 0; i < w.length; i++) {
            if (included(i) && (w[i] < 0 || Double.isInfinite(w[i]))) {
                throw new EstimationException("--weights / weights(): " + (w[i] < 0 ? "negative" : "infinite")
                        + " weight in '" + wc + "' at row " + (i + 1) + " (" + w[i] + "); weights must be finite and ≥ 0");
            }
        }
        return w;
    }

    private boolean[] inSubset;

    private boolean included(int i) {
        return inSubset == null || inSubset[i];
    }

    private void checkColumns(ColumnSource src, List<String> clusters) {
        List<String> names = src.columnNames();
        for (Formula.ColumnRef ref : formula.getColumns()) {
            if (!src.has(ref.name())) {
                throw FormulaException.at(formula.getText(), ref.pos(), Names.unknown(ref.name(),
                        ref.part().equals("FACTOR") ? "RHS" : ref.part(), names));
            }
            ColumnSource.Kind kind = src.kind(ref.name());
            if (kind == ColumnSource.Kind.MISSING) {
                throw FormulaException.at(formula.getText(), ref.pos(), "column '" + ref.name()
                        + "' has no values: all " + src.rowCount() + " rows are missing");
            }
            if (kind == ColumnSource.Kind.TEXT && !ref.part().equals("FE") && !ref.part().equals("FACTOR")) {
                String what = ref.part().equals("LHS") ? "the outcome" : "a regressor";
                throw FormulaException.at(formula.getText(), ref.pos(), "column '" + ref.name() + "' is text ("
                        + firstText(src, ref.name()) + ") and cannot be " + what
                        + (ref.part().equals("RHS") ? "; use it as a fixed effect ('| " + ref.name() + "') or recode it"
                                : "; recode it as numbers"));
            }
        }
        for (String c : clusters) {
            for (String part : c.split("\\^")) {
                String p = part.trim();
                if (!src.has(p)) {
                    throw new EstimationException(Names.unknown(p, "cluster variables", names));
                }
                if (src.kind(p) == ColumnSource.Kind.MISSING) {
                    throw new EstimationException("cluster variable '" + p + "' has no values: all " + src.rowCount()
                            + " rows are missing");
                }
            }
        }
    }

    /**
     * The first value of a text column that is not a number, quoted: {@code e.g. 'R0'}; when the column also holds
     * numbers, with its row, as that is likely a damaged cell: {@code 'x12' in row 17, the other values are numbers}.
     */
    private static String firstText(ColumnSource src, String col) {
        int numbers = 0;
        for (int i = 0; i < src.rowCount(); i++) {
            String s = src.cell(col, i);
            if (s == null || s.isEmpty()) {
                continue;
            }
            if (org.gvc4j.source.NumberSyntax.isNumber(s)) {
                numbers++;
                continue;
            }
            String shown = "'" + org.gvc4j.source.NumberSyntax.printable(s) + "'";
            return numbers == 0 ? "e.g. " + shown : shown + " in row " + (i + 1) + "; the values before it are numbers";
        }
        return "e.g. ''";
    }

    private static Factor factorOf(ColumnSource src, String name, List<String> cols) {
        Factor fac = src.factor(cols.get(0));
        for (int k = 1; k < cols.size(); k++) {
            fac = Factor.combine(name, fac, src.factor(cols.get(k)));
        }
        return new Factor(name, fac.codes(), fac.levels());
    }

    private void evaluate(ColumnSource src, List<String> clusters, boolean dropPerfectFit) {
        int n = src.rowCount();
        if (opts.subset() != null) {
            inSubset = new boolean[n];
            for (int i : opts.subset()) {
                inSubset[i] = true;
            }
        }
        double[] wAll = weightsAll(src);
        org.gvc4j.stats.data.Panel panel = null;
        if (opts.panelId() != null) {
            panel = org.gvc4j.stats.data.Panel.of(src, opts.panelId(), opts.panelTime());
        } else {
            Expr.Call op = panelCall(formula.getLhs());
            for (Formula.Term t : formula.getTerms()) {
                for (Expr f : t.factors()) {
                    op = op != null ? op : panelCall(f);
                }
            }
            if (op != null) {
                throw FormulaException.at(formula.getText(), op.pos(), "`" + op.function() + "()` needs a panel: give "
                        + "--panel ID,TIME (API: .panel(\"id\", \"time\"))");
            }
        }
        Evaluator ev = new Evaluator(src, panel);
        double[] yAll = ev.eval(formula.getLhs());
        List<double[]> xAll = new ArrayList<>();
        if (formula.hasIntercept()) {
            termNames.add("(Intercept)");
            double[] one = new double[n];
            Arrays.fill(one, 1.0);
            xAll.add(one);
        }
        List<double[]> instAll = new ArrayList<>();
        if (!formula.getEndogenous().isEmpty()) {
            if (model != Model.OLS) {
                throw new EstimationException("instrumental variables (y ~ x | fe | endo ~ inst) are estimated by 2SLS "
                        + "with --model ols only, not " + model.key());
            }
            endoStart = xAll.size();
            for (Formula.Term t : formula.getEndogenous()) {
                termNames.add("fit_" + t.name());
                xAll.add(ev.product(t.factors()));
            }
            nEndo = formula.getEndogenous().size();
            for (Formula.Term t : formula.getInstruments()) {
                instNames.add(t.name());
                instAll.add(ev.product(t.factors()));
            }
        }
        for (Formula.Term t : formula.getTerms()) {
            if (t.factors().size() == 1 && t.factors().get(0) instanceof Expr.Call c && (c.function().equals("i")
                    || c.function().equals("factor"))) {
                expandI(src, ev, c, xAll);
                continue;
            }
            termNames.add(t.name());
            xAll.add(ev.product(t.factors()));
        }
        List<Factor> fes = new ArrayList<>();
        for (Formula.FixedEffect fe : formula.getFixedEffects()) {
            feNames.add(fe.name());
            feColumns.add(fe.columns());
            fes.add(factorOf(src, fe.name(), fe.columns()));
        }
        List<Factor> cls = new ArrayList<>();
        for (String c : clusters) {
            List<String> parts = new ArrayList<>();
            for (String p : c.split("\\^")) {
                parts.add(p.trim());
            }
            String nm = String.join("^", parts);
            clusterNames.add(nm);
            cls.add(factorOf(src, nm, parts));
        }
        // (1) missing and non-finite values, counted by part
        boolean[] drop = new boolean[n];
        int[] naByTerm = new int[xAll.size()];
        int outside = 0;
        for (int i = 0; i < n; i++) {
            if (!included(i)) {
                drop[i] = true;
                outside++;
                continue;
            }
            if (wAll != null && wAll[i] == 0) {
                // fixest: rows with weight 0 go first, counted in nothing
                drop[i] = true;
                zeroWeight++;
                continue;
            }
            boolean bad = false;
            if (wAll != null && Double.isNaN(wAll[i])) {
                naWeight++;
                bad = true;
            }
            if (!Double.isFinite(yAll[i])) {
                naLhs++;
                bad = true;
            }
            boolean rhs = false;
            for (int k = 0; k < xAll.size(); k++) {
                if (!Double.isFinite(xAll.get(k)[i])) {
                    naByTerm[k]++;
                    rhs = true;
                }
            }
            for (double[] z : instAll) {
                rhs |= !Double.isFinite(z[i]);
            }
            if (rhs) {
                naRhs++;
                bad = true;
            }
            boolean fe = false;
            for (Factor f : fes) {
                if (f.codes()[i] < 0) {
                    fe = true;
                }
            }
            if (fe) {
                naFe++;
                bad = true;
            }
            boolean cl = false;
            for (Factor f : cls) {
                if (f.codes()[i] < 0) {
                    cl = true;
                }
            }
            if (cl) {
                naCluster++;
                bad = true;
            }
            if (bad) {
                drop[i] = true;
                naTotal++;
            }
        }
        if (zeroWeight > 0) {
            notes.add(zeroWeight + " observation" + (zeroWeight == 1 ? "" : "s") + " removed because of a weight of 0");
        }
        if (zeroWeight + outside == n) {
            throw new EstimationException("no observations left: every weight in '" + opts.weights() + "' is 0");
        }
        if (naTotal + zeroWeight + outside == n) {
            StringBuilder sb = new StringBuilder("no observations left after removing missing or non-finite values ("
                    + (n - outside) + " rows: " + byPart() + ")");
            List<String> worst = new ArrayList<>();
            if (naLhs == n - outside - zeroWeight) {
                worst.add("the outcome '" + formula.getLhsName() + "' is missing or non-finite in every row");
            }
            for (int k = 0; k < naByTerm.length; k++) {
                if (naByTerm[k] == n - outside - zeroWeight) {
                    worst.add("'" + termNames.get(k) + "' is missing or non-finite in every row");
                }
            }
            if (!worst.isEmpty()) {
                sb.append(": ").append(String.join("; ", worst));
            }
            throw new EstimationException(sb.toString());
        }
        if (naTotal > 0) {
            notes.add(naTotal + " observation" + (naTotal == 1 ? "" : "s") + " removed because of missing or non-finite"
                    + " values (" + byPart() + ")");
        }
        int[] kept = new int[n - naTotal - zeroWeight - outside];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept[m++] = i;
            }
        }
        checkOutcome(yAll, kept);
        // (2) perfect-fit removal
        int[][] codes = new int[fes.size()][];
        for (int q = 0; q < fes.size(); q++) {
            codes[q] = fes.get(q).codes();
        }
        int[] levelsBefore = new int[fes.size()];
        for (int q = 0; q < fes.size(); q++) {
            levelsBefore[q] = fes.get(q).subset(kept).levels();
        }
        if (!fes.isEmpty() && dropPerfectFit) {
            kept = perfectFit(yAll, codes, fes, kept);
        }
        rows = kept;
        int nn = kept.length;
        y = new double[nn];
        for (int i = 0; i < nn; i++) {
            y[i] = yAll[kept[i]];
        }
        if (wAll != null) {
            w = new double[nn];
            for (int i = 0; i < nn; i++) {
                w[i] = wAll[kept[i]];
            }
        }
        inst = new double[instAll.size()][];
        for (int k = 0; k < instAll.size(); k++) {
            double[] src2 = instAll.get(k);
            double[] col = new double[nn];
            for (int i = 0; i < nn; i++) {
                col[i] = src2[kept[i]];
            }
            inst[k] = col;
        }
        x = new double[xAll.size()][];
        for (int k = 0; k < xAll.size(); k++) {
            double[] src2 = xAll.get(k);
            double[] col = new double[nn];
            for (int i = 0; i < nn; i++) {
                col[i] = src2[kept[i]];
            }
            x[k] = col;
        }
        feCodes = new int[fes.size()][];
        feSizes = new int[fes.size()];
        feRemoved = new int[fes.size()];
        for (int q = 0; q < fes.size(); q++) {
            Factor s = fes.get(q).subset(kept);
            feCodes[q] = s.codes();
            feSizes[q] = s.levels();
            feRemoved[q] = levelsBefore[q] - s.levels();
        }
        clusterCodes = new int[cls.size()][];
        clusterSizes = new int[cls.size()];
        for (int c = 0; c < cls.size(); c++) {
            Factor s = cls.get(c).subset(kept);
            clusterCodes[c] = s.codes();
            clusterSizes[c] = s.levels();
        }
        if (perfectFitObs > 0) {
            List<String> per = new ArrayList<>();
            for (int q = 0; q < fes.size(); q++) {
                per.add(Integer.toString(feRemoved[q]));
            }
            String why = model == Model.OLS ? "singletons" : model == Model.PPML ? "only 0 outcomes or singletons"
                    : "only 0 or only 1 outcomes or singletons";
            notes.add(String.join("/", per) + " fixed-effect level" + (per.size() > 1 || !per.get(0).equals("1") ? "s" : "")
                    + " (" + perfectFitObs + " observation" + (perfectFitObs == 1 ? "" : "s") + ") removed because of "
                    + why + " (" + String.join(", ", feNames) + ")");
        }
    }

    /**
     * fixest's {@code i(f)}, {@code i(f, x)} with an optional {@code ref}: one column per level of f (ascending:
     * numbers numerically, text by character code), 1{f = level} or 1{f = level}·x, named {@code f::level} or
     * {@code f::level:x}. Without ref, i(f) drops the first level when the model has an intercept or fixed effects;
     * i(f, x) keeps every level. Levels are those of the rows in the sample (the split subset).
     */
    private void expandI(ColumnSource src, Evaluator ev, Expr.Call c, List<double[]> xAll) {
        String col = ((Expr.Var) c.args().get(0)).name();
        int n = src.rowCount();
        Expr xe = null;
        Expr refE = null;
        for (int a = 1; a < c.args().size(); a++) {
            if (c.argNames().get(a) == null) {
                xe = c.args().get(a);
            } else {
                refE = c.args().get(a);
            }
        }
        boolean numeric = src.kind(col) == ColumnSource.Kind.NUMERIC;
        double[] num = numeric ? src.numeric(col) : null;
        String[] txt = new String[n];
        java.util.TreeMap<Object, String> levels = new java.util.TreeMap<>((a, b) -> numeric
                ? Double.compare((Double) a, (Double) b) : ((String) a).compareTo((String) b));
        for (int i = 0; i < n; i++) {
            if (!included(i)) {
                continue;
            }
            if (numeric) {
                if (Double.isFinite(num[i])) {
                    levels.putIfAbsent(num[i], org.gvc4j.stats.formula.Deparse.number(num[i]));
                }
            } else {
                String v = src.cell(col, i);
                if (v != null && !v.isEmpty()) {
                    txt[i] = v;
                    levels.putIfAbsent(v, v);
                }
            }
        }
        if (levels.isEmpty()) {
            throw FormulaException.at(formula.getText(), c.pos(), c.function() + "(" + col + "): the column has no values");
        }
        Object ref = null;
        if (refE != null) {
            String want = refE instanceof Expr.Str st ? st.value() : org.gvc4j.stats.formula.Deparse.number(
                    Expr.constantValue(refE));
            for (java.util.Map.Entry<Object, String> en : levels.entrySet()) {
                if (en.getValue().equals(want) || numeric && !(refE instanceof Expr.Str)
                        && ((Double) en.getKey()) == Expr.constantValue(refE)) {
                    ref = en.getKey();
                }
            }
            if (ref == null) {
                List<String> shown = new ArrayList<>(levels.values());
                throw FormulaException.at(formula.getText(), refE.pos(), "i(" + col + ", ref = " + want + "): '" + want
                        + "' is not a value of " + col + " (values: " + String.join(", ", shown.size() > 12
                        ? shown.subList(0, 12) : shown) + (shown.size() > 12 ? ", ..." : "") + ")");
            }
        } else if (xe == null && (formula.hasIntercept() || !formula.getFixedEffects().isEmpty())) {
            ref = levels.firstKey();
        }
        double[] xv = null;
        String xName = null;
        if (xe != null) {
            xv = ev.eval(xe);
            xName = org.gvc4j.stats.formula.Deparse.of(xe);
        }
        String fName = org.gvc4j.stats.formula.Deparse.name(col);
        // factor(x): R's names, factor(x)B; i(x): fixest's, x::B
        String prefix = c.function().equals("factor") ? "factor(" + fName + ")" : fName + "::";
        List<Object> made = new ArrayList<>();
        for (java.util.Map.Entry<Object, String> en : levels.entrySet()) {
            if (en.getKey().equals(ref)) {
                continue;
            }
            made.add(en.getKey());
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                boolean missing = numeric ? !Double.isFinite(num[i]) : txt[i] == null;
                if (missing) {
                    out[i] = Double.NaN;
                    continue;
                }
                boolean hit = numeric ? num[i] == (Double) en.getKey() : txt[i].equals(en.getKey());
                out[i] = hit ? (xv == null ? 1 : xv[i]) : (xv == null || Double.isFinite(xv[i]) ? 0 : Double.NaN);
            }
            termNames.add(prefix + en.getValue() + (xName == null ? "" : ":" + xName));
            xAll.add(out);
        }
        expansions.add(new Expansion(col, numeric, java.util.Set.copyOf(levels.keySet()), ref, List.copyOf(made), xe));
    }

    /** The first l() / f() / d() in e, or null. */
    private static Expr.Call panelCall(Expr e) {
        if (e instanceof Expr.Call c) {
            if (c.function().equals("l") || c.function().equals("f") || c.function().equals("d")) {
                return c;
            }
            for (Expr a : c.args()) {
                Expr.Call r = panelCall(a);
                if (r != null) {
                    return r;
                }
            }
        } else if (e instanceof Expr.Binary b) {
            Expr.Call r = panelCall(b.left());
            return r != null ? r : panelCall(b.right());
        } else if (e instanceof Expr.Unary u) {
            return panelCall(u.operand());
        } else if (e instanceof Expr.Paren pa) {
            return panelCall(pa.inner());
        }
        return null;
    }

    private String byPart() {
        List<String> parts = new ArrayList<>();
        if (naLhs > 0) {
            parts.add("LHS: " + naLhs);
        }
        if (naRhs > 0) {
            parts.add("RHS: " + naRhs);
        }
        if (naFe > 0) {
            parts.add("fixed effects: " + naFe);
        }
        if (naCluster > 0) {
            parts.add("cluster: " + naCluster);
        }
        if (naWeight > 0) {
            parts.add("weights: " + naWeight);
        }
        return String.join(", ", parts);
    }

    private void checkOutcome(double[] yAll, int[] kept) {
        String name = "'" + formula.getLhsName() + "'";
        if (model == Model.PPML) {
            int neg = 0;
            int first = -1;
            for (int i : kept) {
                if (yAll[i] < 0) {
                    if (neg++ == 0) {
                        first = i;
                    }
                }
            }
            if (neg > 0) {
                throw new EstimationException("negative values in " + name + " (" + neg + " row" + (neg == 1 ? "" : "s")
                        + ", first at row " + (first + 1) + ": " + yAll[first] + "); PPML needs an outcome ≥ 0");
            }
        } else if (model == Model.LOGIT || model == Model.PROBIT) {
            for (int i : kept) {
                if (yAll[i] < 0 || yAll[i] > 1) {
                    throw new EstimationException("the outcome of a " + model.key() + " must be 0/1 (found "
                            + fmt(yAll[i]) + " in " + name + " at row " + (i + 1) + ")");
                }
            }
        }
        if (model.isGlm()) {
            boolean allZero = true;
            boolean allOne = true;
            for (int i : kept) {
                allZero &= yAll[i] == 0;
                allOne &= yAll[i] == 1;
            }
            if (allZero) {
                throw new EstimationException("outcome " + name + " is all zero in the " + kept.length
                        + " observations with complete data; nothing to estimate");
            }
            if (allOne && model != Model.PPML) {
                throw new EstimationException("outcome " + name + " is all one in the " + kept.length
                        + " observations with complete data; nothing to estimate");
            }
        } else if (!formula.getFixedEffects().isEmpty()) {
            double y0 = yAll[kept[0]];
            boolean constant = true;
            for (int i : kept) {
                constant &= yAll[i] == y0;
            }
            if (constant) {
                throw new EstimationException("outcome " + name + " is constant (" + fmt(y0)
                        + ") and the fixed effects fit it perfectly; nothing to estimate");
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%g", v);
    }

    /**
     * Removes observations (indices into this sample), then repeats the perfect-fit removal; returns how many
     * observations went in total.
     */
    int dropObservations(int[] idx, boolean dropPerfectFit) {
        boolean[] gone = new boolean[y.length];
        for (int i : idx) {
            gone[i] = true;
        }
        int[] keep = new int[y.length - idx.length];
        int m = 0;
        for (int i = 0; i < y.length; i++) {
            if (!gone[i]) {
                keep[m++] = i;
            }
        }
        int before = y.length;
        int pfBefore = perfectFitObs;
        if (feCodes.length > 0 && dropPerfectFit) {
            List<Factor> fs = new ArrayList<>();
            for (int q = 0; q < feCodes.length; q++) {
                fs.add(new Factor(feNames.get(q), feCodes[q], feSizes[q]));
            }
            keep = perfectFit(y, feCodes, fs, keep);
            perfectFitObs += pfBefore;
        }
        int[] newRows = new int[keep.length];
        double[] ny = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            newRows[i] = rows[keep[i]];
            ny[i] = y[keep[i]];
        }
        for (int j = 0; j < x.length; j++) {
            double[] col = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                col[i] = x[j][keep[i]];
            }
            x[j] = col;
        }
        for (int q = 0; q < feCodes.length; q++) {
            Factor f = new Factor(feNames.get(q), feCodes[q], feSizes[q]).subset(keep);
            feRemoved[q] += feSizes[q] - f.levels();
            feCodes[q] = f.codes();
            feSizes[q] = f.levels();
        }
        for (int c = 0; c < clusterCodes.length; c++) {
            Factor f = new Factor(clusterNames.get(c), clusterCodes[c], clusterSizes[c]).subset(keep);
            clusterCodes[c] = f.codes();
            clusterSizes[c] = f.levels();
        }
        if (w != null) {
            double[] nw = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                nw[i] = w[keep[i]];
            }
            w = nw;
        }
        rows = newRows;
        y = ny;
        return before - keep.length;
    }

    /** Repeatedly removes singletons and (GLMs) all-0 / all-1 groups; returns the rows kept. */
    private int[] perfectFit(double[] yAll, int[][] codes, List<Factor> fes, int[] kept) {
        boolean zeros = model.isGlm();
        boolean ones = model == Model.LOGIT || model == Model.PROBIT;
        int start = kept.length;
        while (true) {
            boolean[] remove = new boolean[kept.length];
            boolean any = false;
            boolean[][] bad = new boolean[codes.length][];
            boolean anyBad = false;
            for (int q = 0; q < codes.length; q++) {
                int g = fes.get(q).levels();
                int[] count = new int[g];
                int[] n0 = new int[g];
                int[] n1 = new int[g];
                int[] c = codes[q];
                for (int i : kept) {
                    int gi = c[i];
                    count[gi]++;
                    double v = yAll[i];
                    if (v == 0) {
                        n0[gi]++;
                    } else if (v == 1) {
                        n1[gi]++;
                    }
                }
                boolean[] b = new boolean[g];
                for (int j = 0; j < g; j++) {
                    b[j] = count[j] == 1 || zeros && count[j] > 0 && n0[j] == count[j]
                            || ones && count[j] > 0 && n1[j] == count[j];
                    anyBad |= b[j];
                }
                bad[q] = b;
            }
            if (anyBad) {
                for (int r = 0; r < kept.length; r++) {
                    int i = kept[r];
                    for (int q = 0; q < codes.length; q++) {
                        if (bad[q][codes[q][i]]) {
                            remove[r] = true;
                            any = true;
                            break;
                        }
                    }
                }
            }
            if (!any) {
                break;
            }
            int m = 0;
            for (int r = 0; r < kept.length; r++) {
                if (!remove[r]) {
                    m++;
                }
            }
            int[] next = new int[m];
            m = 0;
            for (int r = 0; r < kept.length; r++) {
                if (!remove[r]) {
                    next[m++] = kept[r];
                }
            }
            kept = next;
            if (kept.length == 0) {
                throw new EstimationException("no observations left: every fixed-effect group is a singleton"
                        + (zeros ? " or has an outcome that is all 0" + (ones ? " or all 1" : "") : "")
                        + " (" + start + " observations removed)");
            }
        }
        perfectFitObs = start - kept.length;
        return kept;
    }
}
