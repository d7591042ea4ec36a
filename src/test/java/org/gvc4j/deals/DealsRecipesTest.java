package org.gvc4j.deals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.script.Recipes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipes in scripts/deals print what their headers say (run without the sandbox until the surface lists deals). */
class DealsRecipesTest {
    static final Path TEXTS = Path.of("../shared/reference/texts/tota");
    static final Path STATS = Path.of("../shared/reference/stats");

    @TempDir
    Path tmp;

    @Test
    void codeTextsCountsTheLabelsOfTheRealTexts() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TEXTS), TEXTS + " absent: skipping");
        String out = Recipes.run(Files.readString(Path.of("scripts/deals/code-texts.groovy")), "code-texts.groovy",
                false, List.of(TEXTS.toString(), tmp.toString()), List.of(TEXTS), tmp);
        assertTrue(out.startsWith("12 documents coded with the built-in rules"), out);
        assertTrue(out.contains("  binding  |            binding  |         10  |"), out);
        assertTrue(out.contains("  dispute  |       adjudicative  |          7  |"), out);
        assertTrue(out.contains(" validity  |        no duration  |         11  |"), out);
        assertTrue(Files.size(tmp.resolve("evidence.csv")) > 100_000);
        assertTrue(Files.exists(tmp.resolve("coded_texts.csv")));
    }

    @Test
    void panelBuildsTheIllustrativePanelAndEstimates() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STATS), STATS + " absent: skipping");
        String out = Recipes.run(Files.readString(Path.of("scripts/deals/panel.groovy")), "panel.groovy", false,
                List.of(STATS.toString(), "scripts/deals/illustrative-deals.csv"), List.of(STATS), tmp);
        assertTrue(out.startsWith("12 deals -> 914 directed dyad-years with a deal, 1986-2006"), out);
        assertTrue(out.contains(" 2006  |    110  |       58  |                 62  |         914  |"), out);
        assertTrue(out.contains("     deal dyads  |            60  |         8  |"), out);
        assertTrue(out.contains("deal:binding"), out);
        assertTrue(out.contains("Observations                        23,460               28,482"), out);
        assertTrue(out.contains("Odds ratio of a deal for contiguous pairs: 3.749; trade effect of a non-binding deal: "
                + "+22.5%, of a binding one: +25.1%"), out);
    }
}
