package org.gvc4j.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.MeasureTables.Format;
import org.gvc4j.result.MeasureTables.Provenance;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Several fits side by side, as in a paper's regression table (the GVC Development Report's Annex Table 8.A.5,
 * fixest's {@code etable}): one column per model; per regressor the estimate with significance stars and the standard
 * error in parentheses below; then the fixed effects absorbed, the number of observations, R² (OLS) or pseudo R²
 * (GLMs) and the standard-error type. Printable as text; saved as CSV, TSV, Excel, Markdown, LaTeX, HTML or text, with
 * provenance.
 *
 * <pre>{@code
 * RegressionTable t = RegressionTable.of(ols, ppml, pairFe).withTitles("OLS", "PPML", "PAIRFE");
 * System.out.println(t);               // aligned text
 * t.save(Path.of("table.tex"));        // format from the extension: .csv .tsv .xlsx .md .tex .html .txt
 * }</pre>
 *
 * Stars: {@code ***} p &lt; 0.01, {@code **} p &lt; 0.05, {@code *} p &lt; 0.1 (fixest's etable and most trade
 * papers). The publication options of etable: {@link #withLabels} (dict), {@link #keep} and {@link #drop} (exact name
 * or regular expression), {@link #withNotes}, {@link #withDepVarMean} (a "Mean of dep. var." row) and
 * {@link #withPercentEffects} ({@code 100·(exp(b) − 1)} for PPML and log-linear OLS). The significance legend and the
 * notes end every text format (LaTeX: {@code \multicolumn} rows after {@code \bottomrule}). Immutable.
 */
public final class RegressionTable {
    private final List<Fit> fits;
    private final List<String> titles;
    private final int digits;
    private final Map<String, String> labels;
    private final List<Pattern> keep;
    private final List<Pattern> drop;
    private final List<String> notes;
    private final boolean depVarMean;
    /** Null: no percentage effects; empty: for every term; else for the terms these patterns match. */
    private final List<Pattern> percent;

    private RegressionTable(List<Fit> fits, List<String> titles, int digits, Map<String, String> labels,
            List<Pattern> keep, List<Pattern> drop, List<String> notes, boolean depVarMean, List<Pattern> percent) {
        this.fits = List.copyOf(fits);
        this.titles = List.copyOf(titles);
        this.digits = digits;
        this.labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.keep = List.copyOf(keep);
        this.drop = List.copyOf(drop);
        this.notes = List.copyOf(notes);
        this.depVarMean = depVarMean;
        this.percent = percent == null ? null : List.copyOf(percent);
    }

    public static RegressionTable of(Fit... fits) {
        return of(Arrays.asList(fits));
    }

    public static RegressionTable of(List<Fit> fits) {
        if (fits.isEmpty()) {
            throw new EstimationException("a regression table needs at least one fit");
        }
        List<String> t = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            t.add("(" + (i + 1) + ")");
        }
        return new RegressionTable(fits, t, 3, Map.of(), List.of(), List.of(), List.of(), false, null);
    }

    /** Column titles (default (1), (2), ...). */
    public RegressionTable withTitles(String... titles) {
        if (titles.length != fits.size()) {
            throw new EstimationException("withTitles: " + titles.length + " titles for " + fits.size() + " models");
        }
        return new RegressionTable(fits, Arrays.asList(titles), digits, labels, keep, drop, notes, depVarMean, percent);
    }

    /** Decimals of estimates and standard errors (default 3). */
    public RegressionTable withDigits(int digits) {
        return new RegressionTable(fits, titles, Math.max(0, Math.min(12, digits)), labels, keep, drop, notes,
                depVarMean, percent);
    }

    /**
     * Labels shown instead of names, as fixest's {@code dict}: keys are term names ({@code log(dist)}), fixed-effect
     * names ({@code exporter^year}) or dependent variables ({@code trade}); names without a label are shown as they
     * are. {@link #keep}, {@link #drop} and {@link #withPercentEffects} match the names, not the labels.
     */
    public RegressionTable withLabels(Map<String, String> dict) {
        Map<String, String> m = new LinkedHashMap<>(labels);
        for (Map.Entry<String, String> e : dict.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new EstimationException("withLabels: a name or label is missing (null)");
            }
            m.put(e.getKey(), e.getValue());
        }
        return new RegressionTable(fits, titles, digits, m, keep, drop, notes, depVarMean, percent);
    }

    /**
     * Shows only the coefficients whose term name matches one of these patterns (fixest's {@code keep}). A pattern
     * matches a term when it equals the name exactly or, as a Java regular expression, is found anywhere in it
     * ({@code "rta"} keeps {@code rta} and {@code rta_lag}; {@code "^rta$"} only {@code rta}; {@code "log(dist)"}
     * keeps {@code log(dist)} by the exact rule). A pattern that matches no term of any model is an error, as is an
     * invalid regular expression. Calls add up; {@link #drop} applies after keep.
     */
    public RegressionTable keep(String... patterns) {
        List<Pattern> k = new ArrayList<>(keep);
        k.addAll(patterns("keep", patterns));
        return new RegressionTable(fits, titles, digits, labels, k, drop, notes, depVarMean, percent);
    }

    /** Hides the coefficients whose term name matches one of these patterns (fixest's {@code drop}; as {@link #keep}). */
    public RegressionTable drop(String... patterns) {
        List<Pattern> d = new ArrayList<>(drop);
        d.addAll(patterns("drop", patterns));
        return new RegressionTable(fits, titles, digits, labels, keep, d, notes, depVarMean, percent);
    }

    /** Lines printed below the significance legend (data sources, sample notes), in every text format. */
    public RegressionTable withNotes(String... lines) {
        List<String> n = new ArrayList<>(notes);
        for (String l : lines) {
            if (l == null) {
                throw new EstimationException("withNotes: a note is missing (null)");
            }
            n.addAll(Arrays.asList(l.split("\\R", -1)));
        }
        return new RegressionTable(fits, titles, digits, labels, keep, drop, n, depVarMean, percent);
    }

    /**
     * Adds a row "Mean of dep. var.": the mean of each model's dependent variable over its estimation sample
     * ({@link Fit#getDepVarMean()}), with the table's decimals.
     */
    public RegressionTable withDepVarMean() {
        return new RegressionTable(fits, titles, digits, labels, keep, drop, notes, true, percent);
    }

    /**
     * Adds, below each standard error, the percentage effect {@code 100·(exp(b) − 1)} in brackets, one decimal, e.g.
     * {@code [74.5%]} for b = 0.557: the change in the outcome when a dummy goes from 0 to 1 in a log-linear model.
     * Only for PPML fits and OLS fits whose dependent variable is {@code log(...)}; blank for other models. Without
     * patterns for every shown term; with patterns (as {@link #keep}) only for the terms they match (the dummies; for
     * a log regressor the coefficient is an elasticity and the transform means nothing).
     */
    public RegressionTable withPercentEffects(String... patterns) {
        return new RegressionTable(fits, titles, digits, labels, keep, drop, notes, depVarMean,
                patterns("withPercentEffects", patterns));
    }

    private List<Pattern> patterns(String option, String... patterns) {
        List<String> all = new ArrayList<>();
        for (Fit f : fits) {
            all.addAll(f.getTerms());
        }
        List<Pattern> out = new ArrayList<>();
        for (String p : patterns) {
            if (p == null || p.isEmpty()) {
                throw new EstimationException(option + ": an empty pattern");
            }
            Pattern re;
            try {
                re = Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new EstimationException(option + ": '" + p + "' is not a valid regular expression ("
                        + e.getDescription() + ")");
            }
            if (all.stream().noneMatch(t -> matches(re, t))) {
                throw new EstimationException(option + ": '" + p + "' matches no term; the terms are "
                        + String.join(", ", new LinkedHashSet<>(all)));
            }
            out.add(re);
        }
        return out;
    }

    private static boolean matches(Pattern p, String term) {
        return p.pattern().equals(term) || p.matcher(term).find();
    }

    private static boolean matchesAny(List<Pattern> ps, String term) {
        return ps.stream().anyMatch(p -> matches(p, term));
    }

    private String label(String name) {
        return labels.getOrDefault(name, name);
    }

    /** True for the models where {@code 100·(exp(b) − 1)} is a percentage effect: PPML and OLS on {@code log(...)}. */
    private static boolean logLinear(Fit f) {
        return f.getModel() == Model.PPML || f.getModel() == Model.OLS && depVar(f).startsWith("log(");
    }

    private static String depVar(Fit f) {
        return f.getFormula().substring(0, f.getFormula().indexOf(" ~"));
    }

    /** A row of the table: a label and one cell per model; {@code kind} groups rows for the formats. */
    private record Row(String kind, String label, List<String> cells) {
    }

    private List<Row> rows() {
        List<Row> out = new ArrayList<>();
        out.add(new Row("head", "Dependent variable", map(f -> label(depVar(f)))));
        out.add(new Row("head", "Model", map(f -> switch (f.getModel()) {
            case OLS -> "OLS";
            case LOGIT -> "Logit";
            case PROBIT -> "Probit";
            case PPML -> "PPML";
        })));
        Set<String> terms = new LinkedHashSet<>();
        for (Fit f : fits) {
            terms.addAll(f.getTerms());
        }
        String fmt = "%." + digits + "f";
        for (String term : terms) {
            if (!keep.isEmpty() && !matchesAny(keep, term) || matchesAny(drop, term)) {
                continue;
            }
            List<String> est = new ArrayList<>();
            List<String> se = new ArrayList<>();
            for (Fit f : fits) {
                int j = f.getTerms().indexOf(term);
                if (j < 0 || Double.isNaN(f.getEstimates()[j])) {
                    est.add(j < 0 ? "" : "(dropped)");
                    se.add("");
                } else {
                    est.add(String.format(Locale.ROOT, fmt, f.getEstimates()[j]) + stars(f.getPValues()[j]));
                    se.add(Double.isNaN(f.getStdErrors()[j]) ? "" : "(" + String.format(Locale.ROOT, fmt,
                            f.getStdErrors()[j]) + ")");
                }
            }
            out.add(new Row("coef", label(term), est));
            out.add(new Row("se", "", se));
            if (percent != null && (percent.isEmpty() || matchesAny(percent, term))) {
                out.add(new Row("pct", "", map(f -> {
                    int j = f.getTerms().indexOf(term);
                    double b = j < 0 ? Double.NaN : f.getEstimates()[j];
                    return logLinear(f) && Double.isFinite(b)
                            ? "[" + String.format(Locale.ROOT, "%.1f", 100 * Math.expm1(b)) + "%]" : "";
                })));
            }
        }
        Set<String> fes = new LinkedHashSet<>();
        for (Fit f : fits) {
            fes.addAll(f.getFixedEffects());
        }
        boolean first = true;
        for (String fe : fes) {
            out.add(new Row(first ? "fe-first" : "fe", label(fe) + " fixed effects", map(f -> f.getFixedEffects().contains(fe)
                    ? "Yes" : "No")));
            first = false;
        }
        out.add(new Row("stat-first", "Observations", map(f -> String.format(Locale.ROOT, "%,d", f.getNobs()))));
        if (depVarMean) {
            out.add(new Row("stat", "Mean of dep. var.", map(f -> Double.isFinite(f.getDepVarMean())
                    ? String.format(Locale.ROOT, fmt, f.getDepVarMean()) : "NA")));
        }
        boolean anyOls = fits.stream().anyMatch(f -> f.getModel() == Model.OLS);
        boolean anyGlm = fits.stream().anyMatch(f -> f.getModel() != Model.OLS);
        if (anyOls) {
            out.add(new Row("stat", "R2", map(f -> f.getModel() == Model.OLS ? stat(f.getR2()) : "")));
        }
        if (anyOls && fits.stream().anyMatch(f -> f.getModel() == Model.OLS && !f.getFixedEffects().isEmpty())) {
            out.add(new Row("stat", "Within R2", map(f -> f.getModel() == Model.OLS && !f.getFixedEffects().isEmpty()
                    ? stat(f.getWithinR2()) : "")));
        }
        if (anyGlm) {
            out.add(new Row("stat", "Pseudo R2", map(f -> f.getModel() != Model.OLS
                    ? stat(f.getPseudoR2()) : "")));
        }
        out.add(new Row("stat", "Standard errors", map(Fit::getVcovLabel)));
        return out;
    }

    private interface Cell {
        String of(Fit f);
    }

    private List<String> map(Cell c) {
        List<String> out = new ArrayList<>();
        for (Fit f : fits) {
            out.add(c.of(f));
        }
        return out;
    }

    /** A fit statistic with 3 decimals; NA when it is not defined (missing). */
    private static String stat(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "NA";
    }

    static String stars(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
    }

    static final String NOTE = "*** p<0.01, ** p<0.05, * p<0.1; standard errors in parentheses";

    static final String PERCENT_NOTE = "; percentage effects 100*(exp(b)-1) in brackets";

    /** The legend (stars, parentheses, brackets when shown), then the notes: the lines below every text table. */
    private List<String> legend() {
        List<String> out = new ArrayList<>();
        out.add(NOTE + (percent == null ? "" : PERCENT_NOTE));
        out.addAll(notes);
        return out;
    }

    /** The table as data: a {@code term} column and one string column per model. */
    public Table toTable() {
        Table t = Table.create("regression table");
        List<Row> rows = rows();
        StringColumn label = StringColumn.create("term");
        for (Row r : rows) {
            label.append(r.label());
        }
        t.addColumns(label);
        for (int m = 0; m < fits.size(); m++) {
            StringColumn c = StringColumn.create(titles.get(m));
            for (Row r : rows) {
                c.append(r.cells().get(m));
            }
            t.addColumns(c);
        }
        return t;
    }

    /** Aligned plain text. */
    public String toText() {
        List<Row> rows = rows();
        int lw = "".length();
        for (Row r : rows) {
            lw = Math.max(lw, r.label().length());
        }
        int[] cw = new int[fits.size()];
        for (int m = 0; m < fits.size(); m++) {
            cw[m] = titles.get(m).length();
            for (Row r : rows) {
                cw[m] = Math.max(cw[m], r.cells().get(m).length());
            }
        }
        int total = lw + Arrays.stream(cw).map(w -> w + 2).sum();
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        String rule = "-".repeat(total) + nl;
        sb.append(pad("", lw, false));
        for (int m = 0; m < fits.size(); m++) {
            sb.append("  ").append(center(titles.get(m), cw[m]));
        }
        sb.append(nl).append(rule);
        String prev = "head";
        for (Row r : rows) {
            if (!r.kind().equals(prev) && (r.kind().equals("coef") && prev.equals("head") || r.kind().equals("fe-first")
                    || r.kind().equals("stat-first"))) {
                sb.append(rule);
            }
            sb.append(pad(r.label(), lw, false));
            for (int m = 0; m < fits.size(); m++) {
                sb.append("  ").append(center(r.cells().get(m), cw[m]));
            }
            sb.append(nl);
            prev = r.kind();
        }
        sb.append(rule);
        for (String l : legend()) {
            sb.append(l).append(nl);
        }
        return sb.toString().replaceAll("(?m)[ \\t]+$", "");
    }

    /** CSV: a header row ({@code term} and the titles), then the rows as in the text table. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(Fit.csvText("term"));
        for (String t : titles) {
            sb.append(',').append(Fit.csvText(t));
        }
        sb.append('\n');
        for (Row r : rows()) {
            sb.append(Fit.csvText(r.label()));
            for (String c : r.cells()) {
                sb.append(',').append(Fit.csvText(c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A GitHub-flavoured Markdown table. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| |");
        for (String t : titles) {
            sb.append(' ').append(md(t)).append(" |");
        }
        sb.append("\n|---|");
        for (int m = 0; m < fits.size(); m++) {
            sb.append(":---:|");
        }
        sb.append('\n');
        for (Row r : rows()) {
            sb.append("| ").append(md(r.label())).append(" |");
            for (String c : r.cells()) {
                sb.append(' ').append(md(c)).append(" |");
            }
            sb.append('\n');
        }
        for (String l : legend()) {
            sb.append('\n').append(md(l)).append('\n');
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("*", "\\*");
    }

    /** A LaTeX {@code tabular} (booktabs rules), stars as superscripts. */
    public String toLatex() {
        StringBuilder sb = new StringBuilder("\\begin{tabular}{l" + "c".repeat(fits.size()) + "}\n\\toprule\n");
        for (String t : titles) {
            sb.append(" & ").append(tex(t));
        }
        sb.append(" \\\\\n\\midrule\n");
        String prev = "head";
        for (Row r : rows()) {
            if (!r.kind().equals(prev) && (r.kind().equals("coef") && prev.equals("head") || r.kind().equals("fe-first")
                    || r.kind().equals("stat-first"))) {
                sb.append("\\midrule\n");
            }
            sb.append(tex(r.label()));
            for (String c : r.cells()) {
                sb.append(" & ").append(texCell(c));
            }
            sb.append(" \\\\\n");
            prev = r.kind();
        }
        sb.append("\\bottomrule\n");
        int k = fits.size() + 1;
        List<String> legend = legend();
        sb.append("\\multicolumn{").append(k).append("}{l}{\\footnotesize $^{***}$ $p<0.01$, $^{**}$ $p<0.05$, "
                + "$^{*}$ $p<0.1$; standard errors in parentheses").append(percent == null ? ""
                : "; percentage effects $100(e^{b}-1)$ in brackets").append("} \\\\\n");
        for (String l : legend.subList(1, legend.size())) {
            sb.append("\\multicolumn{").append(k).append("}{l}{\\footnotesize ").append(tex(l)).append("} \\\\\n");
        }
        sb.append("\\end{tabular}\n");
        return sb.toString();
    }

    private static String tex(String s) {
        return s.replace("\\", "\\textbackslash{}").replace("_", "\\_").replace("%", "\\%").replace("&", "\\&")
                .replace("#", "\\#").replace("$", "\\$").replace("^", "\\^{}").replace("~", "\\~{}");
    }

    private static String texCell(String c) {
        int k = c.indexOf('*');
        if (k > 0) {
            return "$" + c.substring(0, k) + "^{" + c.substring(k) + "}$";
        }
        return c.startsWith("(") || c.matches("-?[0-9.]+") ? "$" + c + "$" : tex(c);
    }

    /** A standalone HTML {@code <table>}. */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<table class=\"regression-table\">\n<thead>\n<tr><th></th>");
        for (String t : titles) {
            sb.append("<th>").append(html(t)).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (Row r : rows()) {
            sb.append("<tr class=\"").append(r.kind()).append("\"><td>").append(html(r.label())).append("</td>");
            for (String c : r.cells()) {
                sb.append("<td>").append(html(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n<tfoot>\n");
        for (String l : legend()) {
            sb.append("<tr><td colspan=\"").append(fits.size() + 1).append("\">").append(html(l)).append("</td></tr>\n");
        }
        sb.append("</tfoot>\n</table>\n");
        return sb.toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The formats {@link #save} writes. */
    private static final Set<Format> FORMATS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(Format.CSV,
            Format.TSV, Format.XLSX, Format.MD, Format.TEX, Format.HTML, Format.TXT));

    /**
     * Saves in the format the extension names, with provenance, creating parent folders: {@code .csv}, {@code .tsv}
     * and {@code .txt} (the provenance in a sidecar {@code <file>.provenance.json}), {@code .md} (or
     * {@code .markdown}), {@code .tex}, {@code .html} (or {@code .htm}; the provenance as a comment at the top),
     * {@code .xlsx} (a sheet {@code table} as printed, one sheet per model with its coefficients as numbers, then a
     * sheet {@code provenance}). Any other extension is refused with an error naming these. The provenance names each
     * model (its title, model, formula, standard errors, observations), the gvc4j version and the time of saving. All
     * or nothing: the file (and its sidecar) appear only once complete; files get the permissions the umask gives.
     */
    @org.gvc4j.api.FileAccess
    public Path save(Path file) {
        Format f = Format.of(file, FORMATS, "a regression table");
        Provenance p = provenance();
        if (f == Format.XLSX) {
            List<Table> sheets = new ArrayList<>();
            Table shown = toTable();
            shown.setName("table");
            sheets.add(shown);
            for (int m = 0; m < fits.size(); m++) {
                Table coefs = fits.get(m).toTable();
                coefs.setName(titles.get(m));
                sheets.add(coefs);
            }
            return MeasureTables.saveWorkbook(file, sheets, p);
        }
        String text = switch (f) {
            case CSV -> toCsv();
            case TSV -> toTsv();
            case MD -> toMarkdown();
            case TEX -> toLatex();
            case HTML -> toHtml();
            case TXT -> toText();
            default -> throw new IllegalStateException("bug: " + f);
        };
        return MeasureTables.saveText(file, f, text, p);
    }

    /** The provenance of a saved table: per model its title, model, formula, standard errors and observations. */
    private Provenance provenance() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("method", "gvc4j estimate (OLS, logit, probit, PPML with absorbed fixed effects; fixest 0.14.2 "
                + "conventions)");
        List<String> notes = new ArrayList<>();
        for (int m = 0; m < fits.size(); m++) {
            Fit f = fits.get(m);
            fields.put("model " + (m + 1), titles.get(m) + ": " + f.getModel() + " " + f.getFormula() + "; standard "
                    + "errors " + f.getVcovLabel() + "; " + f.getNobs() + " observations");
            for (String n : f.getNotes()) {
                notes.add(titles.get(m) + ": " + n);
            }
        }
        notes.addAll(this.notes);
        return MeasureTables.provenance("regression table", fields, notes);
    }

    /** Tab-separated: as {@link #toCsv()} with tabs. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder("term");
        for (String t : titles) {
            sb.append('\t').append(tsv(t));
        }
        sb.append('\n');
        for (Row r : rows()) {
            sb.append(tsv(r.label()));
            for (String c : r.cells()) {
                sb.append('\t').append(tsv(c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String tsv(String s) {
        return s.contains("\t") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public String toString() {
        return toText();
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) {
            return s;
        }
        return right ? " ".repeat(w - s.length()) + s : s + " ".repeat(w - s.length());
    }

    private static String center(String s, int w) {
        int left = (w - s.length()) / 2;
        return " ".repeat(Math.max(0, left)) + s + " ".repeat(Math.max(0, w - s.length() - left));
    }
}
