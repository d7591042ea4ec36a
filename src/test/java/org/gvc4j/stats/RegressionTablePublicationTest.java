package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication options of RegressionTable: labels, keep/drop, notes, mean of the dependent variable, percentage effects. */
class RegressionTablePublicationTest {
    @TempDir
    Path tmp;

    /** y = exp(0.5 + 0.4 d + 0.1 z) exactly, up to a small deterministic disturbance; log(y) for OLS. */
    private Path data() throws IOException {
        StringBuilder sb = new StringBuilder("y,d,z,g\n");
        for (int i = 0; i < 40; i++) {
            int d = i % 2;
            double z = (i * 7 % 11) / 3.0;
            double e = ((i * 13) % 5 - 2) * 0.01;
            sb.append(String.format(Locale.ROOT, "%.10f,%d,%.10f,%s%n", Math.exp(0.5 + 0.4 * d + 0.1 * z + e), d, z,
                    "g" + (i % 5)));
        }
        Path f = tmp.resolve("d.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @Test
    void labelsKeepDropNotesMeanAndPercentEffects() throws IOException {
        Path csv = data();
        Fit ols = Estimate.ols(csv, "log(y) ~ d + z | g").fit();
        Fit ppml = Estimate.ppml(csv, "y ~ d + z | g").fit();
        RegressionTable t = RegressionTable.of(ols, ppml).withTitles("OLS", "PPML")
                .withLabels(Map.of("d", "RTA", "g", "Group", "log(y)", "Log exports"))
                .drop("^z$").withDepVarMean().withPercentEffects("^d$").withNotes("Source: synthetic.", "Second line.");
        String text = t.toText();
        // the mean of the dependent variable, computed here from the data
        double sumLog = 0;
        double sum = 0;
        for (String line : Files.readAllLines(csv).subList(1, 41)) {
            double y = Double.parseDouble(line.split(",")[0]);
            sumLog += Math.log(y);
            sum += y;
        }
        assertEquals(sumLog / 40, ols.getDepVarMean(), 1e-12);
        assertEquals(sum / 40, ppml.getDepVarMean(), 1e-12);
        double bo = ols.getEstimates()[ols.getTerms().indexOf("d")];
        double bp = ppml.getEstimates()[ppml.getTerms().indexOf("d")];
        String pctO = String.format(Locale.ROOT, "[%.1f%%]", 100 * (Math.exp(bo) - 1));
        String pctP = String.format(Locale.ROOT, "[%.1f%%]", 100 * (Math.exp(bp) - 1));
        assertTrue(text.contains("Log exports"), text);
        assertTrue(text.contains("Group fixed effects"), text);
        assertFalse(text.contains("\nz "), "z dropped:\n" + text);
        assertTrue(text.contains(pctO) && text.contains(pctP), text);
        assertTrue(text.contains("Mean of dep. var.") && text.contains(f3(sumLog / 40)) && text.contains(f3(sum / 40)),
                text);
        assertTrue(text.endsWith("*** p<0.01, ** p<0.05, * p<0.1; standard errors in parentheses; percentage effects "
                + "100*(exp(b)-1) in brackets" + System.lineSeparator() + "Source: synthetic." + System.lineSeparator()
                + "Second line." + System.lineSeparator()), text);
        String tex = t.toLatex();
        assertTrue(tex.contains("RTA & $" + f3(bo)), tex);
        assertTrue(tex.contains(" & " + pctO.replace("%", "\\%") + " & " + pctP.replace("%", "\\%") + " \\\\\n"), tex);
        assertTrue(tex.endsWith("\\bottomrule\n"
                + "\\multicolumn{3}{l}{\\footnotesize $^{***}$ $p<0.01$, $^{**}$ $p<0.05$, $^{*}$ $p<0.1$; standard errors "
                + "in parentheses; percentage effects $100(e^{b}-1)$ in brackets} \\\\\n"
                + "\\multicolumn{3}{l}{\\footnotesize Source: synthetic.} \\\\\n"
                + "\\multicolumn{3}{l}{\\footnotesize Second line.} \\\\\n"
                + "\\end{tabular}\n"), tex);
        assertFalse(tex.contains("\n% "), "no legend hidden in a comment:\n" + tex);
        String md = t.toMarkdown();
        assertTrue(md.endsWith("\n\\*\\*\\* p<0.01, \\*\\* p<0.05, \\* p<0.1; standard errors in parentheses; percentage "
                + "effects 100\\*(exp(b)-1) in brackets\n\nSource: synthetic.\n\nSecond line.\n"), md);
        assertTrue(md.contains("| Mean of dep. var. | " + f3(sumLog / 40) + " | " + f3(sum / 40) + " |"), md);
        String html = t.toHtml();
        assertTrue(html.endsWith("<tfoot>\n<tr><td colspan=\"3\">*** p&lt;0.01, ** p&lt;0.05, * p&lt;0.1; standard errors "
                + "in parentheses; percentage effects 100*(exp(b)-1) in brackets</td></tr>\n"
                + "<tr><td colspan=\"3\">Source: synthetic.</td></tr>\n<tr><td colspan=\"3\">Second line.</td></tr>\n"
                + "</tfoot>\n</table>\n"), html);
        String saved = Files.readString(t.save(tmp.resolve("t.tex")));
        assertTrue(saved.startsWith("% gvc4j provenance\n") && saved.contains("Source: synthetic.")
                && saved.endsWith(tex), saved);
    }

    @Test
    void keepByRegexOrExactNameAndPercentOnlyForLogLinearModels() throws IOException {
        Path csv = data();
        Fit level = Estimate.ols(csv, "y ~ d + log(z + 1) | g").fit();
        Fit ppml = Estimate.ppml(csv, "y ~ d + log(z + 1) | g").fit();
        RegressionTable t = RegressionTable.of(level, ppml).keep("log(z + 1)").withPercentEffects();
        var terms = t.toTable().stringColumn("term").asList();
        assertTrue(terms.contains("log(z + 1)") && !terms.contains("d"), terms.toString());
        var pct = t.toTable().stringColumn("(1)").get(terms.indexOf("log(z + 1)") + 2);
        assertEquals("", pct, "no percentage effect for OLS in levels");
        double b = ppml.getEstimates()[ppml.getTerms().indexOf("log(z + 1)")];
        assertEquals(String.format(Locale.ROOT, "[%.1f%%]", 100 * Math.expm1(b)),
                t.toTable().stringColumn("(2)").get(terms.indexOf("log(z + 1)") + 2));
        RegressionTable r = RegressionTable.of(level, ppml).keep("^d");
        assertEquals(java.util.List.of("d"), r.toTable().stringColumn("term").asList().stream()
                .filter(s -> s.equals("d") || s.startsWith("log")).toList());
    }

    @Test
    void badPatternsAreOneLineErrorsNamingTheOption() throws IOException {
        Fit f = Estimate.ols(data(), "y ~ d + z | g").fit();
        RegressionTable t = RegressionTable.of(f);
        EstimationException e = assertThrows(EstimationException.class, () -> t.keep("rta"));
        assertEquals("keep: 'rta' matches no term; the terms are d, z", e.getMessage());
        e = assertThrows(EstimationException.class, () -> t.drop("d("));
        assertTrue(e.getMessage().startsWith("drop: 'd(' is not a valid regular expression ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
