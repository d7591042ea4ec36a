package org.gvc4j.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.NumberSyntax;
import org.gvc4j.source.OutputFiles;
import org.gvc4j.stats.Datasets;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.EstimationException;
import org.gvc4j.stats.Fit;
import org.gvc4j.stats.Model;
import org.gvc4j.stats.VcovType;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.SyntheticGravity;
import org.gvc4j.stats.RegressionTable;
import org.gvc4j.stats.data.TableSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gvc estimate}: OLS, logit, probit or PPML with absorbed fixed effects, exact to fixest 0.14.2. Writes the
 * coefficient table ({@code term,estimate,std_error,statistic,p_value,conf_low,conf_high}, logit adds
 * {@code odds_ratio,or_conf_low,or_conf_high}) to {@code --out} and prints a summary. A stable contract for other
 * tools: columns, term names (as R deparses them) and exit codes: 0 success; 2 bad input (data file, formula or an
 * option the user must change), with a one-line message naming the file, row, column or option; 1 any other failure
 * (e.g. the output cannot be written). A missing value (a term without a standard error) is an empty cell.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimate OLS, logit, probit or PPML with absorbed fixed effects (fixest syntax).",
            "Example: gvc estimate --data d.csv --model ppml --formula \"trade ~ rta | exporter^year + importer^year + pair\" "
                + "--cluster pair --out coefs.csv"},
        subcommands = {EstimateCommand.Bench.class})
