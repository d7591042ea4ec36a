package org.gvc4j.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.engine.Estimator;
import org.gvc4j.stats.engine.ModelFrame;
import org.gvc4j.stats.engine.Settings;
import org.gvc4j.stats.formula.Formula;

/**
 * Entry point of the econometrics layer: OLS, logit, probit and PPML with any number of absorbed fixed effects,
 * exact to R's fixest 0.14.2.
 *
 * <pre>{@code
 * Fit f = Estimate.ppml(data, "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit();
 * Table coefs = f.toTable();   // term, estimate, std_error, statistic, p_value, conf_low, conf_high
 * }</pre>
 *
 * An {@code Estimate} is immutable: every option returns a new one, so a specification can be kept and varied.
 * Defaults: iid standard errors (fixest ≥ 0.13), 95% intervals, demeaning tolerance 1e-10, IRLS tolerance 1e-10,
 * at most 100 IRLS iterations, GLM variance at the final estimates; {@link #withFixestDefaults()} switches to
 * fixest's defaults.
 */
public final class Estimate {
    private final Model model;
    private final ColumnSource data;
    private final Formula formula;
    private final VcovType vcov;
    private final List<String> clusters;
    private final Settings settings;
    private final boolean oddsRatios;
    private final boolean effects;
    private final boolean perfectFit;
    private final boolean separation;
    private final Extra extra;

    /** Options of issue 16: prior weights, the panel of l()/f()/d(), the split column. */
    private record Extra(String weights, String panelId, String panelTime, String split, boolean fsplit,
                         List<Formula> variants) {
        Extra with(String w, String id, String time, String sp, boolean full) {
            return new Extra(w, id, time, sp, full, variants);
        }
    }

    private Estimate(Model model, ColumnSource data, Formula formula, VcovType vcov, List<String> clusters,
                     Settings settings, boolean oddsRatios, boolean effects, boolean perfectFit, boolean separation,
                     Extra extra) {
        this.model = model;
        this.data = data;
        this.formula = formula;
        this.vcov = vcov;
        this.clusters = List.copyOf(clusters);
        this.settings = settings;
        this.oddsRatios = oddsRatios;
        this.effects = effects;
        this.perfectFit = perfectFit;
        this.separation = separation;
        this.extra = extra;
    }

    /** A model of the given kind on a Tablesaw table. The formula is parsed now: syntax errors surface here. */
    public static Estimate of(Model model, tech.tablesaw.api.Table data, String formula) {
        return of(model, Datasets.of(data), formula);
    }

    /** A model of the given kind on a CSV file. */
    public static Estimate of(Model model, Path csv, String formula) {
        return of(model, Datasets.of(csv), formula);
    }

    /** A model on any column source (e.g. {@link org.gvc4j.stats.data.ArraySource} for large panels). */
    public static Estimate of(Model model, ColumnSource data, String formula) {
        List<Formula> variants = new ArrayList<>();
        for (String text : org.gvc4j.stats.formula.Stepwise.expand(formula)) {
            variants.add(Formula.parse(text));
        }
        return new Estimate(model, data, variants.get(0), VcovType.IID, List.of(),
                Settings.defaults(VcovType.IID), false, false, true, false,
                new Extra(null, null, null, null, false, List.copyOf(variants)));
    }

    /** Least squares with absorbed fixed effects (fixest {@code feols}). */
    public static Estimate ols(tech.tablesaw.api.Table data, String formula) {
        return of(Model.OLS, data, formula);
    }

    /** Least squares on a CSV file. */
    public static Estimate ols(Path csv, String formula) {
        return of(Model.OLS, Datasets.of(csv), formula);
    }

    /** Least squares on a decomposition result's table. */
    public static Estimate ols(MeasureTable result, String formula) {
        return of(Model.OLS, Datasets.of(result), formula);
    }

    /** Binomial logit with absorbed fixed effects (fixest {@code feglm(family = binomial("logit"))}). */
    public static Estimate logit(tech.tablesaw.api.Table data, String formula) {
        return of(Model.LOGIT, data, formula);
    }

    public static Estimate logit(Path csv, String formula) {
        return of(Model.LOGIT, Datasets.of(csv), formula);
    }

    public static Estimate logit(MeasureTable result, String formula) {
        return of(Model.LOGIT, Datasets.of(result), formula);
    }

