package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.gvc4j.Gvc;
import org.gvc4j.cli.Main;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.source.NumberSyntax;
import org.gvc4j.source.OutputFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each finding of issue 13's "Bad input" list in the estimation and output area, with the exact message now given:
 * one line naming the file, line, row, column or option, exit 2, and nothing written.
 */
class Issue13InputTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** 3 exporters × 3 importers × 4 years; y01 is a 0/1 outcome. */
    static final String DATA;

    static {
        StringBuilder sb = new StringBuilder("exp,imp,year,trade,dist,rta,y01\n");
        for (int e = 0; e < 3; e++) {
            for (int m = 0; m < 3; m++) {
                for (int t = 0; t < 4; t++) {
                    sb.append("E").append(e).append(",I").append(m).append(',').append(2000 + t).append(',')
                            .append((e + 1) * (m + 2) * (t + 1) + (e * m + t) % 3).append(',')
                            .append(100 + 10 * e + 7 * m + t % 4).append(',').append((e + m + t) % 2).append(',')
                            .append((e + t) % 2).append('\n');
                }
            }
        }
        DATA = sb.toString();
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    static Run cli(Path data, String... args) {
        List<String> a = new ArrayList<>(List.of("estimate", "--data", data.toString(), "--quiet"));
        a.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(a.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        return new Run(code, o.toString(), e.toString());
    }

    /** Exit 2 and exactly this one-line message. */
    static void refused(Run r, String message) {
        assertEquals(2, r.code, r.err);
        assertEquals("gvc: " + message, r.err.strip());
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    }

    @Test
    void glmIterZeroOrNegativeIsRefusedNotANullPointer() throws IOException {
        Path d = file("d.csv", DATA);
        for (String it : List.of("0", "-3")) {
            refused(cli(d, "--model", "ppml", "--formula", "trade ~ dist", "--glm-iter", it), "--glm-iter / "
                    + "withMaxIterations(glmMaxIter, ..): the IRLS iteration cap must be a whole number from 1 to 100000, "
                    + "got " + it);
        }
        refused(cli(d, "--model", "ppml", "--formula", "trade ~ dist", "--glm-iter", "0x10"),
                "Invalid value for option '--glm-iter': \"0x10\" is not a whole number (digits only, at most 9) "
                        + "(see: gvc estimate --help)");
    }

    @Test
    void tolerancesAndClusterNamesOutOfRangeAreRefused() throws IOException {
        Path d = file("d.csv", DATA);
        refused(cli(d, "--model", "ppml", "--formula", "trade ~ dist", "--glm-tol", "-1"), "--glm-tol / withTolerance(.., "
                + "glmTol): the IRLS tolerance must be at least 1e-16 and below 1 (e.g. 1e-10), got -1.0");
        refused(cli(d, "--model", "ppml", "--formula", "trade ~ dist", "--fixef-tol", "Infinity"), "Invalid value for "
                + "option '--fixef-tol': \"Infinity\" is not a number; expected " + NumberSyntax.ACCEPTED
                + " (see: gvc estimate --help)");
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist", "--cluster", ""), "--cluster / cluster(): empty "
                + "cluster variable name in \"\"; give one or two column names, e.g. --cluster pair or --cluster "
                + "exporter,importer");
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist", "--cluster", "exp,"), "--cluster / cluster(): "
                + "empty cluster variable name in \"exp,\"; give one or two column names, e.g. --cluster pair or "
                + "--cluster exporter,importer");
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist", "--level", "95%"), "Invalid value for option "
                + "'--level': \"95%\" is not a number; expected " + NumberSyntax.ACCEPTED + " (see: gvc estimate --help)");
    }

    @Test
    void aFormulaNested2000DeepIsRefusedWithACaret() throws IOException {
        Path d = file("d.csv", DATA);
        Run r = cli(d, "--model", "ols", "--formula", "trade ~ " + "(".repeat(2000) + "dist" + ")".repeat(2000));
        assertEquals(2, r.code);
        List<String> lines = r.err.lines().toList();
        assertEquals("gvc: formula error at column 109: the formula is nested too deeply (more than 100 levels of "
                + "parentheses, function calls or signs)", lines.get(0));
        assertEquals(3, lines.size(), "the message, the formula around the position, the caret");
        assertEquals("  …" + "(".repeat(120) + "…", lines.get(1));
        assertEquals("  " + " ".repeat(61) + "^", lines.get(2));
    }

    @Test
    void raggedAndGzipFilesNameTheFileAndTheRightRow() throws IOException {
        String[] lines = DATA.split("\n");
        lines[5] = "E0,I1,2000,9,117";
        Path ragged = file("ragged.csv", String.join("\n", lines) + "\n");
        refused(cli(ragged, "--model", "ols", "--formula", "trade ~ dist"), ragged + " line 6 (data row 5): 5 fields, "
                + "but the header has 7; every row needs one value per column (quote text that holds commas)");
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(DATA.getBytes(StandardCharsets.UTF_8));
        }
        Path gzip = Files.write(tmp.resolve("d.csv.gz"), bo.toByteArray());
        refused(cli(gzip, "--model", "ols", "--formula", "trade ~ dist"), gzip
                + ": the file is gzip-compressed; decompress it first (gunzip)");
    }

    @Test
    void javaOnlyNumberSyntaxIsRefusedInAnyNumericColumn() throws IOException {
        String[] lines = DATA.split("\n");
        for (String bad : List.of("12d", "12f", "0x1p3")) {
            String[] l = lines.clone();
            l[3] = l[3].replaceFirst(",100,|,1[0-9][0-9],", "," + bad + ",");
            Path d = file("j.csv", String.join("\n", l) + "\n");
            refused(cli(d, "--model", "ols", "--formula", "trade ~ rta"), d + " line 4 (data row 3), column 'dist': \""
                    + bad + "\" is not a number; expected " + NumberSyntax.ACCEPTED);
        }
        for (String bad : List.of("5%", "12d")) {
            String[] l = lines.clone();
            String[] f = l[7].split(",");
            f[3] = bad;
            l[7] = String.join(",", f);
            Path d = file("o.csv", String.join("\n", l) + "\n");
            refused(cli(d, "--model", "ppml", "--formula", "trade ~ dist"), d + " line 8 (data row 7), column 'trade': \""
                    + bad + "\" is not a number; expected " + NumberSyntax.ACCEPTED);
        }
    }

    @Test
    void aNulInsideANumberIsRefusedNotStripped() throws IOException {
        String text = DATA.replaceFirst("\nE0,I0,2000,2,100,", "\nE0,I0,2000,2,1\u000000,");
        Path d = file("nul.csv", text);
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist"), d + " line 2 (data row 1), column 'dist': a "
                + "control character (0x00); the file is damaged or not text");
    }

    @Test
    void aNamedPipeIsRefusedBeforeOpeningAndDoesNotHang() throws Exception {
        Path fifo = tmp.resolve("pipe.csv");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli(fifo, "--model", "ols", "--formula",
                "trade ~ dist"));
        refused(r, fifo + " is not a regular file (a named pipe, device or socket); copy the data into a file first");
        refused(cli(tmp, "--model", "ols", "--formula", "trade ~ dist"), tmp + " is a folder; give the data file (CSV)");
    }

    @Test
    void moreRegressorsThanObservationsIsRefusedForEveryModel() throws IOException {
        Path d = file("few.csv", "y,a,b,c,d\n1,1,2,3,4\n0,2,1,5,3\n0,3,3,1,2\n");
        for (String m : List.of("ppml", "probit", "logit", "ols")) {
            refused(cli(d, "--model", m, "--formula", "y ~ a + b + c + d"), "5 regressors (with the intercept) but only 3 "
                    + "observations left: a model needs at least as many observations as regressors; use fewer "
                    + "regressors or more data");
        }
    }

    @Test
    void anExactOlsFitWritesNoInfinity() throws IOException {
        Path d = file("exact.csv", "y,x\n3,1\n5,2\n7,3\n9,4\n11,5\n");
        Path out = tmp.resolve("exact-out.csv");
        Run r = cli(d, "--model", "ols", "--formula", "y ~ x", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(List.of("term,estimate,std_error,statistic,p_value,conf_low,conf_high",
                "(Intercept),1.0,0.0,,,1.0,1.0", "x,2.0,0.0,,,2.0,2.0"), Files.readAllLines(out));
        Fit f = Estimate.ols(d, "y ~ x").fit();
        assertTrue(f.getNotes().contains("standard error 0 or nearly (the model fits the data exactly) for "
                + "(Intercept), x: statistic and p-value are missing"), f.getNotes().toString());
    }

    @Test
    void logitQuasiSeparationLeavesTheOddsRatioBoundMissingWithANote() throws IOException {
        StringBuilder sb = new StringBuilder("y,x,z\n");
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            double z = i / 4.0 - 5;
            int y = z > 0 ? 1 : rnd.nextInt(2);
            sb.append(y).append(',').append(z > 0 ? 1 : 0).append(',').append(String.format(java.util.Locale.ROOT,
                    "%.3f", z)).append('\n');
        }
        Path d = file("qsep.csv", sb.toString());
        Path out = tmp.resolve("q.csv");
        Run r = cli(d, "--model", "logit", "--formula", "y ~ x + z", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        String x = Files.readAllLines(out).stream().filter(l -> l.startsWith("x,")).findFirst().orElseThrow();
        assertTrue(x.endsWith(",0.0,"), "or_conf_low underflows to 0, or_conf_high is empty: " + x);
        assertFalse(Files.readString(out).contains("Inf"));
        Fit f = Estimate.logit(d, "y ~ x + z").withOddsRatios().fit();
        assertTrue(f.getNotes().stream().anyMatch(n -> n.matches("or_conf_high is missing for x \\(exp\\([0-9.e+]+\\)\\): "
                + "too large for a double; a huge coefficient or interval often means \\(quasi-\\)separation")),
                f.getNotes().toString());
        assertTrue(f.toString().contains("NOTE: or_conf_high is missing for x"), f.toString());
    }

    @Test
    void estimateOutIsAllOrNothingAndCleansLeftovers() throws IOException {
        Path d = file("d.csv", DATA);
        Path dir = Files.createDirectories(tmp.resolve("res"));
        Path out = Files.writeString(dir.resolve("coefs.csv"), "old\n");
        Path dead = Files.writeString(dir.resolve(".coefs.csv" + OutputFiles.PART_MARK + "999999999-ab"), "half");
        Run bad = cli(d, "--model", "ols", "--formula", "trade ~ dist +", "--out", out.toString());
        assertEquals(2, bad.code);
        assertEquals("old\n", Files.readString(out), "a refused run leaves the old file");
        Run ok = cli(d, "--model", "ols", "--formula", "trade ~ dist", "--out", out.toString());
        assertEquals(0, ok.code, ok.err);
        assertTrue(Files.readString(out).startsWith("term,estimate,"));
        assertFalse(Files.exists(dead), "a dead writer's partial file is removed by the next write");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("coefs.csv"), s.map(p -> p.getFileName().toString()).toList());
        }
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist", "--out", d.toString()), "--out " + d
                + " is the data file; write the coefficients elsewhere");
        assertEquals(DATA, Files.readString(d));
        refused(cli(d, "--model", "ols", "--formula", "trade ~ dist", "--out", dir.toString()), "--out " + dir
                + " is a folder; give a file name, e.g. --out " + dir.resolve("coefs.csv"));
    }

    @Test
    void regressionTableSaveReplacesTheFileWholeAndDoesNotFollowALink() throws IOException {
        Path d = file("d.csv", DATA);
        Fit f = Estimate.ols(d, "trade ~ dist | exp").fit();
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
        Path dir = Files.createDirectories(tmp.resolve("tables"));
        Path target = Files.createSymbolicLink(dir.resolve("t.md"), outside);
        RegressionTable.of(f).save(target);
        assertEquals("keep", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(target));
        String saved = Files.readString(target);
        assertTrue(saved.startsWith("<!-- gvc4j provenance\n") && saved.endsWith("-->\n" + RegressionTable.of(f).toMarkdown()),
                "the table whole, after its provenance comment (issue 21): " + saved);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("t.md"), s.map(p -> p.getFileName().toString()).toList(), "no partial file");
        }
    }

    @Test
    void icioWriteAllPublishesNothingWhenOneFileFails() throws IOException {
        Path folder = tmp.resolve("icio");
        List<Combination> combos = new ArrayList<>(Combination.icio().subList(0, 2));
        combos.add(new Combination(org.gvc4j.method.icio.Flow.EXPORTS, org.gvc4j.method.icio.Level.COUNTRY,
                org.gvc4j.method.icio.Perspective.SELF, org.gvc4j.method.icio.Approach.NA));
        assertThrows(org.gvc4j.error.InvalidQueryException.class,
                () -> Gvc.demo().decompose().icio().writeAll(folder, combos));
        assertFalse(Files.exists(folder), "nothing published");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> OutputFiles.isPart(p.getFileName().toString())).toList(),
                    "the staging folder is removed");
        }
        List<Path> written = Gvc.demo().decompose().icio().writeAll(folder, combos.subList(0, 2));
        assertEquals(2, written.size());
        for (Path p : written) {
            assertTrue(Files.isRegularFile(p), p.toString());
        }
    }
}
