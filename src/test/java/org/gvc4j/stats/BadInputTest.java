package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.cli.Main;
import org.gvc4j.error.GvcException;
import org.gvc4j.stats.formula.FormulaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: each a clear message naming what to fix, through the API and through {@code gvc estimate} (no stack trace). */
class BadInputTest {
    @TempDir
    Path tmp;

    /** A small gravity-like CSV: 3 exporters × 3 importers × 4 years with text, missing and constant columns. */
    static String csv() {
        StringBuilder sb = new StringBuilder("exp,imp,year,trade,neg,zero,dist,region,empty,one,x2\n");
        int row = 0;
        for (int e = 0; e < 3; e++) {
            for (int m = 0; m < 3; m++) {
                for (int t = 0; t < 4; t++) {
                    double trade = (e + 1) * (m + 2) * (t + 1) + (row % 3);
                    sb.append("E").append(e).append(",I").append(m).append(',').append(2000 + t).append(',')
                            .append(row % 5 == 0 ? 0 : trade).append(',').append(row == 16 ? -3 : trade).append(",0,")
                            .append(100 + 10 * e + 7 * m + (row % 4)).append(",R").append(e % 2).append(",NA,1,")
                            .append(2 * (100 + 10 * e + 7 * m + (row % 4))).append('\n');
                    row++;
                }
            }
        }
        return sb.toString();
    }

    Path data() throws IOException {
        Path p = tmp.resolve("d.csv");
        Files.writeString(p, csv());
        return p;
    }

    record Run(int code, String out, String err) {
    }

    Run cli(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of("estimate", "--data", data().toString(), "--quiet"));
        a.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(a.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        return new Run(code, o.toString(), e.toString());
    }

