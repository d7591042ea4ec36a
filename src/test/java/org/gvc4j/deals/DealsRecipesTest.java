package org.gvc4j.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.chart.RecipeCharts;
import org.gvc4j.cli.Main;
import org.gvc4j.deals.panel.DealDatabase;
import org.gvc4j.deals.panel.DealPanel;
import org.gvc4j.deals.text.AgreementText;
import org.gvc4j.stats.Datasets;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The recipes in scripts/deals run sandboxed ({@code gvc run --sandbox}), print what their headers say, save their
 * tables and charts (PNG, SVG, HTML rendered offline in headless Chromium where installed), and the numbers in their
 * CSVs equal the library's, called here directly.
 */
class DealsRecipesTest {
    static final Path TEXTS = Path.of("../shared/reference/texts/tota");
    static final Path STATS = Path.of("../shared/reference/stats");
    static final Path DEALS = Path.of("scripts/deals/illustrative-deals.csv");

    @TempDir
    Path tmp;

    /** Runs a recipe sandboxed with --out OUT and the arguments; returns what it printed. */
    String run(String recipe, Path out, String... args) {
        List<String> cmd = new ArrayList<>(List.of("run", "--sandbox", "--timeout", "120", "--out", out.toString(),
                "scripts/deals/" + recipe));
        cmd.addAll(List.of(args));
        StringWriter std = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(cmd.toArray(String[]::new), new PrintWriter(std), new PrintWriter(err));
        assertEquals(0, code, recipe + ": " + err);
        System.out.printf(Locale.ROOT, "%s: ran sandboxed in %.1f s%n", recipe, (System.nanoTime() - t0) / 1e9);
        return std.toString();
    }

