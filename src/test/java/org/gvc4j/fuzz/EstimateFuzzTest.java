package org.gvc4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.gvc4j.cli.Main;
import org.gvc4j.source.NumberSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 6: at least 1,000 corrupted inputs through the real {@code gvc estimate} in-process, from a fixed seed.
 * Regression data (shrunk copies of {@code ../shared/reference/stats/*}/data.csv when present, and a generated panel
 * always) corrupted in every way the campaign tried, random and hostile formulas, and every option with bad values.
 * Each variant must end in one of: the clean estimate exactly (a no-op corruption: CRLF, BOM, quotes, spaces, repeated
 * terms), another well-formed result (exit 0, every cell a plain number or empty, no NaN or Inf), or a clean refusal
 * (exit 2, at most three short lines starting {@code gvc: } that name the file, a column or an option, no exception
 * name or stack trace, no output file or partial file left). Each variant has a time limit.
 */
class EstimateFuzzTest {
    private static final long SEED = 20_240_613L;
    private static final int MIN_VARIANTS = 1_000;
    private static final long VARIANT_SECONDS = 20;

    @TempDir
    Path tmp;

    /** A base case: a data file (shrunk) and a model that fits it. */
    record Base(String name, String csv, List<String> spec, List<String> numeric) {
    }

    /** What a variant must give. */
    enum Expect { SAME, RESULT_OR_REFUSAL, REFUSAL }

    record Variant(String kind, Base base, byte[] data, String special, List<String> args, Expect expect) {
    }

    private final Map<String, int[]> counts = new TreeMap<>(); // kind -> {same, result, refused}
    private final List<String> failures = new ArrayList<>();
    private int variantNo;

    @Test
    void everyCorruptedInputEndsInTheCleanResultOrALocatedRefusal() throws Exception {
        long t0 = System.nanoTime();
        Random rnd = new Random(SEED);
        List<Base> bases = bases();

        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-variant");
            t.setDaemon(true);
            return t;
        });
        int total = 0;
        try {
            for (Base b : bases) {
                String clean = baseline(pool, b);
                List<Variant> vs = new ArrayList<>(optionVariants(b));
                // random data and formula variants until this base has its share of the total
                int share = (MIN_VARIANTS + bases.size() - 1) / bases.size() + 10;
                while (vs.size() < share) {
                    vs.addAll(dataVariants(b, rnd));
                    vs.addAll(formulaVariants(b, rnd));
                }
                for (Variant v : vs) {
                    run(pool, v, clean);
                    total++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        int same = 0;
        int result = 0;
        int refused = 0;
        StringBuilder per = new StringBuilder();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            same += e.getValue()[0];
            result += e.getValue()[1];
            refused += e.getValue()[2];
            per.append(String.format(Locale.ROOT, "%n  %-28s same %4d  result %4d  refused %4d", e.getKey(),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        System.out.printf(Locale.ROOT, "estimate fuzz (seed %d): %d variants on %d data sets in %.1f s: %d equal to the "
                + "clean estimate, %d other results, %d clean refusals, %d failures%s%n", SEED, total, bases.size(),
                (System.nanoTime() - t0) / 1e9, same, result, refused, failures.size(), per);
        assertTrue(total >= MIN_VARIANTS, "only " + total + " variants");
        assertTrue(failures.isEmpty(), failures.size() + " variants failed; first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
    }

    // ------------------------------------------------------------------ bases

    private List<Base> bases() throws IOException {
        List<Base> out = new ArrayList<>();
        out.add(new Base("generated", generated(), List.of("--model", "ppml", "--formula",
                "trade ~ log(dist) + rta | exp^year + imp^year", "--cluster", "pair"), List.of("trade", "dist", "rta")));
        out.add(new Base("generated-ols", generated(), List.of("--model", "ols", "--formula",
                "log(trade) ~ log(dist) + rta | exp + imp", "--vcov", "hetero"), List.of("trade", "dist", "rta")));
        Path stats = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference").resolve("stats");
        if (Files.isDirectory(stats)) {
            String gravity = shrinkPanel(stats.resolve("gravity-ppml-trad/data.csv"), 6);
            out.add(new Base("gravity-ppml-trad", gravity, List.of("--model", "ppml", "--formula",
                    "trade ~ log(dist) + cntg + lang + rta | exporter^year + importer^year", "--cluster", "pair"),
                    List.of("trade", "dist", "cntg", "lang", "rta")));
            out.add(new Base("gravity-ols", shrinkPanel(stats.resolve("gravity-ols/data.csv"), 6), List.of("--model",
                    "ols", "--formula", "log(trade) ~ log(dist) + cntg + rta | exporter^year + importer^year",
                    "--cluster", "pair"), List.of("trade", "dist", "cntg", "rta")));
            String logit = shrinkPanel(stats.resolve("rta-logit/data.csv"), 16);
            out.add(new Base("rta-logit", logit, List.of("--model", "logit", "--formula",
                    "rta ~ log(dist) + cntg + lang | year", "--cluster", "pair"), List.of("rta", "dist", "cntg", "lang")));
            out.add(new Base("rta-probit", logit, List.of("--model", "probit", "--formula",
                    "rta ~ log(dist) + lang | year"), List.of("rta", "dist", "lang")));
            out.add(new Base("convergence", firstRows(stats.resolve("convergence/data.csv"), 120), List.of("--model",
                    "ols", "--formula", "growth ~ log(gdppc0) + pop0", "--vcov", "hetero"),
                    List.of("growth", "gdppc0", "pop0")));
        } else {
            System.out.println("estimate fuzz: " + stats + " absent; generated data only");
        }
        return out;
    }

    /** A gravity panel: 6 exporters × 6 importers × 5 years, zeros in trade, text keys, an integer pair id. */
    private static String generated() {
        StringBuilder sb = new StringBuilder("exp,imp,pair,year,trade,dist,rta\n");
        Random r = new Random(7);
        for (int e = 0; e < 6; e++) {
            for (int m = 0; m < 6; m++) {
                if (m == e) {
                    continue;
                }
                double dist = 200 + 150 * Math.abs(e - m) + r.nextInt(90);
                for (int t = 0; t < 5; t++) {
                    int rta = (e + m + t) % 3 == 0 ? 1 : 0;
                    double trade = r.nextInt(7) == 0 ? 0 : Math.exp(9 - Math.log(dist) + 0.4 * rta + r.nextGaussian());
                    sb.append("C").append(e).append(",C").append(m).append(',').append(e * 10 + m).append(',')
                            .append(2000 + 4 * t).append(',').append(trade).append(',').append(dist).append(',')
                            .append(rta).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The rows of a gravity file whose exporter and importer are among the first {@code k} exporters. */
    private static String shrinkPanel(Path file, int k) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> keep = new ArrayList<>();
        java.util.LinkedHashSet<String> countries = new java.util.LinkedHashSet<>();
        for (String l : lines.subList(1, lines.size())) {
            if (countries.size() < k) {
                countries.add(l.split(",")[0]);
            }
        }
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            if (countries.contains(f[0]) && countries.contains(f[1])) {
                keep.add(l);
            }
        }
        return lines.get(0) + "\n" + String.join("\n", keep) + "\n";
    }

    private static String firstRows(Path file, int n) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(0, Math.min(n + 1, lines.size()))) + "\n";
    }

    // ------------------------------------------------------------------ data variants

    private List<Variant> dataVariants(Base b, Random rnd) {
        List<Variant> out = new ArrayList<>();
        String csv = b.csv();
        byte[] clean = bytes(csv);
        // no-ops: the estimate must not change
        out.add(v("data:crlf", b, bytes(csv.replace("\n", "\r\n")), Expect.SAME));
        out.add(v("data:bom", b, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, clean), Expect.SAME));
        out.add(v("data:bom+crlf", b, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(csv.replace("\n", "\r\n"))), Expect.SAME));
        out.add(v("data:no-final-newline", b, bytes(csv.substring(0, csv.length() - 1)), Expect.SAME));
        out.add(v("data:blank-lines-at-end", b, bytes(csv + "\n\n"), Expect.SAME));
        out.add(v("data:quoted-fields", b, bytes(mapFields(csv, f -> f.startsWith("\"") ? f : "\"" + f + "\"")),
                Expect.SAME));
        out.add(v("data:spaces-around-fields", b, bytes(mapFields(csv, f -> f.startsWith("\"") ? f : " " + f + "\t")),
                Expect.SAME));
        // must be refused, with the file and line named
        for (int i = 0; i < 3; i++) {
            char[] controls = {0, 1, 7, 8, 0x0b, 0x0c, 0x1b, 0x7f};
            char c = controls[rnd.nextInt(controls.length)];
            out.add(v("data:control-byte-in-number", b, bytes(mutateNumber(b, csv, rnd, s -> {
                int at = 1 + rnd.nextInt(Math.max(1, s.length() - 1));
                return s.substring(0, Math.min(at, s.length())) + c + s.substring(Math.min(at, s.length()));
            })), Expect.REFUSAL));
        }
        String[] javaOnly = {"d", "D", "f", "F", "L"};
        for (String suffix : javaOnly) {
            out.add(v("data:java-suffix", b, bytes(mutateNumber(b, csv, rnd, s -> s + suffix)), Expect.REFUSAL));
        }
        for (String lit : List.of("0x1p3", "0x10", "Infinity", "-Infinity", "Inf", "-inf", "1e400", "-1e999", "5%",
                "\"1,000\"", "12.5%", "+Infinity")) {
            out.add(v("data:java-or-spreadsheet-number", b, bytes(mutateNumber(b, csv, rnd, s -> lit)), Expect.REFUSAL));
        }
        out.add(v("data:ragged-short-row", b, bytes(raggedRow(csv, rnd, false)), Expect.REFUSAL));
        out.add(v("data:ragged-long-row", b, bytes(raggedRow(csv, rnd, true)), Expect.REFUSAL));
        out.add(v("data:gzip", b, gzip(clean), Expect.REFUSAL));
        out.add(v("data:non-utf8-byte", b, nonUtf8(csv, rnd), Expect.REFUSAL));
        out.add(v("data:semicolons", b, bytes(csv.replace(',', ';')), Expect.REFUSAL));
        out.add(v("data:tabs", b, bytes(csv.replace(',', '\t')), Expect.REFUSAL));
        out.add(v("data:empty-file", b, new byte[0], Expect.REFUSAL));
        out.add(v("data:header-only", b, bytes(csv.substring(0, csv.indexOf('\n') + 1)), Expect.REFUSAL));
        byte[] garbage = new byte[200 + rnd.nextInt(2000)];
        rnd.nextBytes(garbage);
        out.add(v("data:binary-garbage", b, garbage, Expect.REFUSAL));
        out.add(v("data:duplicate-column-name", b, bytes(duplicateHeader(csv)), Expect.REFUSAL));
        if (!csv.contains("\"")) {
            out.add(v("data:unterminated-quote", b, bytes(insertAtField(csv, rnd, "\"")), Expect.REFUSAL));
        }
        out.add(new Variant("data:a-folder", b, null, "folder", List.of(), Expect.REFUSAL));
        out.add(new Variant("data:a-fifo", b, null, "fifo", List.of(), Expect.REFUSAL));
        out.add(new Variant("data:a-device", b, null, "/dev/null", List.of(), Expect.REFUSAL));
        out.add(new Variant("data:missing-file", b, null, "missing", List.of(), Expect.REFUSAL));
        // value changes: any well-formed result or a clean refusal
        for (String val : List.of("NA", "", "NaN", "0", "-5", "1e300", "-1e300", "1e-300", "99999999999", "3.5")) {
            out.add(v("data:cell-set-to:" + (val.isEmpty() ? "empty" : val), b,
                    bytes(mutateNumber(b, csv, rnd, s -> val)), Expect.RESULT_OR_REFUSAL));
        }
        for (int i = 0; i < 3; i++) {
            out.add(v("data:truncated", b, java.util.Arrays.copyOf(clean, 1 + rnd.nextInt(clean.length - 1)),
                    Expect.RESULT_OR_REFUSAL));
        }
        out.add(v("data:row-duplicated", b, bytes(duplicateRow(csv, rnd)), Expect.RESULT_OR_REFUSAL));
        out.add(v("data:no-header", b, bytes(csv.substring(csv.indexOf('\n') + 1)), Expect.RESULT_OR_REFUSAL));
        out.add(v("data:digit-flipped", b, bytes(mutateNumber(b, csv, rnd, s -> s.replaceFirst("[0-9]",
                String.valueOf(rnd.nextInt(10))))), Expect.RESULT_OR_REFUSAL));
        out.add(v("data:letter-in-number", b, bytes(mutateNumber(b, csv, rnd, s -> s.replaceFirst("[0-9]", "x"))),
                Expect.RESULT_OR_REFUSAL));
        return out;
    }

    private static Variant v(String kind, Base b, byte[] data, Expect e) {
        return new Variant(kind, b, data, null, List.of(), e);
    }

    private interface Edit {
        String apply(String field);
    }

    /** Splits a CSV line into fields, keeping quotes (quoted fields may hold commas; no line breaks in these files). */
    private static List<String> fields(String line) {
        // a comma followed by an even number of quotes is outside quotes
        return new ArrayList<>(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
    }

    private static String mapFields(String csv, Edit e) {
        StringBuilder sb = new StringBuilder();
        for (String line : csv.split("\n")) {
            List<String> f = fields(line);
            for (int i = 0; i < f.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(e.apply(f.get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Changes the fields of one random data row. */
    private interface RowEdit {
        void apply(List<String> fields);
    }

    private static String editRandomRow(String csv, Random rnd, RowEdit e) {
        String[] lines = csv.split("\n");
        int row = 1 + rnd.nextInt(lines.length - 1);
        List<String> f = fields(lines[row]);
        e.apply(f);
        lines[row] = String.join(",", f);
        return String.join("\n", lines) + "\n";
    }

    /** Replaces one value of a numeric column the model uses. */
    private static String mutateNumber(Base b, String csv, Random rnd, Edit e) {
        List<String> head = fields(csv.substring(0, csv.indexOf('\n'))).stream().map(h -> h.replace("\"", "")).toList();
        int c = head.indexOf(b.numeric().get(rnd.nextInt(b.numeric().size())));
        return editRandomRow(csv, rnd, f -> f.set(c, e.apply(f.get(c))));
    }

    private static String raggedRow(String csv, Random rnd, boolean longer) {
        return editRandomRow(csv, rnd, f -> {
            if (longer) {
                f.add(rnd.nextInt(f.size()), "7");
            } else {
                f.remove(rnd.nextInt(f.size()));
            }
        });
    }

    private static String insertAtField(String csv, Random rnd, String what) {
        return editRandomRow(csv, rnd, f -> {
            int c = rnd.nextInt(f.size());
            f.set(c, what + f.get(c));
        });
    }

    private static String duplicateHeader(String csv) {
        int nl = csv.indexOf('\n');
        List<String> head = fields(csv.substring(0, nl));
        head.set(head.size() - 1, head.get(0));
        return String.join(",", head) + csv.substring(nl);
    }

    private static String duplicateRow(String csv, Random rnd) {
        String[] lines = csv.split("\n");
        int row = 1 + rnd.nextInt(lines.length - 1);
        return csv + lines[row] + "\n";
    }

    private static byte[] nonUtf8(String csv, Random rnd) {
        String[] lines = csv.split("\n");
        int row = 1 + rnd.nextInt(lines.length - 1);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE9}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] ins = bad[rnd.nextInt(bad.length)];
        String before = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, row)) + "\n" + lines[row].charAt(0);
        String after = lines[row].substring(1) + "\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, row + 1,
                lines.length)) + "\n";
        return concat(concat(bytes(before), ins), bytes(after));
    }

    // ------------------------------------------------------------------ formula variants

    private List<Variant> formulaVariants(Base b, Random rnd) {
        List<Variant> out = new ArrayList<>();
        String f = b.spec().get(b.spec().indexOf("--formula") + 1);
        out.add(fv("formula:whitespace", b, "  " + f.replace(" ", "   ").replace("~", "\t~\t") + " ", Expect.SAME));
        String rhs = f.substring(f.indexOf('~') + 1, f.contains("|") ? f.indexOf('|') : f.length()).trim();
        String repeated = f.replace(rhs, String.join(" + ", java.util.Collections.nCopies(1 + rnd.nextInt(6), rhs)));
        out.add(fv("formula:terms-repeated", b, repeated, Expect.SAME));
        String[] names = {"trade", "dist", "rta", "cntg", "year", "pair", "nope", "x1", "`a b`", "log(dist)", "1", "0",
            "exp", "imp", "exporter", "importer", "growth", "gdppc0"};
        String[] ops = {" + ", " - ", "*", ":", "^", "/", " | ", " ~ ", ",", "(", ")", "=", "%in%", "[", "]", "`"};
        for (int i = 0; i < 12; i++) {
            StringBuilder sb = new StringBuilder(names[rnd.nextInt(names.length)]);
            int len = 1 + rnd.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(ops[rnd.nextInt(ops.length)]).append(names[rnd.nextInt(names.length)]);
            }
            out.add(fv("formula:random", b, sb.toString(), Expect.RESULT_OR_REFUSAL));
        }
        int depth = 1 + rnd.nextInt(3000);
        String var = b.numeric().get(1);
        out.add(fv("formula:nested-parens", b, b.numeric().get(0) + " ~ " + "(".repeat(depth) + var + ")".repeat(depth),
                depth > 100 ? Expect.REFUSAL : Expect.RESULT_OR_REFUSAL));
        int calls = 1 + rnd.nextInt(3000);
        out.add(fv("formula:nested-calls", b, b.numeric().get(0) + " ~ " + "abs(".repeat(calls) + var + ")".repeat(calls),
                calls > 100 ? Expect.REFUSAL : Expect.RESULT_OR_REFUSAL));
        int signs = 1 + rnd.nextInt(3000);
        out.add(fv("formula:nested-signs", b, b.numeric().get(0) + " ~ I(" + "-".repeat(signs) + var + ")",
                signs > 99 ? Expect.REFUSAL : Expect.RESULT_OR_REFUSAL));
        out.add(fv("formula:unbalanced", b, f.replaceFirst("\\(", "(("), Expect.REFUSAL));
        out.add(fv("formula:unbalanced", b, f + ")", Expect.REFUSAL));
        out.add(fv("formula:unknown-function", b, f.replace(var, "frobnicate(" + var + ")"), Expect.REFUSAL));
        out.add(fv("formula:unknown-function", b, f.replace(var, "poly(" + var + ", 2)"), Expect.REFUSAL));
        String[] unicode = {"trädé", "\u0645\u0631\u062D\u0628\u0627", "\uD83D\uDE00", "x\u200By", "\u0000", "\u202Ex",
            "\u00A0", "ｘ", "\uFEFF"};
        out.add(fv("formula:unicode", b, f + " + " + unicode[rnd.nextInt(unicode.length)], Expect.REFUSAL));
        int huge = 10_001 + rnd.nextInt(200_000);
        out.add(fv("formula:huge", b, f + " + " + "x".repeat(huge), Expect.REFUSAL));
        StringBuilder many = new StringBuilder(b.numeric().get(0) + " ~ " + var);
        for (int k = 0; k < 1500; k++) {
            many.append(" + ").append(var);
        }
        out.add(fv("formula:many-tokens", b, many.toString(), Expect.REFUSAL));
        out.add(fv("formula:interaction-blowup", b, b.numeric().get(0) + " ~ a*b*c*d*e*f*g*h*i*j*k*l", Expect.REFUSAL));
        out.add(fv("formula:empty", b, "", Expect.REFUSAL));
        out.add(fv("formula:blank", b, "   ", Expect.REFUSAL));
        out.add(fv("formula:no-tilde", b, f.replace("~", "+"), Expect.REFUSAL));
        return out;
    }

    private static Variant fv(String kind, Base b, String formula, Expect e) {
        List<String> args = new ArrayList<>(b.spec());
        args.set(args.indexOf("--formula") + 1, formula);
        return new Variant(kind, b, null, "args", args, e);
    }

    // ------------------------------------------------------------------ option variants

    private List<Variant> optionVariants(Base b) {
        List<Variant> out = new ArrayList<>();
        List<String> spec = b.spec();
        String model = spec.get(spec.indexOf("--model") + 1);
        out.add(ov("option:model-uppercase", b, set(spec, "--model", model.toUpperCase(Locale.ROOT)), Expect.SAME));
        out.add(ov("option:level-explicit", b, add(spec, "--level", "0.95"), Expect.SAME));
        out.add(ov("option:level-spaces", b, add(spec, "--level", " 0.95 "), Expect.SAME));
        for (String m : List.of("", "olS2", "poisson2", "lm", "\u0000", "ols,ppml")) {
            out.add(ov("option:model-bad", b, set(spec, "--model", m), Expect.REFUSAL));
        }
        for (String l : List.of("0", "1", "-0.5", "1.5", "0.95d", "NaN", "95%", "0x1p-1", "", "Infinity", "95", "1e400",
                "0.9.5")) {
            out.add(ov("option:level-bad", b, add(spec, "--level", l), Expect.REFUSAL));
        }
        for (String l : List.of("0.5", "0.99", "0.999999")) {
            out.add(ov("option:level-ok", b, add(spec, "--level", l), Expect.RESULT_OR_REFUSAL));
        }
        for (String it : List.of("0", "-3", "100001", "1e3", "0x10", "", "12d", "2147483648", "1.5", "NaN", "+")) {
            out.add(ov("option:glm-iter-bad", b, add(spec, "--glm-iter", it), Expect.REFUSAL));
        }
        for (String it : List.of("1", "2", "007", "+50")) {
            out.add(ov("option:glm-iter-ok", b, add(spec, "--glm-iter", it), Expect.RESULT_OR_REFUSAL));
        }
        for (String opt : List.of("--glm-tol", "--fixef-tol")) {
            for (String t : List.of("-1", "0", "1", "2", "Infinity", "NaN", "1e-20", "", "1e400", "0x1p-30", "1e-8d")) {
                out.add(ov("option:" + opt.substring(2) + "-bad", b, add(spec, opt, t), Expect.REFUSAL));
            }
            for (String t : List.of("1e-8", "1e-16", "0.5")) {
                out.add(ov("option:" + opt.substring(2) + "-ok", b, add(spec, opt, t), Expect.RESULT_OR_REFUSAL));
            }
        }
        List<String> noCluster = without(spec, "--cluster");
        for (String c : List.of("", " ", "pair,", ",pair", "pair,,year", "pair,year,year", "a,b,c", "nope", "pair^",
                "^pair", "\u0000")) {
            out.add(ov("option:cluster-bad", b, add(noCluster, "--cluster", c), Expect.REFUSAL));
        }
        for (String v : List.of("", "robust2", "cluster,iid", "\u0007")) {
            out.add(ov("option:vcov-bad", b, add(without(spec, "--vcov"), "--vcov", v), Expect.REFUSAL));
        }
        for (String v : List.of("iid", "hetero", "HC1", "twoway")) {
            out.add(ov("option:vcov-ok", b, add(without(without(spec, "--vcov"), "--cluster"), "--vcov", v),
                    Expect.RESULT_OR_REFUSAL));
        }
        for (String flag : List.of("--odds-ratios", "--effects", "--separation", "--fixest-defaults")) {
            out.add(ov("option:flag", b, add1(spec, flag), Expect.RESULT_OR_REFUSAL));
        }
        out.add(ov("option:unknown", b, add1(spec, "--frobnicate"), Expect.REFUSAL));
        out.add(ov("option:twice", b, add(spec, "--model", model), Expect.REFUSAL));
        out.add(ov("option:formula-missing", b, without(spec, "--formula"), Expect.REFUSAL));
        out.add(ov("option:model-missing", b, without(spec, "--model"), Expect.REFUSAL));
        out.add(new Variant("option:out-empty", b, null, "out=", spec, Expect.REFUSAL));
        out.add(new Variant("option:out-a-folder", b, null, "out=folder", spec, Expect.REFUSAL));
        out.add(new Variant("option:out-is-the-data", b, null, "out=data", spec, Expect.REFUSAL));
        out.add(new Variant("option:out-under-a-file", b, null, "out=under-file", spec, Expect.REFUSAL));
        out.add(new Variant("option:out-new-folder", b, null, "out=new-folder", spec, Expect.SAME));
        out.add(new Variant("option:data-empty", b, null, "data=", spec, Expect.REFUSAL));
        return out;
    }

    private static Variant ov(String kind, Base b, List<String> args, Expect e) {
        return new Variant(kind, b, null, "args", args, e);
    }

    private static List<String> set(List<String> spec, String opt, String value) {
        List<String> a = new ArrayList<>(spec);
        a.set(a.indexOf(opt) + 1, value);
        return a;
    }

    private static List<String> add(List<String> spec, String opt, String value) {
        List<String> a = new ArrayList<>(spec);
        a.add(opt);
        a.add(value);
        return a;
    }

    private static List<String> add1(List<String> spec, String flag) {
        List<String> a = new ArrayList<>(spec);
        a.add(flag);
        return a;
    }

    private static List<String> without(List<String> spec, String opt) {
        List<String> a = new ArrayList<>(spec);
        int i = a.indexOf(opt);
        if (i >= 0) {
            a.remove(i + 1);
            a.remove(i);
        }
        return a;
    }

    // ------------------------------------------------------------------ running and checking

    record Outcome(int code, String out, String err, String csv, List<String> leftovers) {
    }

    private String baseline(ExecutorService pool, Base b) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("base-" + b.name()));
        Path data = Files.writeString(dir.resolve(b.name() + ".csv"), b.csv());
        Path out = dir.resolve("coefs.csv");
        Outcome o = call(pool, args(b.spec(), data, out));
        assertTrue(o.code == 0 && o.csv != null, b.name() + ": the clean data must estimate: " + o.err);
        return o.csv;
    }

    private static List<String> args(List<String> spec, Path data, Path out) {
        List<String> a = new ArrayList<>(List.of("estimate", "--data", data.toString()));
        a.addAll(spec);
        a.addAll(List.of("--out", out.toString(), "--quiet"));
        return a;
    }

    private Outcome call(ExecutorService pool, List<String> args) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Future<Integer> f = pool.submit(() -> Main.execute(args.toArray(String[]::new), new PrintWriter(o, true),
                new PrintWriter(e, true)));
        int code;
        try {
            code = f.get(VARIANT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException ex) {
            f.cancel(true);
            return new Outcome(-1, o.toString(), "TIMEOUT after " + VARIANT_SECONDS + " s", null, List.of());
        }
        String outArg = args.get(args.indexOf("--out") + 1);
        Path out = Path.of(outArg);
        String csv = !outArg.isEmpty() && Files.isRegularFile(out) ? Files.readString(out) : null;
        List<String> left = new ArrayList<>();
        Path parent = out.toAbsolutePath().getParent();
        if (!outArg.isEmpty() && parent != null && Files.isDirectory(parent)) {
            try (Stream<Path> s = Files.list(parent)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(left::add);
            }
        }
        return new Outcome(code, o.toString(), e.toString(), csv, left);
    }

    private void run(ExecutorService pool, Variant v, String clean) throws Exception {
        int no = variantNo++;
        Path dir = Files.createDirectories(tmp.resolve("v" + no));
        Path data = dir.resolve(v.base().name() + ".csv");
        Path out = dir.resolve("coefs.csv");
        List<String> spec = v.args().isEmpty() ? v.base().spec() : v.args();
        String special = v.special() == null ? "" : v.special();
        if (v.data() != null) {
            Files.write(data, v.data());
        } else {
            Files.writeString(data, v.base().csv());
        }
        switch (special) {
            case "folder" -> {
                Files.delete(data);
                Files.createDirectory(data);
            }
            case "fifo" -> {
                Files.delete(data);
                Process p = new ProcessBuilder("mkfifo", data.toString()).start();
                if (p.waitFor() != 0) {
                    return; // no mkfifo here: nothing to test
                }
            }
            case "/dev/null" -> data = Path.of("/dev/null");
            case "missing" -> Files.delete(data);
            case "out=" -> out = Path.of("");
            case "out=folder" -> out = Files.createDirectory(dir.resolve("outdir"));
            case "out=data" -> out = data;
            case "out=under-file" -> out = data.resolve("coefs.csv");
            case "out=new-folder" -> out = dir.resolve("new").resolve("deeper").resolve("coefs.csv");
            default -> {
            }
        }
        List<String> a = args(spec, data, out);
        if (special.equals("data=")) {
            a.set(2, "");
        }
        Outcome o = call(pool, a);
        String where = String.format(Locale.ROOT, "[%s #%d on %s] args %s%n  exit %d, err: %s", v.kind(), no,
                v.base().name(), printable(String.join(" ", a.subList(3, a.size()))), o.code,
                printable(o.err.strip()));
        int[] c = counts.computeIfAbsent(v.kind().replaceFirst(":cell-set-to:.*", ":cell-set-to"), k -> new int[3]);
        if (o.code == 0) {
            String trace = trace(o);
            if (trace != null || !o.err.lines().allMatch(l -> l.startsWith("gvc: warning: "))) {
                failures.add(where + "\n  exit 0 with " + (trace != null ? trace : "unexpected error output"));
                return;
            }
            boolean outWasData = special.equals("out=data") || special.equals("out=folder") || special.equals("out=");
            String csv = outWasData ? null : o.csv;
            String problem = wellFormed(csv, clean);
            if (problem != null) {
                failures.add(where + "\n  exit 0 but " + problem);
            } else if (v.expect() == Expect.REFUSAL) {
                failures.add(where + "\n  expected a refusal, got a result");
            } else if (v.expect() == Expect.SAME && !csv.equals(clean)) {
                failures.add(where + "\n  a no-op corruption changed the estimate:\n" + csv + "\n  clean:\n" + clean);
            } else {
                c[csv.equals(clean) ? 0 : 1]++;
            }
            return;
        }
        String problem = cleanRefusal(o, v, data, out, special);
        if (problem != null) {
            failures.add(where + "\n  " + problem);
        } else if (v.expect() == Expect.SAME) {
            failures.add(where + "\n  a no-op corruption was refused");
        } else {
            c[2]++;
        }
    }

    /** Why an exit-0 output is not a well-formed coefficient table, or null. */
    private static String wellFormed(String csv, String clean) {
        if (csv == null) {
            return "no output file";
        }
        String[] lines = csv.split("\n");
        String head = clean.substring(0, clean.indexOf('\n'));
        if (!lines[0].equals(head) && !lines[0].startsWith(head + ",")) {
            return "header " + lines[0] + " instead of " + head;
        }
        for (int i = 1; i < lines.length; i++) {
            List<String> f = fields(lines[i]);
            for (int k = 1; k < f.size(); k++) {
                String cell = f.get(k);
                if (!cell.isEmpty() && !NumberSyntax.isNumber(cell)) {
                    return "cell '" + cell + "' in line " + (i + 1) + " is not a plain number";
                }
            }
        }
        return null;
    }

    /** Why a non-zero exit is not a clean, located refusal, or null. */
    private static String cleanRefusal(Outcome o, Variant v, Path data, Path out, String special) {
        if (o.code == -1) {
            return "hung (no answer in " + VARIANT_SECONDS + " s)";
        }
        if (o.code != 2) {
            return "exit " + o.code + " instead of 2 (bad input)";
        }
        String err = o.err.strip();
        List<String> lines = err.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("gvc: ")) {
            return "the message does not start with 'gvc: '";
        }
        boolean caret = lines.size() == 3 && lines.get(2).strip().equals("^");
        if (lines.size() > 1 && !caret) {
            return lines.size() + " lines of error output";
        }
        if (lines.get(0).length() > 600) {
            return "a message of " + lines.get(0).length() + " characters";
        }
        String trace = trace(o);
        if (trace != null) {
            return trace;
        }
        boolean named = err.contains(data.getFileName().toString()) || err.contains("'") || err.contains("--")
                || err.contains("\"") || err.contains("formula");
        if (!named) {
            return "the message names no file, column, option or formula position";
        }
        if (v.kind().startsWith("data:") && v.expect() == Expect.REFUSAL && !special.equals("/dev/null")
                && !err.contains(data.toString())) {
            return "a refused data file is not named in the message";
        }
        if (!special.startsWith("out=") && Files.exists(out)) {
            return "an output file was left after the refusal";
        }
        if (special.equals("out=data") && !Files.isRegularFile(data)) {
            return "the data file was replaced";
        }
        if (!o.leftovers().isEmpty()) {
            return "partial files left: " + o.leftovers();
        }
        return null;
    }

    /** An exception class name or a stack trace in the output, or null. */
    private static String trace(Outcome o) {
        for (String bad : List.of("Exception", "\tat ", "java.", "org.gvc4j.", "Error:", "Error ")) {
            if (o.err.contains(bad) || o.out.contains(bad)) {
                return "exception or trace in the output ('" + bad.strip() + "')";
            }
        }
        return null;
    }

    private static String printable(String s) {
        String p = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        StringBuilder b = new StringBuilder();
        for (char ch : p.toCharArray()) {
            b.append(ch < 0x20 && ch != '\n' ? String.format("\\x%02x", (int) ch) : String.valueOf(ch));
        }
        return b.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bo.toByteArray();
    }

}
