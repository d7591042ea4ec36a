package org.gvc4j.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The oracle cases of {@code ../shared/reference/stats}: spec, expected coefficients and sample facts. */
final class StatsCases {
    static final double EST_REL = 1e-6;
    static final double EST_ABS = 1e-9;
    static final double SE_REL = 1e-4;

    private StatsCases() {
    }

    static Path root() {
        Path p = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference").resolve("stats");
        Assumptions.assumeTrue(Files.isDirectory(p), p + " absent: skipping the fixest oracle cases");
        return p;
    }

    /** The cases whose every option and formula term gvc4j implements today. */
    static final java.util.Set<String> SUPPORTED = java.util.Set.of("convergence", "gravity-ols", "gravity-ols-fixef",
            "gravity-ppml-rta", "gravity-ppml-trad", "rta-logit", "weights-ols", "weights-ppml", "factor-regressor", "event-study-ppml",
            "panel-lag-ols", "stepwise-csw", "stepwise-split", "iv-fe");

    /**
     * Cases for features not built yet (issue 16), with the word the refusal must name: until then gvc4j must refuse
     * them by name, never ignore an option or a term.
     */
    static final Map<String, String> PENDING = Map.of();

    /** Case folders that hold an estimation (spec.txt) gvc4j supports. */
    static List<Path> cases() {
        return all().stream().filter(d -> SUPPORTED.contains(d.getFileName().toString())).toList();
    }

    /** Every case folder that holds an estimation (spec.txt). */
    static List<Path> all() {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(root())) {
            s.filter(d -> Files.isRegularFile(d.resolve("spec.txt"))).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Splits a command line like a POSIX shell (quotes and backslashes). */
    static List<String> shellSplit(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }

    static List<String> spec(Path dir) {
        try {
            return shellSplit(Files.readString(dir.resolve("spec.txt")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value following {@code --name} in a spec, or null. */
    static String option(List<String> spec, String name) {
        int i = spec.indexOf(name);
        return i >= 0 && i + 1 < spec.size() ? spec.get(i + 1) : null;
    }

    static Map<String, String> nobs(Path dir) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (String l : Files.readAllLines(dir.resolve("nobs.txt"))) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    m.put(l.substring(0, eq).trim(), l.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** expected.csv: header and rows (the term column may be quoted). */
    static List<Map<String, String>> expected(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> head = csvSplit(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                if (l.isBlank()) {
                    continue;
                }
                List<String> cells = csvSplit(l);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < head.size(); c++) {
                    row.put(head.get(c), cells.get(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> csvSplit(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Relative error with the README's rule: absolute when |expected| < 1e-6. */
    static double estError(double got, double exp) {
        return Math.abs(exp) < 1e-6 ? Math.abs(got - exp) / EST_ABS * EST_REL : Math.abs(got - exp) / Math.abs(exp);
    }

    static double relError(double got, double exp) {
        return Math.abs(got - exp) / Math.abs(exp);
    }

    /** The API call a spec describes. */
    static Estimate estimate(Path dir) {
        List<String> spec = spec(dir);
        for (int i = 0; i < spec.size(); i += 2) {
            if (!List.of("--model", "--formula", "--vcov", "--cluster", "--weights", "--panel", "--split")
                    .contains(spec.get(i))) {
                throw new IllegalArgumentException(dir.getFileName() + ": the test's translation of spec.txt does not "
                        + "know " + spec.get(i) + "; extend StatsCases.estimate rather than ignore it");
            }
        }
        Estimate e = Estimate.of(Model.parse(option(spec, "--model")), Datasets.readCsv(dir.resolve("data.csv")),
                option(spec, "--formula"));
        if (option(spec, "--weights") != null) {
            e = e.weights(option(spec, "--weights"));
        }
        if (option(spec, "--panel") != null) {
            String[] p = option(spec, "--panel").split(",");
            e = e.panel(p[0], p[1]);
        }
        if (option(spec, "--split") != null) {
            e = e.splitBy(option(spec, "--split"));
        }
        String vcov = option(spec, "--vcov");
        String cluster = option(spec, "--cluster");
        if (cluster != null) {
            e = e.cluster(cluster.split(","));
        } else if (vcov != null) {
            e = e.vcov(VcovType.parse(vcov));
        }
        return e;
    }
}