    @Test
    void codeTextsCountsAndChartsTheLabelsOfTheRealTexts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TEXTS), TEXTS + " absent: skipping");
        Path out = tmp.resolve("code");
        String printed = run("code-texts.groovy", out, TEXTS.toString(), out.toString());
        assertTrue(printed.startsWith("12 documents coded with the built-in rules"), printed);
        assertTrue(printed.contains("  binding  |            binding  |         10  |"), printed);
        assertTrue(printed.contains("  dispute  |       adjudicative  |          7  |"), printed);
        assertTrue(printed.contains(" validity  |        no duration  |         11  |"), printed);
        assertTrue(Files.size(out.resolve("evidence.csv")) > 100_000);
        assertTrue(Files.exists(out.resolve("coded_texts.csv")));

        List<AgreementText> texts = new ArrayList<>();
        try (var files = Files.list(TEXTS)) {
            for (Path p : files.sorted().toList()) {
                texts.add(AgreementText.read(p));
            }
        }
        CodedTexts coded = TextCoding.of(texts).code();
        Table want = coded.labelCounts();
        Table got = Datasets.readCsv(out.resolve("label_counts.csv"));
        assertEquals(want.rowCount(), got.rowCount());
        for (int r = 0; r < got.rowCount(); r++) {
            assertEquals(want.stringColumn("field").get(r), got.column("field").getString(r));
            assertEquals(want.stringColumn("label").get(r), got.column("label").getString(r));
            assertEquals(want.intColumn("documents").getInt(r), got.numberColumn("documents").getDouble(r), 0.0);
        }
        Table table = coded.toTable();
        Table prov = Datasets.readCsv(out.resolve("provisions.csv"));
        assertEquals(coded.getProvisions().size(), prov.rowCount());
        double prev = Double.POSITIVE_INFINITY;
        for (int r = 0; r < prov.rowCount(); r++) {
            String p = prov.column("provision").getString(r);
            int n = 0;
            for (int i = 0; i < table.rowCount(); i++) {
                n += !table.intColumn(p).isMissing(i) && table.intColumn(p).getInt(i) >= 2 ? 1 : 0;
            }
            double d = prov.numberColumn("documents").getDouble(r);
            assertEquals(n, d, 0.0, p);
            assertTrue(d <= prev, "most documents first");
            prev = d;
        }
        for (String stem : List.of("label_counts_binding", "label_counts_dispute", "label_counts_validity", "provisions")) {
            RecipeCharts.assertChart(out, stem, tmp);
        }
    }

    @Test
    void panelBuildsTheIllustrativePanelEstimatesAndCharts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(STATS), STATS + " absent: skipping");
        Path out = tmp.resolve("panel");
        String printed = run("panel.groovy", out, STATS.toString(), DEALS.toString(), out.toString());
        assertTrue(printed.startsWith("12 deals -> 914 directed dyad-years with a deal, 1986-2006"), printed);
        assertTrue(printed.contains(" 2006  |    110  |       58  |                 62  |         914  |"), printed);
        assertTrue(printed.contains("     deal dyads  |            60  |         8  |"), printed);
        assertTrue(printed.contains("deal:binding"), printed);
        assertTrue(printed.contains("Observations                        23,460               28,482"), printed);
        assertTrue(printed.contains("Odds ratio of a deal for contiguous pairs: 3.749; trade effect of a non-binding deal: "
                + "+22.5%, of a binding one: +25.1%"), printed);

        DealPanel panel = DealPanel.of(DealDatabase.of(Datasets.readCsv(DEALS))).years(1986, 2006).directed();
        Table cum = panel.cumulative();
        Table fig81 = Datasets.readCsv(out.resolve("cumulative_dyad_years.csv"));
        assertEquals(3 * cum.rowCount(), fig81.rowCount());
        String[] cols = {"cumulative", "cumulative_digital", "cumulative_critical_minerals"};
        for (int k = 0; k < 3; k++) {
            for (int r = 0; r < cum.rowCount(); r++) {
                int row = k * cum.rowCount() + r;
                assertEquals(cum.intColumn("year").getInt(r), fig81.numberColumn("year").getDouble(row), 0.0);
                assertEquals(cum.intColumn(cols[k]).getInt(r), fig81.numberColumn("dyad_years").getDouble(row), 0.0);
            }
        }
        assertEquals(914, fig81.numberColumn("dyad_years").getDouble(cum.rowCount() - 1), 0.0, "Fig. 8.1's last total");

        Table intl = panel.mergeInto(Datasets.readCsv(STATS.resolve("gravity-ppml-trad/data.csv")));
        Table all = panel.mergeInto(Datasets.readCsv(STATS.resolve("gravity-ppml-rta/data.csv")));
        Fit formation = Estimate.logit(intl, "deal ~ log(dist) + cntg + lang + clny + rta | year").cluster("pair").fit();
        Fit effect = Estimate.ppml(all, "trade ~ deal + deal:binding + rta | exporter^year + importer^year + pair")
                .cluster("pair").fit();
        Table coef = Datasets.readCsv(out.resolve("deal_coefficients.csv"));
        List<String> logitTerms = formation.getTerms();
        List<String> ppmlTerms = effect.getTerms();
        assertEquals(List.of("log(dist)", "cntg", "lang", "clny", "rta"), logitTerms);
        assertTrue(ppmlTerms.containsAll(List.of("deal", "deal:binding", "rta")) && ppmlTerms.size() == 3, ppmlTerms.toString());
        assertEquals(logitTerms.size() + ppmlTerms.size(), coef.rowCount());
        for (int r = 0; r < coef.rowCount(); r++) {
            boolean logit = r < logitTerms.size();
            Fit f = logit ? formation : effect;
            String term = logit ? logitTerms.get(r) : ppmlTerms.get(r - logitTerms.size());
            assertEquals(term, coef.column("term").getString(r));
            assertTrue(coef.column("model").getString(r).startsWith(logit ? "Logit" : "PPML"));
            assertEquals(f.estimate(term), coef.numberColumn("estimate").getDouble(r), 0.0, term);
            assertEquals(f.stdError(term), coef.numberColumn("std_error").getDouble(r), 0.0, term);
            assertEquals(Math.exp(f.estimate(term)), coef.numberColumn("ratio").getDouble(r), 0.0, term);
        }
        assertEquals(3.749, Math.exp(formation.estimate("cntg")), 5e-4, "the odds ratio the recipe prints");
        for (String stem : List.of("cumulative_dyad_years", "deal_coefficients")) {
            RecipeCharts.assertChart(out, stem, tmp);
        }
    }
}