    static void noStackTrace(Run r) {
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), "stack trace printed:\n" + r.err);
    }

    GvcException api(Model m, String formula) throws IOException {
        return assertThrows(GvcException.class, () -> Estimate.of(m, Datasets.readCsv(data()), formula).fit());
    }

    @Test
    void formulaSyntaxError() throws IOException {
        GvcException e = api(Model.OLS, "trade ~ dist +");
        assertTrue(e instanceof FormulaException);
        assertTrue(e.getMessage().startsWith("formula error at column 15: expected a term after '+'"), e.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ dist +");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("formula error at column 15"), r.err);
        noStackTrace(r);
    }

    @Test
    void unknownColumnListsCloseMatches() throws IOException {
        GvcException e = api(Model.OLS, "trade ~ dsit | exp");
        assertTrue(e.getMessage().startsWith("unknown column 'dsit' (in the RHS). Did you mean: dist?"), e.getMessage());
        assertTrue(e.getMessage().contains("\n          ^") || e.getMessage().contains("^"), "caret under the name");
        GvcException fe = api(Model.OLS, "trade ~ dist | exporter");
        assertTrue(fe.getMessage().startsWith("unknown column 'exporter' (in the FE)"), fe.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ dist", "--cluster", "yeer");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("unknown column 'yeer' (in the cluster variables). Did you mean: year?"), r.err);
        noStackTrace(r);
    }

    @Test
    void nonNumericRegressor() throws IOException {
        GvcException e = api(Model.OLS, "trade ~ dist + region");
        assertTrue(e.getMessage().startsWith("column 'region' is text (e.g. 'R0') and cannot be a regressor; use it as "
                + "a fixed effect ('| region') or recode it"), e.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ region");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("is text"), r.err);
        noStackTrace(r);
    }

    @Test
    void allMissingColumn() throws IOException {
        GvcException e = api(Model.OLS, "trade ~ dist + empty");
        assertTrue(e.getMessage().startsWith("column 'empty' has no values: all 36 rows are missing"), e.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ log(empty)");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("has no values"), r.err);
        noStackTrace(r);
    }

    @Test
    void perfectCollinearityNamesTheDroppedTerm() throws IOException {
        Fit f = Estimate.of(Model.OLS, Datasets.readCsv(data()), "trade ~ x2 + dist | year").fit();
        assertEquals(List.of("dist"), f.getCollinearTerms(), "the later of two collinear columns goes");
        assertTrue(Double.isNaN(f.estimate("dist")));
        assertEquals(List.of("x2"), f.toTable().stringColumn("term").asList(), "as in fixest's coeftable: no row");
        assertTrue(f.getNotes().stream().anyMatch(n -> n.contains("removed because of collinearity: dist")), f.getNotes().toString());
        GvcException e = api(Model.OLS, "trade ~ one | exp");
        assertEquals("all regressors are collinear with the fixed effects: one", e.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ one | exp");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("collinear with the fixed effects: one"), r.err);
        noStackTrace(r);
    }

    @Test
    void outcomeAllZero() throws IOException {
        GvcException e = api(Model.PPML, "zero ~ dist | exp");
        assertTrue(e.getMessage().startsWith("outcome 'zero' is all zero"), e.getMessage());
        Run r = cli("--model", "ppml", "--formula", "zero ~ dist");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("is all zero"), r.err);
        noStackTrace(r);
    }

    @Test
    void negativeCountsForPpml() throws IOException {
        GvcException e = api(Model.PPML, "neg ~ dist | exp");
        assertTrue(e.getMessage().startsWith("negative values in 'neg' (1 row, first at row 17: -3.0)"), e.getMessage());
        Run r = cli("--model", "ppml", "--formula", "neg ~ dist");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("negative values in 'neg'"), r.err);
        noStackTrace(r);
    }

    @Test
    void logitOutcomeMustBeZeroOne() throws IOException {
        GvcException e = api(Model.LOGIT, "trade ~ dist");
        assertTrue(e.getMessage().startsWith("the outcome of a logit must be 0/1"), e.getMessage());
    }

    @Test
    void clusterWithOneLevel() throws IOException {
        GvcException e = assertThrows(GvcException.class, () -> Estimate.of(Model.OLS, Datasets.readCsv(data()),
                "trade ~ dist | exp").cluster("one").fit());
        assertEquals("cluster variable 'one' has a single level in the estimation sample; need ≥ 2", e.getMessage());
        Run r = cli("--model", "ols", "--formula", "trade ~ dist", "--cluster", "one");
        assertEquals(2, r.code, "bad input");
        assertTrue(r.err.contains("single level"), r.err);
        noStackTrace(r);
    }

    @Test
    void nonConvergenceIsReportedWithIterationsAndLastChange() throws IOException {
        Fit f = Estimate.of(Model.PPML, Datasets.readCsv(data()), "trade ~ log(dist) | exp").withMaxIterations(2, 10_000).fit();
        assertFalse(f.isConverged());
        assertEquals(2, f.getIterations());
        GvcException e = assertThrows(GvcException.class, f::requireConverged);
        assertTrue(e.getMessage().matches("IRLS did not converge in 2 iterations \\(last relative deviance change "
                + "[0-9.e+-]+\\)"), e.getMessage());
        Path out = tmp.resolve("o.csv");
        Run r = cli("--model", "ppml", "--formula", "trade ~ log(dist) | exp", "--glm-iter", "2", "--out", out.toString());
        assertEquals(0, r.code, "results are written, with a warning");
        assertTrue(r.err.startsWith("gvc: warning: IRLS did not converge in 2 iterations (last relative deviance change"),
                r.err);
        assertTrue(Files.exists(out));
        noStackTrace(r);
    }

    @Test
    void missingValuesAreDroppedAndCounted() throws IOException {
        Fit f = Estimate.of(Model.OLS, Datasets.readCsv(data()), "log(trade) ~ log(dist)").fit();
        int zeros = 0;
        for (String line : csv().split("\n")) {
            if (!line.startsWith("exp") && Double.parseDouble(line.split(",")[3]) == 0) {
                zeros++;
            }
        }
        assertEquals(zeros, f.getNobsMissing(), "log(0) = -Inf rows are dropped");
        assertEquals(36 - zeros, f.getNobs());
        assertTrue(f.getNotes().get(0).startsWith(zeros + " observations removed because of missing or non-finite values (LHS: "
                + zeros + ")"), f.getNotes().toString());
    }

    @Test
    void recursiveSingletonsAndAllZeroGroups() {
        // f1 = a a b b c ; f2 = u v v w w : level c is a singleton; removing it makes w a singleton, then b ...
        org.gvc4j.stats.data.ArraySource s = new org.gvc4j.stats.data.ArraySource("t", 8)
                .withCodes("f1", new int[] {0, 0, 1, 1, 2, 3, 3, 3})
                .withCodes("f2", new int[] {0, 1, 1, 2, 2, 4, 4, 4})
                .withNumeric("y", new double[] {1, 2, 3, 4, 5, 0, 0, 0})
                .withNumeric("x", new double[] {0.5, 1.5, 0.3, 2.2, 1.1, 0.7, 0.2, 0.9});
        Fit ols = Estimate.of(Model.OLS, s, "y ~ x | f1 + f2").withoutPerfectFitRemoval().fit();
        assertEquals(8, ols.getNobs());
        assertTrue(Double.isNaN(ols.getStdErrors()[0]), "n < K: no standard errors");
        assertTrue(ols.getNotes().stream().anyMatch(n -> n.startsWith("no degrees of freedom left")));
        Fit rec = Estimate.of(Model.OLS, s, "y ~ x | f1 + f2").fit();
        assertEquals(5, rec.getNobsPerfectFit(), "singletons removed in 3 rounds: rows 1,5 then 2,4 then 3");
        assertEquals(3, rec.getNobs());
        Throwable t = assertThrows(GvcException.class, () -> Estimate.of(Model.PPML, s, "y ~ x | f1 + f2").fit());
        assertTrue(t.getMessage().contains("no observations left"), t.getMessage());
        Fit p = Estimate.of(Model.PPML, s, "y ~ x | f1").fit();
        assertEquals(4, p.getNobsPerfectFit(), "the all-zero group (3 rows) and the singleton");
        assertEquals(1, p.getFixedEffectRemoved()[0] - 1, "2 levels removed");
    }
}
