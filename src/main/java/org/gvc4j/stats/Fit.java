package org.gvc4j.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.source.OutputFiles;
import org.gvc4j.stats.engine.FitData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted model: the coefficient table, the variance, observations used and removed, iterations and fit statistics.
 * Immutable. {@link #toTable()} gives {@code term, estimate, std_error, statistic, p_value, conf_low, conf_high}
 * (plus odds ratios or exp(b) − 1 effects when asked for), one row per estimated regressor in formula order. As in
 * fixest's coefficient table, a regressor dropped for collinearity has no row: it is named in {@link #getNotes()}
 * and {@link #getCollinearTerms()}, and {@link #getEstimates()} has NaN for it.
 */
public final class Fit {
    /** Column names of the coefficient table. */
    public static final String TERM = "term";
    public static final String ESTIMATE = "estimate";
    public static final String STD_ERROR = "std_error";
    public static final String STATISTIC = "statistic";
    public static final String P_VALUE = "p_value";
    public static final String CONF_LOW = "conf_low";
    public static final String CONF_HIGH = "conf_high";
    public static final String ODDS_RATIO = "odds_ratio";
    public static final String OR_CONF_LOW = "or_conf_low";
    public static final String OR_CONF_HIGH = "or_conf_high";
    public static final String EFFECT = "effect";
    public static final String EFFECT_CONF_LOW = "effect_conf_low";
    public static final String EFFECT_CONF_HIGH = "effect_conf_high";

    private final FitData d;
    private final boolean oddsRatios;
    private final boolean effects;

    private final List<String> notes;

    Fit(FitData d, boolean oddsRatios, boolean effects) {
        this.d = d;
        this.oddsRatios = oddsRatios;
        this.effects = effects;
        List<String> n = new ArrayList<>(d.notes());
        if (oddsRatios && d.model() == Model.LOGIT) {
            overflowNote(n, List.of(ODDS_RATIO, OR_CONF_LOW, OR_CONF_HIGH));
        }
        if (effects) {
            overflowNote(n, List.of(EFFECT, EFFECT_CONF_LOW, EFFECT_CONF_HIGH));
        }
        this.notes = List.copyOf(n);
    }

    /** Notes the exp columns whose value is too large for a double (left missing in the table). */
    private void overflowNote(List<String> out, List<String> columns) {
        double[][] from = {d.estimate(), d.confLow(), d.confHigh()};
        for (int c = 0; c < 3; c++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < d.terms().size(); j++) {
                if (!d.collinear()[j] && Double.isInfinite(Math.exp(from[c][j]))) {
                    terms.add(d.terms().get(j) + String.format(Locale.ROOT, " (exp(%.4g))", from[c][j]));
                }
            }
            if (!terms.isEmpty()) {
                out.add(columns.get(c) + " is missing for " + String.join(", ", terms) + ": too large for a double"
                        + (d.model() == Model.OLS ? "" : "; a huge coefficient or interval often means (quasi-)separation"));
            }
        }
    }

    /** The coefficient table (a new Tablesaw table each call). */
    public Table toTable() {
        return toTable(oddsRatios && (d.model() == Model.LOGIT), effects);
    }

    /** The coefficient table with or without the odds-ratio and exp(b) − 1 columns. */
    public Table toTable(boolean withOddsRatios, boolean withEffects) {
        Table t = Table.create(d.model().key() + ": " + d.formula());
        int[] keep = java.util.stream.IntStream.range(0, d.terms().size()).filter(j -> !d.collinear()[j]).toArray();
        List<String> terms = new ArrayList<>();
        for (int j : keep) {
            terms.add(d.terms().get(j));
        }
        t.addColumns(StringColumn.create(TERM, terms),
                DoubleColumn.create(ESTIMATE, pick(d.estimate(), keep)),
                DoubleColumn.create(STD_ERROR, pick(d.stdError(), keep)),
                DoubleColumn.create(STATISTIC, pick(d.statistic(), keep)),
                DoubleColumn.create(P_VALUE, pick(d.pValue(), keep)),
                DoubleColumn.create(CONF_LOW, pick(d.confLow(), keep)),
                DoubleColumn.create(CONF_HIGH, pick(d.confHigh(), keep)));
        if (withOddsRatios) {
            t.addColumns(DoubleColumn.create(ODDS_RATIO, exp(pick(d.estimate(), keep), 0)),
                    DoubleColumn.create(OR_CONF_LOW, exp(pick(d.confLow(), keep), 0)),
                    DoubleColumn.create(OR_CONF_HIGH, exp(pick(d.confHigh(), keep), 0)));
        }
        if (withEffects) {
            t.addColumns(DoubleColumn.create(EFFECT, exp(pick(d.estimate(), keep), 1)),
                    DoubleColumn.create(EFFECT_CONF_LOW, exp(pick(d.confLow(), keep), 1)),
                    DoubleColumn.create(EFFECT_CONF_HIGH, exp(pick(d.confHigh(), keep), 1)));
        }
        return t;
    }

    private static double[] pick(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }

    /** exp(v) (or exp(v) − 1); missing (NaN) where it is too large for a double: see {@link #getNotes()}. */
    private static double[] exp(double[] v, double minus) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double e = minus == 0 ? Math.exp(v[i]) : Math.expm1(v[i]);
            out[i] = Double.isInfinite(e) ? Double.NaN : e;
        }
        return out;
    }

    /**
     * Writes the coefficient table as CSV (shortest round-trip digits; a missing value, e.g. a standard error that is
     * not defined, is an empty cell), creating parent folders. All or nothing: the file appears only once complete.
     */
    @org.gvc4j.api.FileAccess
    public Path saveCsv(Path file) {
        Table t = toTable();
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", t.columnNames())).append('\n');
        for (int r = 0; r < t.rowCount(); r++) {
            sb.append(csvText(t.stringColumn(TERM).get(r)));
            for (int c = 1; c < t.columnCount(); c++) {
                sb.append(',').append(number(t.doubleColumn(c).getDouble(r)));
            }
            sb.append('\n');
        }
        return writeText(file, sb.toString());
    }

    /** Writes text atomically ({@link OutputFiles}), creating parent folders. */
    static Path writeText(Path file, String text) {
        OutputFiles.createParentFolders(file);
        OutputFiles.writeString(file, text);
        return file;
    }

    static String csvText(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A double as CSV text: the shortest representation that reads back exactly; empty for a missing value (NaN). */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalStateException("bug: an infinite value reached the coefficient table");
        }
        return Double.toString(v).replace('E', 'e');
    }

    public Model getModel() {
        return d.model();
    }

    /** The formula as parsed ({@code y ~ x1 + x2 | fe1 + fe2}). */
    public String getFormula() {
        return d.formula();
    }

    /** The regressor names, formula order ({@code (Intercept)} first when there are no fixed effects). */
    public List<String> getTerms() {
        return d.terms();
    }

    public double[] getEstimates() {
        return d.estimate().clone();
    }

    public double[] getStdErrors() {
        return d.stdError().clone();
    }

    public double[] getPValues() {
        return d.pValue().clone();
    }

    /** The estimate of one term (NaN if it was dropped as collinear). */
    public double estimate(String term) {
        return d.estimate()[index(term)];
    }

    public double stdError(String term) {
        return d.stdError()[index(term)];
    }

    public double pValue(String term) {
        return d.pValue()[index(term)];
    }

    private int index(String term) {
        int i = d.terms().indexOf(term);
        if (i < 0) {
            throw new EstimationException("no term '" + term + "' in the model; terms: " + String.join(", ", d.terms()));
        }
        return i;
    }

    /** The variance matrix of the non-collinear coefficients, in {@link #getVcovTerms()} order. */
    public double[][] getVcov() {
        double[][] v = d.vcov();
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].clone();
        }
        return out;
    }

    public List<String> getVcovTerms() {
        return d.vcovTerms();
    }

    /** Terms dropped because of collinearity, in formula order. */
    public List<String> getCollinearTerms() {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < d.terms().size(); j++) {
            if (d.collinear()[j]) {
                out.add(d.terms().get(j));
            }
        }
        return out;
    }

    public VcovType getVcovType() {
        return d.vcovType();
    }

    /** The cluster variables (empty unless clustered). */
    public List<String> getClusters() {
        return d.clusters();
    }

    /** The number of clusters of each cluster variable in the estimation sample. */
    public int[] getClusterSizes() {
        return d.clusterSizes().clone();
    }

    /** "IID", "Heteroskedasticity-robust", "Clustered (pair)", "Two-way (a & b)". */
    public String getVcovLabel() {
        switch (d.vcovType()) {
            case IID:
                return "IID";
            case HETERO:
                return "Heteroskedasticity-robust";
            default:
                return d.clusters().size() == 2 ? "Two-way (" + d.clusters().get(0) + " & " + d.clusters().get(1) + ")"
                        : "Clustered (" + String.join(", ", d.clusters()) + ")";
        }
    }

    /** Rows in the data. */
    public int getNobsData() {
        return d.nData();
    }

    /** Observations used. */
    public int getNobs() {
        return d.nObs();
    }

    /** Observations removed, all reasons. */
    public int getNobsRemoved() {
        return d.nData() - d.nObs();
    }

    /** Observations removed because of missing or non-finite values. */
    public int getNobsMissing() {
        return d.naRemoved();
    }

    /** Observations removed as fixed-effect singletons or in groups with an all-0 (all-1) outcome. */
    public int getNobsPerfectFit() {
        return d.perfectFitRemoved();
    }

    /** 1-based data rows of the observations used, in estimation order. */
    public int[] getRowsUsed() {
        int[] r = d.rows().clone();
        for (int i = 0; i < r.length; i++) {
            r[i]++;
        }
        return r;
    }

    /** The fitted values (μ̂ for GLMs), in the order of {@link #getRowsUsed()}. */
    public double[] getFitted() {
        return d.fitted().clone();
    }

    /**
     * IV: the first-stage F statistic of the excluded instruments for each endogenous regressor (fixest's
     * {@code ivf1}), in the order of the {@code fit_} terms; empty without IV.
     */
    public double[] getFirstStageF() {
        return d.firstStageF().clone();
    }

    /**
     * The fixed-effect coefficients (fixest's {@code fixef()}: link scale, fixest's references): columns
     * {@code fe, level, value}, one row per level of the estimation sample; empty without fixed effects. A combined
     * fixed effect's level joins its parts with '_' ({@code ARG_1986}).
     */
    public Table getFixedEffectValues() {
        org.gvc4j.stats.engine.FixefValues fv = d.fixef();
        StringColumn fe = StringColumn.create("fe");
        StringColumn level = StringColumn.create("level");
        DoubleColumn value = DoubleColumn.create("value");
        for (int q = 0; q < fv.names().size(); q++) {
            String[] lab = fv.labels().get(q);
            double[] v = fv.values().get(q);
            for (int l = 0; l < v.length; l++) {
                fe.append(fv.names().get(q));
                level.append(lab[l]);
                value.append(v[l]);
            }
        }
        return Table.create("fixed effects", fe, level, value);
    }

    /** The number of levels set to 0 as references by {@link #getFixedEffectValues()} (fixest's normalisation). */
    public int getFixedEffectReferences() {
        return d.fixef().references();
    }

    /** Writes {@link #getFixedEffectValues()} as CSV {@code fe,level,value}, atomically. */
    @org.gvc4j.api.FileAccess
    public Path saveFixedEffectsCsv(Path file) {
        if (d.fixedEffects().isEmpty()) {
            throw new EstimationException("--fixef-out: the model has no fixed effects");
        }
        Table t = getFixedEffectValues();
        StringBuilder sb = new StringBuilder("fe,level,value\n");
        for (int r = 0; r < t.rowCount(); r++) {
            sb.append(csvText(t.stringColumn(0).get(r))).append(',').append(csvText(t.stringColumn(1).get(r)))
                    .append(',').append(number(t.doubleColumn(2).getDouble(r))).append('\n');
        }
        return writeText(file, sb.toString());
    }

    /**
     * Predictions for new data (fixest's {@code predict(est, newdata)}) on the response scale: μ̂ for GLMs (exp(η) for
     * PPML, the probability for logit and probit), x'β̂ + Σ fixed effects for OLS. One value per row of
     * {@code newData}; NaN (Tablesaw's missing value) where a row cannot be predicted: see
     * {@link #prediction(Table, String)}.
     */
    public double[] predict(Table newData) {
        return prediction(newData, "response").values();
    }

    /** {@link #predict(Table)} with fixest's {@code type}: {@code "response"} (the default) or {@code "link"} (η). */
    public double[] predict(Table newData, String type) {
        return prediction(newData, type).values();
    }

    /**
     * Predictions with their notes. The new data need the columns of the formula's right-hand side (instruments too)
     * and of the fixed effects, not the outcome; the formula's transformations are applied to them ({@code log()},
     * interactions, {@code i()} / {@code factor()} with the estimation's levels and reference, {@code l()} / {@code f()}
     * / {@code d()} on the new data's own panel of the fit's panel columns). Each fixed effect adds the coefficient
     * of the row's level ({@link #getFixedEffectValues()}); a coefficient dropped for collinearity counts as 0. As in
     * fixest, a row gets a missing value (NaN; an empty cell in CSV) when a regressor is missing or not finite, when
     * its {@code i()} level was not in the estimation data, or when a fixed-effect level has no estimate (not in the
     * estimation sample); the notes count the rows by reason. The table holds the id columns (the fixed effects'
     * columns and the panel's, as in {@code newData}) and {@code fit}.
     */
    public Prediction prediction(Table newData, String type) {
        boolean link;
        if ("response".equals(type)) {
            link = false;
        } else if ("link".equals(type)) {
            link = true;
        } else {
            throw new EstimationException("predict(): type must be \"response\" or \"link\", got \""
                    + org.gvc4j.source.NumberSyntax.printable(String.valueOf(type)) + "\"");
        }
        if (newData == null) {
            throw new EstimationException("predict(): give the new data (a table)");
        }
        org.gvc4j.stats.engine.Predictor p = d.predictor();
        org.gvc4j.stats.engine.Predictor.Result r = p.predict(Datasets.of(newData), link, "predict() / --predict");
        List<String> ids = new ArrayList<>(p.fixedEffectColumns());
        if (p.panelColumns() != null) {
            for (String c : p.panelColumns()) {
                if (!ids.contains(c)) {
                    ids.add(c);
                }
            }
        }
        Table t = Table.create("predictions");
        for (String c : ids) {
            t.addColumns(newData.column(c).copy());
        }
        t.addColumns(DoubleColumn.create(PREDICTION, r.values()));
        return new Prediction(t, link ? "link" : "response", r.missing(), r.notes());
    }

    /** The column of the predictions in {@link Prediction#table()}. */
    public static final String PREDICTION = "fit";

    /**
     * Predictions for new data: {@code table} holds the id columns (fixed-effect and panel columns of the new data)
     * and {@code fit}; {@code missing} rows have no prediction, for the reasons in {@code notes}.
     */
    public record Prediction(Table table, String type, int missing, List<String> notes) {
        /** The predictions, one per row of the new data; NaN where missing. */
        public double[] values() {
            return table.doubleColumn(PREDICTION).asDoubleArray();
        }

        /**
         * Writes {@link #table()} as CSV (whole-number ids without a decimal point, other numbers in shortest
         * round-trip digits, a missing value as an empty cell), atomically, creating parent folders.
         */
        @org.gvc4j.api.FileAccess
        public Path saveCsv(Path file) {
            StringBuilder sb = new StringBuilder();
            List<String> head = new ArrayList<>();
            for (String c : table.columnNames()) {
                head.add(csvText(c));
            }
            sb.append(String.join(",", head)).append('\n');
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    tech.tablesaw.columns.Column<?> col = table.column(c);
                    if (col.isMissing(r)) {
                        continue;
                    }
                    if (col instanceof tech.tablesaw.api.NumericColumn<?> nc) {
                        double v = nc.getDouble(r);
                        // an id as the data write it (1990, not 1990.0); other numbers round-trip exactly
                        sb.append(c < table.columnCount() - 1 && v == Math.rint(v) && Math.abs(v) < 1e15
                                ? Long.toString((long) v) : number(v));
                    } else {
                        sb.append(csvText(col.getString(r)));
                    }
                }
                sb.append('\n');
            }
            return writeText(file, sb.toString());
        }
    }

    /**
     * fixest's {@code wald()}: the joint test that the named coefficients are all 0. stat = b'V⁻¹b / q with V the
     * fit's variance (its iid / HC1 / clustered type); df1 = q; df2 = the fit's t degrees of freedom (n − K, or
     * G_min − 1 when clustered), at least q + 1; p from F(df1, df2), for GLMs too. With one term stat = t².
     * Returns a one-row table {@code restriction, stat, df1, df2, p_value}.
     */
    public Table wald(String... terms) {
        if (terms.length == 0) {
            throw new EstimationException("wald(): name at least one term; terms: " + String.join(", ", getVcovTerms()));
        }
        List<String> vt = getVcovTerms();
        int q = terms.length;
        int[] idx = new int[q];
        for (int a = 0; a < q; a++) {
            idx[a] = vt.indexOf(terms[a]);
            if (idx[a] < 0) {
                throw new EstimationException("wald(): no estimated term '" + terms[a] + "'" + (d.terms().contains(
                        terms[a]) ? " (removed because of collinearity)" : "") + "; terms: " + String.join(", ", vt));
            }
        }
        double[][] v = new double[q][q];
        double[] b = new double[q];
        for (int a = 0; a < q; a++) {
            b[a] = estimate(terms[a]);
            for (int c = 0; c < q; c++) {
                v[a][c] = d.vcov()[idx[a]][idx[c]];
            }
        }
        double[] sol = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(v)).getSolver().solve(
                new org.apache.commons.math3.linear.ArrayRealVector(b)).toArray();
        double stat = 0;
        for (int a = 0; a < q; a++) {
            stat += b[a] * sol[a];
        }
        stat /= q;
        double df2 = Math.max(d.dfT(), q + 1);
        double p = 1 - new org.apache.commons.math3.distribution.FDistribution(null, q, df2).cumulativeProbability(stat);
        if (p < 1e-14) {
            // the upper tail directly, without cancellation: I_{df2/(df2 + q·stat)}(df2/2, q/2)
            p = org.apache.commons.math3.special.Beta.regularizedBeta(df2 / (df2 + q * stat), df2 / 2, q / 2.0);
        }
        Table t = Table.create("Wald test");
        t.addColumns(StringColumn.create("restriction", List.of(String.join(" = ", terms) + " = 0")),
                DoubleColumn.create("stat", new double[] {stat}), DoubleColumn.create("df1", new double[] {q}),
                DoubleColumn.create("df2", new double[] {df2}), DoubleColumn.create("p_value", new double[] {p}));
        return t;
    }

    public List<String> getFixedEffects() {
        return d.fixedEffects();
    }

    /** Levels of each fixed effect in the estimation sample. */
    public int[] getFixedEffectSizes() {
        return d.fixedEffectSizes().clone();
    }

    /** Levels of each fixed effect removed (singletons, all-0 / all-1 groups). */
    public int[] getFixedEffectRemoved() {
        return d.fixedEffectRemoved().clone();
    }

    /** fixest's {@code nparams}: k + Σ(G_q − 1) + 1 with fixed effects, k without. */
    public int getNParams() {
        return d.nParams();
    }

    /** The K of the small-sample factor (nested fixed effects not counted when clustering). */
    public int getSscK() {
        return d.sscK();
    }

    /** Degrees of freedom of the t distribution (∞ for GLMs, which use the normal). */
    public double getDfT() {
        return d.model().isGlm() ? Double.POSITIVE_INFINITY : d.dfT();
    }

    /** IRLS iterations (1 for OLS). */
    public int getIterations() {
        return d.iterations();
    }

    /** Demeaning iterations of the last pass per column (regressors, then the outcome); empty without FE. */
    public int[] getDemeaningIterations() {
        return d.demeaningIterations() == null ? new int[0] : d.demeaningIterations().clone();
    }

    public boolean isConverged() {
        return d.converged();
    }

    /** The last relative deviance change of the IRLS (0 for OLS). */
    public double getLastChange() {
        return d.lastChange();
    }

    /** Throws if the IRLS did not converge, with the iterations and the last change. */
    public Fit requireConverged() {
        if (!d.converged()) {
            throw new EstimationException(String.format(Locale.ROOT, "IRLS did not converge in %d iterations "
                    + "(last relative deviance change %.3g)", d.iterations(), d.lastChange()));
        }
        return this;
    }

    /** Notes: observations removed and why, collinear terms, convergence, values left missing and why. */
    public List<String> getNotes() {
        return notes;
    }

    public double getDeviance() {
        return d.model() == Model.OLS ? d.ssr() : d.deviance();
    }

    public double getLogLik() {
        return d.logLik();
    }

    /** GLMs: 1 − ll/ll_null (null = constant only). NaN for OLS. */
    public double getPseudoR2() {
        return definedOrNaN(d.model().isGlm() ? 1 - d.logLik() / d.nullLogLik() : Double.NaN);
    }

    /** OLS: 1 − SSR/TSS. GLMs: squared correlation of y and μ̂ is not this; NaN. */
    public double getR2() {
        return definedOrNaN(d.model() == Model.OLS ? 1 - d.ssr() / d.tss() : Double.NaN);
    }

    public double getAdjR2() {
        int n = d.nObs();
        return d.model() == Model.OLS && n - d.nParams() > 0
                ? definedOrNaN(1 - (d.ssr() / (n - d.nParams())) / (d.tss() / (n - 1))) : Double.NaN;
    }

    /** A statistic that is not a finite number (a zero denominator, no degrees of freedom) is missing: NaN. */
    private static double definedOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** OLS with fixed effects: 1 − SSR / Σỹ². */
    public double getWithinR2() {
        return definedOrNaN(d.model() == Model.OLS && !d.fixedEffects().isEmpty() ? 1 - d.ssr() / d.withinTss() : Double.NaN);
    }

    /**
     * The mean of the dependent variable (as the formula writes it, e.g. {@code log(trade)}) over the estimation
     * sample, weighted when the fit is weighted: fixest's {@code fitstat} "my".
     */
    public double getDepVarMean() {
        return definedOrNaN(d.yMean());
    }

    /** OLS: √(SSR/n). */
    public double getRmse() {
        return definedOrNaN(d.model() == Model.OLS ? Math.sqrt(d.ssr() / d.nObs()) : Double.NaN);
    }

    /** −2 ll + nparams · log n. */
    public double getBic() {
        return definedOrNaN(-2 * d.logLik() + d.nParams() * Math.log(d.nObs()));
    }

    /** The confidence level of the intervals. */
    public double getLevel() {
        return d.level();
    }

    /** A fixest-style summary. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String kind = switch (d.model()) {
            case OLS -> "OLS estimation";
            case LOGIT -> "GLM estimation, family = binomial(link = \"logit\")";
            case PROBIT -> "GLM estimation, family = binomial(link = \"probit\")";
            case PPML -> "Poisson estimation";
        };
        String nl = System.lineSeparator();
        sb.append(kind).append(", Dep. Var.: ").append(d.formula(), 0, d.formula().indexOf(" ~")).append(nl);
        sb.append("Observations: ").append(String.format(Locale.ROOT, "%,d", d.nObs())).append(nl);
        if (!d.fixedEffects().isEmpty()) {
            List<String> fe = new ArrayList<>();
            for (int q = 0; q < d.fixedEffects().size(); q++) {
                fe.add(d.fixedEffects().get(q) + ": " + String.format(Locale.ROOT, "%,d", d.fixedEffectSizes()[q]));
            }
            sb.append("Fixed-effects: ").append(String.join(",  ", fe)).append(nl);
        }
        sb.append("Standard-errors: ").append(getVcovLabel()).append(nl);
        boolean z = d.model().isGlm();
        String[] head = {"", "Estimate", "Std. Error", z ? "z value" : "t value", z ? "Pr(>|z|)" : "Pr(>|t|)", ""};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (int j = 0; j < d.terms().size(); j++) {
            rows.add(new String[] {d.terms().get(j), g(d.estimate()[j]), g(d.stdError()[j]), g(d.statistic()[j]),
                pv(d.pValue()[j]), stars(d.pValue()[j])});
        }
        int[] wd = new int[head.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                wd[c] = Math.max(wd[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String cell = r[c];
                line.append(c == 0 || c == r.length - 1 ? pad(cell, wd[c], false) : pad(cell, wd[c], true));
                if (c < r.length - 1) {
                    line.append(' ');
                }
            }
            sb.append(line.toString().stripTrailing()).append(nl);
        }
        sb.append("---").append(nl).append("Signif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1").append(nl);
        if (d.model() == Model.OLS) {
            sb.append(String.format(Locale.ROOT, "RMSE: %s   Adj. R2: %s", g(getRmse()), g(getAdjR2())));
            if (!d.fixedEffects().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "   Within R2: %s", g(getWithinR2())));
            }
            sb.append(nl);
        } else {
            sb.append(String.format(Locale.ROOT, "Log-Likelihood: %s   Adj. Pseudo R2: %s%n           BIC: %s     "
                    + "Pseudo R2: %s%n", g(d.logLik()), g(1 - (d.logLik() - d.nParams() + 1) / d.nullLogLik()),
                    g(getBic()), g(getPseudoR2())));
            sb.append("IRLS iterations: ").append(d.iterations()).append(d.converged() ? "" : " (NOT CONVERGED)").append(nl);
        }
        for (String note : notes) {
            sb.append("NOTE: ").append(note).append(nl);
        }
        return sb.toString();
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) {
            return s;
        }
        String sp = " ".repeat(w - s.length());
        return right ? sp + s : s + sp;
    }

    static String g(double v) {
        if (!Double.isFinite(v)) {
            return "NA";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String pv(double p) {
        if (Double.isNaN(p)) {
            return "NA";
        }
        return p < 2.2e-16 ? "< 2.2e-16" : String.format(Locale.ROOT, "%.6g", p);
    }

    /** R's summary stars: *** < 0.001, ** < 0.01, * < 0.05, . < 0.1. */
    static String stars(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
    }
}