    /** Binomial probit with absorbed fixed effects. */
    public static Estimate probit(tech.tablesaw.api.Table data, String formula) {
        return of(Model.PROBIT, data, formula);
    }

    public static Estimate probit(Path csv, String formula) {
        return of(Model.PROBIT, Datasets.of(csv), formula);
    }

    public static Estimate probit(MeasureTable result, String formula) {
        return of(Model.PROBIT, Datasets.of(result), formula);
    }

    /** Poisson pseudo-maximum likelihood with absorbed fixed effects (fixest {@code fepois}, Stata ppmlhdfe). */
    public static Estimate ppml(tech.tablesaw.api.Table data, String formula) {
        return of(Model.PPML, data, formula);
    }

    public static Estimate ppml(Path csv, String formula) {
        return of(Model.PPML, Datasets.of(csv), formula);
    }

    public static Estimate ppml(MeasureTable result, String formula) {
        return of(Model.PPML, Datasets.of(result), formula);
    }

    private Estimate with(VcovType v, List<String> c, Settings s, boolean or, boolean eff, boolean pf) {
        return new Estimate(model, data, formula, v, c, s, or, eff, pf, separation, extra);
    }

    private Settings settingsFor(VcovType v) {
        return settings.with(v);
    }

    /**
     * Clustered standard errors by one or two variables (two-way: Cameron–Gelbach–Miller). A name may combine
     * columns, {@code "exporter^year"}. With no argument: by the first fixed effect.
     */
    public Estimate cluster(String... variables) {
        return with(VcovType.CLUSTER, clusterNames(variables), settingsFor(VcovType.CLUSTER), oddsRatios, effects,
                perfectFit);
    }