final class EstimateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "The data: CSV with a header row (NA/empty = missing).")
    Path data;

    @Option(names = "--model", paramLabel = "MODEL", description = "ols, logit, probit or ppml.")
    String model;

    @Option(names = "--formula", paramLabel = "FORMULA", description = "y ~ x1 + log(x2) + a:b | fe1 + fe2^fe3")
    String formula;

    @Option(names = "--vcov", paramLabel = "TYPE", description = "iid (default), hetero or cluster.")
    String vcov;

    @Option(names = "--cluster", paramLabel = "VAR[,VAR2]", description = "Cluster variable(s); implies --vcov cluster. "
            + "Without it, --vcov cluster clusters by the first fixed effect.")
    String cluster;

    @Option(names = "--weights", paramLabel = "VAR", description = "Prior (observation) weights: a numeric column "
            + "(rows with weight 0 are removed; negative weights are an error).")
    String weights;

    @Option(names = "--panel", paramLabel = "ID,TIME", description = "The panel of l(), f() and d(): individual and "
            + "time columns, e.g. --panel isocode,year.")
    String panel;

    @Option(names = "--split", paramLabel = "VAR", description = "One estimation per distinct value of VAR (ascending); "
            + "--out gains a first column 'model'.")
    String split;

    @Option(names = "--fsplit", paramLabel = "VAR", description = "As --split, with the full sample first.")
    String fsplit;

    @Option(names = "--fixef-out", paramLabel = "FILE.csv", description = "Also write the fixed-effect coefficients "
            + "(fixest's fixef(): fe,level,value).")
    Path fixefOut;

    @Option(names = "--predict", paramLabel = "NEWDATA.csv", description = "Predict the rows of this CSV (fixest's "
            + "predict(est, newdata)): x'b plus the estimated fixed effects of each row's levels; needs --predict-out.")
    Path predict;

    @Option(names = "--predict-out", paramLabel = "FILE.csv", description = "Where to write the predictions: the new "
            + "data's fixed-effect and panel columns, then fit (empty where a level, factor value or regressor is unknown).")
    Path predictOut;

    @Option(names = "--predict-type", paramLabel = "TYPE", description = "response (default: mu for GLMs) or link (eta).")
    String predictType;

    @Option(names = "--out", paramLabel = "OUT.csv", description = "Where to write the coefficient table.")
    Path out;

    @Option(names = "--table", paramLabel = "FILE", description = "Also write a publication table (fixest's etable; "
            + "one column per model): .txt .md .tex .html .csv .tsv or .xlsx by the extension, with provenance.")
    Path table;

    @Option(names = "--dict", paramLabel = "NAME=LABEL", description = "--table: show LABEL for a term, fixed effect or "
            + "dependent variable (fixest's dict); repeatable.")
    Map<String, String> dict;

    @Option(names = "--keep", paramLabel = "PATTERN", description = "--table: show only the terms whose name equals "
            + "PATTERN or contains a match of it as a regular expression; repeatable.")
    List<String> keep;

    @Option(names = "--drop", paramLabel = "PATTERN", description = "--table: hide the terms matched as by --keep; "
            + "repeatable.")
    List<String> drop;

    @Option(names = "--notes", paramLabel = "TEXT", description = "--table: a line below the significance legend; "
            + "repeatable.")
    List<String> notes;

    @Option(names = "--mean-depvar", description = "--table: add a 'Mean of dep. var.' row.")
    boolean meanDepvar;

    @Option(names = "--percent-effects", description = "--table: add 100*(exp(b)-1) in brackets below the standard "
            + "errors of PPML and log(y) OLS models.")
    boolean percentEffects;

    @Option(names = "--odds-ratios", description = "Add odds-ratio columns (always on for logit).")
    boolean oddsRatios;

    @Option(names = "--effects", description = "Add exp(b) - 1 columns (effect, effect_conf_low, effect_conf_high).")
    boolean effects;

    @Option(names = "--separation", description = "PPML: detect separated observations (ppmlhdfe's check) and drop them.")
    boolean separation;

    @Option(names = "--level", defaultValue = "0.95", converter = Decimal.class,
            description = "Confidence level, between 0 and 1 (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--fixest-defaults", description = "fixest's default tolerances and last-WLS GLM variance.")
    boolean fixestDefaults;

    @Option(names = "--glm-iter", paramLabel = "N", converter = Whole.class,
            description = "IRLS iteration cap, 1 to 100000 (default 100).")
    Integer glmIter;

    @Option(names = "--glm-tol", paramLabel = "TOL", converter = Decimal.class,
            description = "IRLS tolerance on the relative deviance change, 1e-16 to below 1 (default 1e-10).")
    Double glmTol;

    @Option(names = "--fixef-tol", paramLabel = "TOL", converter = Decimal.class,
            description = "Demeaning tolerance, 1e-16 to below 1 (default 1e-10).")
    Double fixefTol;

    @Option(names = "--threads", paramLabel = "N", converter = Whole.class,
            description = "Threads for this estimation, 1 to 1024 (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "Do not print the summary.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** Numbers in options: {@link NumberSyntax} only (no {@code 12d}, {@code 0x1p3}, {@code NaN}, {@code Infinity}). */
    static final class Decimal implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return NumberSyntax.parse(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Whole numbers in options: optional sign and decimal digits only (no {@code 0x10}, {@code 010} as octal, {@code 1e3}). */
    static final class Whole implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.strip();
            if (!v.matches("[+-]?[0-9]{1,9}")) {
                throw new TypeConversionException("\"" + NumberSyntax.printable(value) + "\" is not a whole number "
                        + "(digits only, at most 9)");
            }
            return Integer.parseInt(v);
        }
    }

    /** Exit code of bad input: data, formula or options the user must change. */
    static final int BAD_INPUT = 2;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return estimate();
        } catch (GvcException e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("gvc: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
    }

    private int estimate() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> missing = new ArrayList<>();
        if (data == null) {
            missing.add("--data");
        }
        if (model == null) {
            missing.add("--model");
        }
        if (formula == null) {
            missing.add("--formula");
        }
        if (!missing.isEmpty()) {
            throw new EstimationException("missing " + String.join(", ", missing)
                    + " (gvc estimate --data FILE.csv --model ols|logit|ppml --formula \"y ~ x | fe\" --out OUT.csv)");
        }
        Model m = Model.parse(model);
        if (out != null) {
            checkOut(out, data);
        }
        checkTableOptions();
        Estimate e = Estimate.of(m, Datasets.readCsv(data), formula).withLevel(level);
        e = applyExtended(e);
        if (threads != null) {
            if (threads < 1 || threads > 1024) {
                throw new EstimationException("--threads: give a number from 1 to 1024 (got " + threads + ")");
            }
            e = e.withThreads(threads);
        }
        if (cluster != null) {
            if (vcov != null && VcovType.parse(vcov) != VcovType.CLUSTER) {
                throw new EstimationException("--cluster " + cluster + " conflicts with --vcov " + vcov);
            }
            e = e.cluster(cluster);
        } else if (vcov != null && vcov.trim().equalsIgnoreCase("twoway")) {
            // fixest's vcov = "twoway": by the first two fixed effects
            var fes = e.getFormula().getFixedEffects();
            if (fes.size() < 2) {
                throw new EstimationException("--vcov twoway clusters by the first two fixed effects, but the formula has "
                        + fes.size() + "; give --cluster VAR1,VAR2");
            }
            e = e.cluster(fes.get(0).name(), fes.get(1).name());
        } else if (vcov != null) {
            e = e.vcov(VcovType.parse(vcov));
        }
        if (m == Model.LOGIT || oddsRatios) {
            e = e.withOddsRatios();
        }
        if (effects) {
            e = e.withEffects();
        }
        if (separation) {
            e = e.withSeparationCheck();
        }
        if (fixestDefaults) {
            e = e.withFixestDefaults();
        }
        if (glmTol != null || fixefTol != null) {
            e = e.withTolerance(fixefTol != null ? fixefTol : fixestDefaults ? 1e-6 : 1e-10,
                    glmTol != null ? glmTol : fixestDefaults ? 1e-8 : 1e-10);
        }
        if (glmIter != null) {
            e = e.withMaxIterations(glmIter, 10_000);
        }
        if (fixefOut != null) {
            if (e.getFormula().getFixedEffects().isEmpty() && !e.isMultiple()) {
                throw new EstimationException("--fixef-out: the formula has no fixed effects ('y ~ x | fe')");
            }
            if (e.isMultiple()) {
                throw new EstimationException("--fixef-out: several models (sw()/csw()/--split); write the fixed "
                        + "effects of one model at a time");
            }
            checkOut(fixefOut, data);
            if (out != null && fixefOut.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new EstimationException("--fixef-out " + fixefOut + " is the same file as --out");
            }
        }
        tech.tablesaw.api.Table newData = checkPredict(e);
        if (e.isMultiple()) {
            org.gvc4j.stats.Fits fits = e.fitAll();
            if (!quiet) {
                o.print(fits);
            }
            for (int i = 1; i <= fits.size(); i++) {
                Fit f = fits.get(i);
                if (!f.isConverged()) {
                    err.println("gvc: warning: model " + i + ": " + String.format(Locale.ROOT, "IRLS did not converge "
                            + "in %d iterations (last relative deviance change %.3g); results written but not reliable",
                            f.getIterations(), f.getLastChange()));
                }
            }
            RegressionTable rt = table == null ? null : publicationTable(fits.toRegressionTable());
            if (out != null) {
                fits.saveCsv(out);
                if (!quiet) {
                    o.println("coefficients of " + fits.size() + " models written to " + out);
                }
            }
            if (rt != null) {
                rt.save(table);
                if (!quiet) {
                    o.println("table of " + fits.size() + " models written to " + table);
                }
            }
            o.flush();
            err.flush();
            return 0;
        }
        Fit fit = e.fit();
        if (!quiet) {
            o.print(fit);
        }
        if (!fit.isConverged()) {
            err.println("gvc: warning: " + String.format(Locale.ROOT, "IRLS did not converge in %d iterations "
                    + "(last relative deviance change %.3g); results written but not reliable",
                    fit.getIterations(), fit.getLastChange()));
        }
        RegressionTable rt = table == null ? null : publicationTable(RegressionTable.of(fit));
        Fit.Prediction pred = newData == null ? null : fit.prediction(newData, predictType == null ? "response"
                : predictType.strip());
        if (fixefOut != null) {
            fit.saveFixedEffectsCsv(fixefOut);
            if (!quiet) {
                o.println("fixed effects written to " + fixefOut);
            }
        }
        if (out != null) {
            fit.saveCsv(out);
            if (!quiet) {
                o.println("coefficients written to " + out);
            }
        }
        if (rt != null) {
            rt.save(table);
            if (!quiet) {
                o.println("table written to " + table);
            }
        }
        if (pred != null) {
            pred.saveCsv(predictOut);
            for (String note : pred.notes()) {
                err.println("gvc: note: --predict: " + note);
            }
            if (!quiet) {
                o.println(String.format(Locale.ROOT, "%,d predictions (%s) written to %s", pred.table().rowCount()
                        - pred.missing(), pred.type(), predictOut));
            }
        }
        o.flush();
        err.flush();
        return 0;
    }

    /**
     * The --predict options, checked before the estimation runs: both files given, one model, the type known, the
     * output distinct from every other file. Returns the new data (read now, so that a bad file fails early), or null.
     */
    private tech.tablesaw.api.Table checkPredict(Estimate e) {
        if (predict == null) {
            if (predictOut != null || predictType != null) {
                throw new EstimationException((predictOut != null ? "--predict-out" : "--predict-type")
                        + " needs --predict NEWDATA.csv (the rows to predict)");
            }
            return null;
        }
        if (predictOut == null) {
            throw new EstimationException("--predict " + predict + ": give --predict-out FILE.csv for the predictions");
        }
        if (predictType != null && !List.of("response", "link").contains(predictType.strip())) {
            throw new EstimationException("--predict-type: response (the default) or link, got \""
                    + org.gvc4j.source.NumberSyntax.printable(predictType) + "\"");
        }
        if (e.isMultiple()) {
            throw new EstimationException("--predict: several models (sw()/csw()/--split); predict from one model at "
                    + "a time");
        }
        checkOut(predictOut, data, "--predict-out", "the predictions", "pred.csv");
        for (Path other : new Path[] {predict, out, fixefOut, table}) {
            if (other != null && predictOut.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
                throw new EstimationException("--predict-out " + predictOut + " is the same file as " + (other == predict
                        ? "--predict" : other == out ? "--out" : other == fixefOut ? "--fixef-out" : "--table"));
            }
        }
        tech.tablesaw.api.Table t = Datasets.readCsv(predict);
        t.setName(predict.getFileName().toString());
        return t;
    }

    /** Table formats by extension (RegressionTable.save). */
    private static final List<String> TABLE_FORMATS = List.of("txt", "md", "markdown", "tex", "html", "htm", "csv", "tsv",
            "xlsx");

    /** The --table options, checked before the estimation runs, each error naming its option. */
    private void checkTableOptions() {
        boolean any = dict != null || keep != null || drop != null || notes != null || meanDepvar || percentEffects;
        if (table == null) {
            if (any) {
                String opt = dict != null ? "--dict" : keep != null ? "--keep" : drop != null ? "--drop"
                        : notes != null ? "--notes" : meanDepvar ? "--mean-depvar" : "--percent-effects";
                throw new EstimationException(opt + " shapes the publication table: give --table FILE (.txt .md .tex "
                        + ".html .csv .tsv .xlsx)");
            }
            return;
        }
        String name = table.getFileName() == null ? "" : table.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (!TABLE_FORMATS.contains(ext)) {
            throw new EstimationException("--table " + table + ": " + (ext.isEmpty() ? "the name has no extension"
                    : "\"." + ext + "\" is not a table format") + "; the extension chooses the format: .txt, .md, .tex, "
                    + ".html, .csv, .tsv or .xlsx");
        }
        if (Files.isDirectory(table)) {
            throw new EstimationException("--table " + table + " is a folder; give a file name, e.g. --table "
                    + table.resolve("table.tex"));
        }
        for (Path other : new Path[] {data, out, fixefOut}) {
            if (other != null && table.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
                throw new EstimationException("--table " + table + " is the same file as " + (other == data ? "--data"
                        : other == out ? "--out" : "--fixef-out"));
            }
        }
        if (dict != null) {
            for (Map.Entry<String, String> en : dict.entrySet()) {
                if (en.getKey().isBlank()) {
                    throw new EstimationException("--dict: give NAME=LABEL, e.g. --dict \"log(dist)=Log distance\" (got "
                            + "an empty name)");
                }
            }
        }
    }

    /** The table with the --dict, --keep, --drop, --notes, --mean-depvar and --percent-effects options. */
    private RegressionTable publicationTable(RegressionTable t) {
        try {
            if (dict != null) {
                t = t.withLabels(dict);
            }
            if (keep != null) {
                t = t.keep(keep.toArray(String[]::new));
            }
            if (drop != null) {
                t = t.drop(drop.toArray(String[]::new));
            }
        } catch (EstimationException ex) {
            throw new EstimationException("--" + ex.getMessage());
        }
        if (notes != null) {
            t = t.withNotes(notes.toArray(String[]::new));
        }
        if (meanDepvar) {
            t = t.withDepVarMean();
        }
        if (percentEffects) {
            t = t.withPercentEffects();
        }
        return t;
    }

    /** --weights, --panel, --split / --fsplit: each checked here, with a one-line error naming the option. */
    private Estimate applyExtended(Estimate e) {
        if (weights != null) {
            if (weights.isBlank() || weights.contains(",")) {
                throw new EstimationException("--weights: give one numeric column, e.g. --weights pop (got \""
                        + NumberSyntax.printable(weights) + "\")");
            }
            e = e.weights(weights);
        }
        if (panel != null) {
            String[] parts = panel.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new EstimationException("--panel: give the individual and the time column separated by a comma, "
                        + "e.g. --panel isocode,year (got \"" + NumberSyntax.printable(panel) + "\")");
            }
            e = e.panel(parts[0], parts[1]);
        }
        if (split != null && fsplit != null) {
            throw new EstimationException("--split and --fsplit: give one of them");
        }
        String sp = split != null ? split : fsplit;
        if (sp != null) {
            if (sp.isBlank() || sp.contains(",")) {
                throw new EstimationException((split != null ? "--split" : "--fsplit") + ": give one column, e.g. "
                        + "--split year (got \"" + NumberSyntax.printable(sp) + "\")");
            }
            e = e.splitBy(sp, fsplit != null);
        }
        return e;
    }

    /**
     * Refuses an {@code --out} that cannot be a file before the estimation runs: empty, an existing folder, the data
     * file itself, a folder that is a file, or a name whose extension is another format (the coefficient table is
     * always CSV; CSV text in a file named {@code .xlsx} would not open).
     */
    /** Extensions of formats other than CSV that {@code --out} refuses. */
    private static final List<String> OTHER_FORMATS = List.of("xlsx", "xls", "tsv", "md", "markdown", "tex", "html",
            "htm", "json");

    static void checkOut(Path out, Path data) {
        checkOut(out, data, "--out", "the coefficient table", "coefs.csv");
    }

    /** Checks an output file of {@code option} ({@code what} is written there as CSV). */
    static void checkOut(Path out, Path data, String option, String what, String example) {
        String text = out.toString();
        if (text.isBlank() || out.getFileName() == null) {
            throw new EstimationException(option + ": give a file name for " + what + ", e.g. " + option + " " + example);
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : OTHER_FORMATS) {
            if (name.endsWith("." + ext)) {
                throw new EstimationException(option + " " + out + ": " + what + " is written as CSV, not ." + ext
                        + "; give a .csv name (a RegressionTable's save(..) writes .xlsx, .md, .tex and .html)");
            }
        }
        if (Files.isDirectory(out)) {
            throw new EstimationException(option + " " + out + " is a folder; give a file name, e.g. " + option + " " + out.resolve(
                    example));
        }
        try {
            if (Files.exists(out) && Files.exists(data) && Files.isSameFile(out, data)) {
                throw new EstimationException(option + " " + out + " is the data file; write " + (option.equals("--out")
                        ? "the coefficients" : what) + " elsewhere");
            }
        } catch (java.io.IOException ex) {
            // not the same file as far as we can tell; the write reports its own errors
        }
        Path parent = out.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new EstimationException(option + " " + out + ": " + p + " is a file, not a folder");
                }
                break;
            }
        }
    }

    /** {@code gvc estimate bench}: fit times next to fixest's on this machine. */
    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Time the public stats cases and synthetic gravity panels (PPML, 3 FE; OLS, 2 FE).")
    static final class Bench implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--cases", paramLabel = "DIR", description = "Folder of stats cases (default ../shared/reference/stats if present).")
        Path cases;

        @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1e5,1e6",
                description = "Synthetic panel sizes (default ${DEFAULT-VALUE}; add 1e7 for the large one).")
        List<String> sizes;

        @Option(names = "--repeat", defaultValue = "5", converter = Whole.class,
                description = "Fits per case, 1 to 1000; the best and median are reported.")
        int repeat;

        @Option(names = "--threads", defaultValue = "0", converter = Whole.class,
                description = "Threads, 0 to 1024 (0 = all cores).")
        int threads;

        @Option(names = "--fixest-defaults", description = "Also time every case at fixest's default tolerances "
                + "(fixef.tol 1e-6, glm.tol 1e-8), to compare with fixest's default column.")
        boolean fixestDefaults;

        @Option(names = "--skip-cases", description = "Only the synthetic panels.")
        boolean skipCases;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows as CSV.")
        Path csv;

        private final List<String> rows = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (repeat < 1 || repeat > 1000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--repeat': must be from 1 to 1000, got " + repeat);
            }
            if (threads < 0 || threads > 1024) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--threads': must be from 0 to 1024, got " + threads);
            }
            List<Long> panelSizes = new ArrayList<>();
            for (String sz : sizes) {
                double v;
                try {
                    v = NumberSyntax.parse(sz);
                } catch (NumberFormatException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "Invalid value for option '--sizes': " + e.getMessage());
                }
                if (!(v >= 1000 && v <= 1e8) || v != Math.rint(v)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "Invalid value for option '--sizes': a panel size must be a whole number from 1e3 to 1e8, got "
                                    + NumberSyntax.printable(sz));
                }
                panelSizes.add((long) v);
            }
            PrintWriter o = spec.commandLine().getOut();
            int th = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            o.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB; threads %d; median/best of %d fits after ~2 s "
                    + "of warm-up fits (the first fit of each case, cold JIT, reported separately)%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, th, repeat);
            o.printf(Locale.ROOT, "%-44s %10s %6s %9s %9s %9s %8s%n", "case", "n", "iter", "cold s", "median s",
                    "best s", "heap MB");
            rows.add("case,n,iterations,cold_s,median_s,best_s,peak_heap_mb");
            Path dir = cases != null ? cases : Path.of("../shared/reference/stats");
            if (!skipCases && Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    for (Path c : s.filter(p -> Files.isRegularFile(p.resolve("spec.txt"))).sorted().toList()) {
                        List<String> sp = shellWords(Files.readString(c.resolve("spec.txt")).trim());
                        Estimate e = Estimate.of(Model.parse(opt(sp, "--model")),
                                new TableSource(Datasets.readCsv(c.resolve("data.csv"))), opt(sp, "--formula"));
                        if (opt(sp, "--weights") != null) {
                            e = e.weights(opt(sp, "--weights"));
                        }
                        if (opt(sp, "--panel") != null) {
                            String[] pp = opt(sp, "--panel").split(",");
                            e = e.panel(pp[0], pp.length > 1 ? pp[1] : "");
                        }
                        if (opt(sp, "--split") != null) {
                            e = e.splitBy(opt(sp, "--split"));
                        }
                        String cl = opt(sp, "--cluster");
                        if (cl != null) {
                            e = e.cluster(cl.split(","));
                        } else if (opt(sp, "--vcov") != null) {
                            e = e.vcov(VcovType.parse(opt(sp, "--vcov")));
                        }
                        time(o, c.getFileName().toString(), e.withThreads(th));
                        if (fixestDefaults) {
                            time(o, c.getFileName() + " (fixest tol)", e.withThreads(th).withFixestDefaults());
                        }
                    }
                }
            }
            for (int si = 0; si < sizes.size(); si++) {
                String sz = sizes.get(si);
                long n = panelSizes.get(si);
                ColumnSource src = SyntheticGravity.ofSize(n, 42);
                Estimate p = Estimate.of(Model.PPML, src, "trade ~ rta + tariff | exporter^year + importer^year + pair")
                        .withThreads(th);
                Estimate l = Estimate.of(Model.OLS, src, "y ~ ldist + rta + tariff | exporter^year + importer^year")
                        .withThreads(th);
                time(o, "synthetic ppml 3FE n=" + sz, p);
                if (fixestDefaults) {
                    time(o, "synthetic ppml 3FE n=" + sz + " (fixest tol)", p.withFixestDefaults());
                }
                time(o, "synthetic ols 2FE n=" + sz, l);
                if (fixestDefaults) {
                    time(o, "synthetic ols 2FE n=" + sz + " (fixest tol)", l.withFixestDefaults());
                }
            }
            if (csv != null) {
                OutputFiles.writeString(csv, String.join("\n", rows) + "\n");
            }
            o.flush();
            return 0;
        }

        private void time(PrintWriter o, String name, Estimate e) {
            System.gc();
            resetPeak();
            long t0 = System.nanoTime();
            Fit f = fitForBench(e);
            double cold = (System.nanoTime() - t0) / 1e9;
            // JIT warm-up: about 2 s of fits (at least one) before timing, so medians are steady-state
            int warm = (int) Math.max(1, Math.min(30, 2.0 / Math.max(cold, 1e-3)));
            for (int r = 0; r < warm; r++) {
                fitForBench(e);
            }
            int reps = Math.max(1, repeat);
            double[] t = new double[reps];
            for (int r = 0; r < reps; r++) {
                long s = System.nanoTime();
                f = fitForBench(e);
                t[r] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(t);
            long peak = peakHeapMb();
            double median = t[reps / 2];
            o.printf(Locale.ROOT, "%-44s %10d %6d %9.4f %9.4f %9.4f %8d%n", name, f.getNobs(), f.getIterations(), cold,
                    median, t[0], peak);
            o.flush();
            rows.add(String.format(Locale.ROOT, "%s,%d,%d,%.5f,%.5f,%.5f,%d", name, f.getNobs(), f.getIterations(), cold,
                    median, t[0], peak));
        }

        /** One fit, or every model of a multiple estimation (the last one's n and iterations are reported). */
        private static Fit fitForBench(Estimate e) {
            if (e.isMultiple()) {
                org.gvc4j.stats.Fits fs = e.fitAll();
                return fs.get(fs.size());
            }
            return e.fit();
        }

        private static void resetPeak() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    p.resetPeakUsage();
                }
            }
        }

        private static long peakHeapMb() {
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            return peak >> 20;
        }

        private static String opt(List<String> sp, String name) {
            int i = sp.indexOf(name);
            return i >= 0 && i + 1 < sp.size() ? sp.get(i + 1) : null;
        }

        /** Splits a spec.txt line like a POSIX shell. */
        static List<String> shellWords(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean word = false;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (quote == '"' && c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        cur.append(line.charAt(++i));
                    } else {
                        cur.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = true;
                } else if (Character.isWhitespace(c)) {
                    if (word) {
                        out.add(cur.toString());
                        cur.setLength(0);
                        word = false;
                    }
                } else {
                    cur.append(c);
                    word = true;
                }
            }
            if (word) {
                out.add(cur.toString());
            }
            return out;
        }
    }
}
