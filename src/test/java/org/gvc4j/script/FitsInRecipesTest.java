package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Several fitted models ({@code Fits}, from a split or stepwise estimation) are readable in sandboxed recipes; their
 * Path writers are not (they are {@code @FileAccess}: recipes save through {@code save(fits, "out/x.csv")}).
 */
class FitsInRecipesTest {
    @TempDir
    Path tmp;

    private static final String MAKE = "def t = demo().decompose().bm2025().trade().exporters().importers().bySector().toTable()\n"
            + "def fits = Estimate.ols(t, 'DAVAX ~ E').splitBy('exporter').fitAll()\n";

    @Test
    void aSandboxedRecipeReadsEachModelOfASplitEstimation() {
        Table t = Gvc.demo().decompose().bm2025().trade().exporters().importers().bySector().toTable();
        Fits fits = Estimate.ols(t, "DAVAX ~ E").splitBy("exporter").fitAll();
        String out = Recipes.run(MAKE + "println fits.size()\nfor (f in fits) { println f.estimate('E') }\n",
                "r.groovy", true, List.of(), List.of(), tmp);
        StringBuilder expected = new StringBuilder().append(fits.size()).append('\n');
        for (var f : fits) {
            expected.append(f.estimate("E")).append('\n');
        }
        assertTrue(fits.size() > 1, "a split gives several models");
        assertEquals(expected.toString(), out);
    }

    @Test
    void theirPathWritersStayRefused() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                MAKE + "fits.saveCsv(null)\n", "r.groovy", true, List.of(), List.of(), tmp));
        assertTrue(e.getMessage().startsWith("r.groovy:3:") && e.getMessage().contains("saveCsv") && !e.getMessage().contains("null"), e.getMessage());
        RecipeException f = assertThrows(RecipeException.class, () -> Recipes.run(
                MAKE + "fits.get(1).saveFixedEffectsCsv(null)\n", "r.groovy", true, List.of(), List.of(), tmp));
        assertTrue(f.getMessage().startsWith("r.groovy:3:") && f.getMessage().contains("saveFixedEffectsCsv") && !f.getMessage().contains("null"), f.getMessage());
    }
}