    /**
     * The cluster variables of {@code cluster("a,b")} or {@code cluster("a", "b")}: one or two names, none empty, no
     * repeat; {@code a^b} combines columns.
     */
    static List<String> clusterNames(String... variables) {
        List<String> c = new ArrayList<>();
        for (String v : variables) {
            for (String part : v.split(",", -1)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    throw new EstimationException("--cluster / cluster(): empty cluster variable name in \""
                            + org.gvc4j.source.NumberSyntax.printable(v) + "\"; give one or two column names, e.g. "
                            + "--cluster pair or --cluster exporter,importer");
                }
                for (String piece : name.split("\\^", -1)) {
                    if (piece.isBlank()) {
                        throw new EstimationException("--cluster / cluster(): \"" + org.gvc4j.source.NumberSyntax
                                .printable(name) + "\" has an empty part around '^'; combine columns as a^b");
                    }
                }
                if (c.contains(name)) {
                    throw new EstimationException("--cluster / cluster(): '" + name + "' is given twice");
                }
                c.add(name);
            }
        }
        if (c.size() > 2) {
            throw new EstimationException("--cluster / cluster(): " + c.size() + " cluster variables (" + String.join(", ",
                    c) + "); one-way or two-way clustering takes one or two");
        }
        return c;
    }

    /** Heteroskedasticity-robust (HC1) standard errors. */
    public Estimate hetero() {
        return with(VcovType.HETERO, List.of(), settingsFor(VcovType.HETERO), oddsRatios, effects, perfectFit);
    }

    /** Classical (iid) standard errors: the default. */
    public Estimate iid() {
        return with(VcovType.IID, List.of(), settingsFor(VcovType.IID), oddsRatios, effects, perfectFit);
    }

    /** The variance by type; for {@code CLUSTER} give the variables with {@link #cluster(String...)}. */
    public Estimate vcov(VcovType type) {
        return with(type, type == VcovType.CLUSTER ? clusters : List.of(), settingsFor(type), oddsRatios, effects,
                perfectFit);
    }

    /** Adds {@code odds_ratio, or_conf_low, or_conf_high} (exp of the estimate and interval) to the table. */
    public Estimate withOddsRatios() {
        return with(vcov, clusters, settings, true, effects, perfectFit);
    }

    /** Adds {@code effect, effect_conf_low, effect_conf_high} = exp(b) − 1 (a PPML coefficient as a relative change). */
    public Estimate withEffects() {
        return with(vcov, clusters, settings, oddsRatios, true, perfectFit);
    }

    /** Confidence level of the intervals (default 0.95). */
    public Estimate withLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new EstimationException("--level / withLevel(): the confidence level must be between 0 and 1 "
                    + "(e.g. 0.95), got " + level);
        }
        return with(vcov, clusters, settings.withLevel(level), oddsRatios, effects, perfectFit);
    }

    /** Convergence tolerances: demeaning (on fixed-effect coefficients) and IRLS (relative deviance change). */
    public Estimate withTolerance(double fixefTol, double glmTol) {
        checkTolerance("--fixef-tol / withTolerance(fixefTol, ..): the demeaning tolerance", fixefTol);
        checkTolerance("--glm-tol / withTolerance(.., glmTol): the IRLS tolerance", glmTol);
        return with(vcov, clusters, settings.withTolerance(fixefTol, glmTol), oddsRatios, effects, perfectFit);
    }

    /** Iteration caps: IRLS iterations and demeaning iterations per column. */
    public Estimate withMaxIterations(int glmMaxIter, int fixefMaxIter) {
        checkIterations("--glm-iter / withMaxIterations(glmMaxIter, ..): the IRLS iteration cap", glmMaxIter);
        checkIterations("withMaxIterations(.., fixefMaxIter): the demeaning iteration cap", fixefMaxIter);
        return with(vcov, clusters, settings.withMaxIter(glmMaxIter, fixefMaxIter), oddsRatios, effects, perfectFit);
    }

    /** Smallest tolerance accepted: below double precision a relative change cannot be measured. */
    public static final double MIN_TOLERANCE = 1e-16;
    /** Largest iteration cap accepted (IRLS or demeaning). */
    public static final int MAX_ITERATIONS = 100_000;

    private static void checkTolerance(String what, double tol) {
        if (!(tol >= MIN_TOLERANCE && tol < 1)) {
            throw new EstimationException(what + " must be at least 1e-16 and below 1 (e.g. 1e-10), got " + tol);
        }
    }

    private static void checkIterations(String what, int iter) {
        if (iter < 1 || iter > MAX_ITERATIONS) {
            throw new EstimationException(what + " must be a whole number from 1 to 100000, got " + iter);
        }
    }

    /** Threads for demeaning columns in parallel (default: all cores); results do not depend on it. */
    public Estimate withThreads(int threads) {
        return with(vcov, clusters, settings.withThreads(Math.max(1, threads)), oddsRatios, effects, perfectFit);
    }

    /**
     * How the engine runs this estimation (internal; for tests and benchmarks): {@code trace} prints the demeaning
     * iterations of each IRLS step to standard error, samples from {@code chunkedFrom} rows on are demeaned in row
     * ranges, {@code runs = false} never takes the run-length sweep. None of them changes a number. These were the
     * system properties {@code gvc4j.stats.debug}, {@code gvc4j.stats.chunkedFrom} and {@code gvc4j.stats.noRuns}
     * (issue 21 item 4): a setting of one call, not of the process.
     */
    Estimate withEngine(boolean trace, int chunkedFrom, boolean runs) {
        if (chunkedFrom < 1) {
            throw new EstimationException("withEngine(): chunkedFrom must be at least 1, got " + chunkedFrom);
        }
        return with(vcov, clusters, settings.withEngine(new Settings.Engine(trace, chunkedFrom, runs)), oddsRatios,
                effects, perfectFit);
    }

    /**
     * fixest 0.14.2's defaults: demeaning tolerance 1e-6, IRLS tolerance 1e-8, 25 IRLS iterations, and the GLM
     * variance from the weights of the last WLS. Reproduces fixest's printed numbers at its defaults.
     */
    public Estimate withFixestDefaults() {
        Settings s = settings.fixestDefaults();
        return with(vcov, clusters, s, oddsRatios, effects, perfectFit);
    }

    /**
     * fixest's {@code ssc(K.adj = FALSE)}: drops the (n−1)/(n−K) (clustered, GLM iid) and n/(n−K) (hetero) factors.
     * This is the convention of Stata's {@code ppml} and of R's {@code glm} + {@code sandwich::vcovCL}, so it
     * reproduces the standard errors printed in Yotov et al. (2016) for PPML.
     */
    public Estimate withoutKAdjustment() {
        return with(vcov, clusters, settings.withKAdj(false), oddsRatios, effects, perfectFit);
    }

    /** Keeps fixed-effect singletons and all-zero groups (fixest {@code fixef.rm = "none"}); changes n and the SEs. */
    public Estimate withoutPerfectFitRemoval() {
        return with(vcov, clusters, settings, oddsRatios, effects, false);
    }

    /**
     * PPML: runs ppmlhdfe's iterated-rectifier separation check first and drops the separated observations (then
     * collinear regressors are dropped as usual). Off by default, as in fixest: it changes n.
     */
    public Estimate withSeparationCheck() {
        if (model != Model.PPML) {
            throw new EstimationException("--separation / withSeparationCheck(): the separation check is implemented "
                    + "for PPML only, not for " + model.key());
        }
        return new Estimate(model, data, formula, vcov, clusters, settings, oddsRatios, effects, perfectFit, true, extra);
    }

    /**
     * Prior (observation) weights from a numeric column (fixest {@code weights = ~w}): rows with weight 0 are removed
     * before anything else, a missing weight drops its row, a negative weight is an error. OLS minimises Σ wᵢeᵢ²;
     * GLMs multiply the IRLS weights by wᵢ. n stays the number of rows used (never Σw).
     */
    public Estimate weights(String column) {
        if (column == null || column.isBlank()) {
            throw new EstimationException("--weights / weights(): give the name of a numeric column, e.g. --weights pop");
        }
        return new Estimate(model, data, formula, vcov, clusters, settings, oddsRatios, effects, perfectFit, separation,
                extra.with(column.strip(), extra.panelId(), extra.panelTime(), extra.split(), extra.fsplit()));
    }

    /**
     * Declares the panel for {@code l()}, {@code f()} and {@code d()} (fixest {@code panel.id = ~id + time}): the
     * individual column and a numeric time column; (id, time) must be unique.
     */
    public Estimate panel(String id, String time) {
        if (id == null || id.isBlank() || time == null || time.isBlank()) {
            throw new EstimationException("--panel / panel(): give the individual and the time column, e.g. "
                    + "--panel isocode,year");
        }
        return new Estimate(model, data, formula, vcov, clusters, settings, oddsRatios, effects, perfectFit, separation,
                extra.with(extra.weights(), id.strip(), time.strip(), extra.split(), extra.fsplit()));
    }

    /**
     * One estimation per distinct value of {@code column} (fixest {@code split = ~column}), in ascending order of the
     * value; {@link #fitAll()} returns them ({@code split} is a Groovy method of every object, hence the name). With {@code full = true} (fixest {@code fsplit}) the full sample comes first.
     */
    public Estimate splitBy(String column, boolean full) {
        if (column == null || column.isBlank()) {
            throw new EstimationException("--split / splitBy(): give the name of a column, e.g. --split year");
        }
        return new Estimate(model, data, formula, vcov, clusters, settings, oddsRatios, effects, perfectFit, separation,
                extra.with(extra.weights(), extra.panelId(), extra.panelTime(), column.strip(), full));
    }

    /** {@link #splitBy(String, boolean)} without the full sample. */
    public Estimate splitBy(String column) {
        return splitBy(column, false);
    }

    private ModelFrame.Options frameOptions(int[] subset) {
        return new ModelFrame.Options(extra.weights(), extra.panelId(), extra.panelTime(), subset);
    }

    public Model getModel() {
        return model;
    }

    public Formula getFormula() {
        return formula;
    }

    /**
     * The same model fitted separately on each group of {@code column} (e.g. income group, as in the report's
     * Fig. 7.14), in order of first appearance; rows where the column is missing are left out. For table data.
     */
    public java.util.Map<String, Fit> fitByGroup(String column) {
        if (!(data instanceof org.gvc4j.stats.data.TableSource ts)) {
            throw new EstimationException("fitByGroup needs table data (Estimate.ols(Table, ...) or a CSV file)");
        }
        tech.tablesaw.api.Table t = ts.table();
        if (!t.columnNames().contains(column)) {
            throw new EstimationException(org.gvc4j.stats.engine.Names.unknown(column, "groups", t.columnNames()));
        }
        tech.tablesaw.columns.Column<?> c = t.column(column);
        java.util.Map<String, java.util.List<Integer>> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (!c.isMissing(i)) {
                rows.computeIfAbsent(c.getString(i), key -> new java.util.ArrayList<>()).add(i);
            }
        }
        java.util.Map<String, Fit> out = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, java.util.List<Integer>> e : rows.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            tech.tablesaw.api.Table sub = t.rows(idx);
            sub.setName(t.name() + " [" + column + " = " + e.getKey() + "]");
            Estimate g = new Estimate(model, Datasets.of(sub), formula, vcov, clusters, settings, oddsRatios, effects,
                    perfectFit, separation, extra);
            out.put(e.getKey(), g.fit());
        }
        return out;
    }

    /** How many models {@link #fitAll()} estimates: formula variants (sw/csw) × samples (split). */
    public boolean isMultiple() {
        return extra.split() != null || extra.variants().size() > 1;
    }

    /**
     * Every model of a multiple estimation (fixest's order: sample outermost, then the fixed-effect set, then the
     * regressor set); a single model gives a list of one.
     */
    public Fits fitAll() {
        List<String> labels = new ArrayList<>();
        List<int[]> samples = new ArrayList<>();
        if (extra.split() == null) {
            samples.add(null);
            labels.add(null);
        } else {
            splitSamples(samples, labels);
        }
        List<Fit> fits = new ArrayList<>();
        List<String> sampleOf = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            for (Formula f : extra.variants()) {
                fits.add(fitOne(f, samples.get(s)));
                sampleOf.add(labels.get(s));
            }
        }
        return new Fits(fits, extra.split(), sampleOf);
    }

    /** The rows of each split sample, values ascending (numbers numerically); fsplit puts the full sample first. */
    private void splitSamples(List<int[]> samples, List<String> labels) {
        String col = extra.split();
        String opt = extra.fsplit() ? "--fsplit / splitBy(.., true)" : "--split / splitBy()";
        if (!data.has(col)) {
            throw new EstimationException(opt + ": " + org.gvc4j.stats.engine.Names.unknown(col, "split",
                    data.columnNames()));
        }
        int n = data.rowCount();
        java.util.Map<Object, List<Integer>> groups;
        if (data.kind(col) == org.gvc4j.stats.data.ColumnSource.Kind.NUMERIC) {
            groups = new java.util.TreeMap<>();
            double[] v = data.numeric(col);
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(v[i])) {
                    groups.computeIfAbsent(v[i], k -> new ArrayList<>()).add(i);
                }
            }
        } else {
            java.text.Collator coll = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
            groups = new java.util.TreeMap<>((a, b) -> {
                int c = coll.compare((String) a, (String) b);
                return c != 0 ? c : ((String) a).compareTo((String) b);
            });
            for (int i = 0; i < n; i++) {
                String v = data.cell(col, i);
                if (v != null && !v.isEmpty()) {
                    groups.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
                }
            }
        }
        if (groups.isEmpty()) {
            throw new EstimationException(opt + ": column '" + col + "' has no values");
        }
        if (groups.size() > MAX_SPLIT) {
            throw new EstimationException(opt + ": column '" + col + "' has " + groups.size() + " distinct values; "
                    + "at most " + MAX_SPLIT + " samples are estimated");
        }
        if (extra.fsplit()) {
            samples.add(null);
            labels.add("Full sample");
        }
        for (java.util.Map.Entry<Object, List<Integer>> e : groups.entrySet()) {
            samples.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            labels.add(e.getKey() instanceof Double d ? org.gvc4j.stats.formula.Deparse.number(d) : (String) e.getKey());
        }
    }

    /** Most samples a split may make. */
    public static final int MAX_SPLIT = 10_000;

    /** Runs the estimation. Non-convergence does not throw: the fit says {@code isConverged() == false}. */
    public Fit fit() {
        if (isMultiple()) {
            throw new EstimationException("the formula or --split makes " + (extra.split() != null ? "one model per "
                    + "sample of '" + extra.split() + "'" : extra.variants().size() + " models (sw/csw)")
                    + ": use fitAll()");
        }
        return fitOne(formula, null);
    }

    private Fit fitOne(Formula formula, int[] subset) {
        List<String> cl = clusters;
        if (vcov == VcovType.CLUSTER && cl.isEmpty()) {
            if (formula.getFixedEffects().isEmpty()) {
                throw new EstimationException("clustered standard errors need a cluster variable (cluster(\"VAR\") "
                        + "or --cluster VAR); the model has no fixed effect to cluster by");
            }
            cl = List.of(formula.getFixedEffects().get(0).name());
        }
        ModelFrame mf = ModelFrame.build(data, formula, model, cl, perfectFit, frameOptions(subset));
        if (separation) {
            Estimator.dropSeparated(mf, settings, perfectFit);
        }
        return new Fit(Estimator.fit(mf, settings), oddsRatios, effects);
    }
}
