package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The regression table of the public gravity cases (the Java calls a gravity recipe makes), in every format. */
class RegressionTableTest {
    @TempDir
    Path tmp;

    static RegressionTable gravity() {
        Path root = StatsCases.root();
        Fit ols = Estimate.ols(root.resolve("gravity-ols/data.csv"),
                "log(trade) ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year").cluster("pair").fit();
        Fit ppml = Estimate.ppml(root.resolve("gravity-ppml-trad/data.csv"),
                "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year").cluster("pair").fit();
        Fit pair = Estimate.ppml(root.resolve("gravity-ppml-rta/data.csv"),
                "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit();
        return RegressionTable.of(ols, ppml, pair).withTitles("OLS", "PPML", "PAIRFE");
    }

    @Test
    void gravityTableLikeTheReport() throws IOException {
        RegressionTable t = gravity();
        String text = t.toText();
        System.out.println(text);
        assertTrue(text.contains("log(dist)"), text);
        assertTrue(text.contains("-1.216***"), "OLS log(dist) with stars:\n" + text);
        assertTrue(text.contains("(0.039)"), text);
        assertTrue(text.contains("0.557***"), "PAIRFE rta:\n" + text);
        assertTrue(text.contains("(0.104)"), text);
        assertTrue(text.contains("25,689") && text.contains("28,152") && text.contains("28,482"), text);
        assertTrue(text.contains("pair fixed effects") && text.contains("Clustered (pair)"), text);
        Table tab = t.toTable();
        assertEquals(4, tab.columnCount());
        assertEquals("OLS", tab.columnNames().get(1));
        for (String ext : new String[] {"csv", "md", "tex", "html", "txt"}) {
            Path f = t.save(tmp.resolve("table." + ext));
            String s = Files.readString(f);
            assertTrue(s.contains("rta"), ext);
            assertTrue(s.contains("0.557"), ext);
        }
        assertTrue(t.toLatex().contains("$0.557^{***}$"), t.toLatex());
        assertTrue(t.toMarkdown().startsWith("| | OLS | PPML | PAIRFE |"), t.toMarkdown());
        assertTrue(t.toHtml().contains("<th>PAIRFE</th>"), t.toHtml());
        assertTrue(t.toCsv().startsWith("term,OLS,PPML,PAIRFE\n"), t.toCsv());
    }

    @Test
    void termsMissingFromAModelAreBlank() {
        var p = DummyRegressionTest.panel(3, 200, 5, 4);
        Fit a = Estimate.of(Model.OLS, p.src(), "y ~ x1 | f1").fit();
        Fit b = Estimate.of(Model.OLS, p.src(), "y ~ x1 + x2 | f1 + f2").hetero().fit();
        RegressionTable t = RegressionTable.of(a, b).withDigits(4);
        Table tab = t.toTable();
        int x2 = tab.stringColumn("term").indexOf("x2");
        assertEquals("", tab.stringColumn("(1)").get(x2));
        assertTrue(tab.stringColumn("(2)").get(x2).matches("-?[0-9]+\\.[0-9]{4}\\**"), tab.stringColumn("(2)").get(x2));
        assertTrue(t.toText().contains("Heteroskedasticity-robust"));
    }
}
