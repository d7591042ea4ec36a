package org.gvc4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;
import org.gvc4j.script.Recipes;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The design card's chain, {@code io.decompose().bm2025().trade().exporter("China")}, as it stands: it prints, saves
 * and converts to a table, in Java and in a sandboxed Groovy recipe (Kotlin: TradeKotlinTest), with the seed's
 * numbers (gvcAnalyzer's vignette table, whose exporters are named China, India, Japan, ROW).
 */
class DesignCardChainTest {
    @TempDir
    Path tmp;

    @Test
    void printsSavesAndConvertsAsItStandsInJava() throws Exception {
        MrioTable io = Gvc.load(Reference.table("gvcanalyzer-toy")).like(Naming.GVC_ANALYZER);
        MeasureTable china = io.decompose().bm2025().trade().exporter("China");
        String printed = china.toString();
        assertTrue(printed.startsWith("# bm2025().trade().exporter(\"China\") (Borin, Mancini & Taglioni (2025); "
                + "gvcanalyzer-toy, value added as given, output as given; names: gvc_analyzer)\nexporter  "), printed);
        Table t = china.toTable();
        assertEquals(List.of("China"), t.stringColumn("exporter").asList());
        assertEquals(2496178.0, t.doubleColumn("E_s").get(0), 1e-9 * 2496178.0);
        Path file = tmp.resolve("china.csv");
        china.saveCsv(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("exporter,E_s,DAVAX,GVC_s,GVC_PF_s,GVC_TS_s,GVC_PB_s,share_GVC_trade,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("China,2496178,"), lines.get(1));
        Reference.assertMatches(Reference.expected("gvcanalyzer-toy", "bm_2025_trade_measures.csv"),
                io.decompose().bm2025().trade().exporters().toTable());
    }

    @Test
    void printsSavesAndConvertsAsItStandsInARecipe() throws Exception {
        Path toy = Reference.table("gvcanalyzer-toy");
        Path out = tmp.resolve("out");
        String printed = Recipes.run("""
                def io = load(args[0])
                def china = io.decompose().bm2025().trade().exporter("China")
                println china
                save china, args[1] + "/china.csv"
                println china.toTable().rowCount()
                """, "card.groovy", true, List.of(toy.toString(), out.toString()), List.of(toy), out);
        assertTrue(printed.startsWith("# bm2025().trade().exporter(\"China\") (Borin, Mancini & Taglioni (2025); "
                + "gvcanalyzer-toy, value added residual, output as given)\nexporter "), printed);
        assertTrue(printed.endsWith("\n1\n"), printed);
        assertTrue(Files.readAllLines(out.resolve("china.csv")).get(1).startsWith("China,2496178,"));
    }
}
