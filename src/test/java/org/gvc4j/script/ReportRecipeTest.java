package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.report.TableReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipe helper report(io, file): the page gvc report writes, confined like save, .html only. */
class ReportRecipeTest {
    @TempDir
    Path tmp;

    @Test
    void aSandboxedRecipeWritesTheSamePageAsTheLibraryUnderItsOutputFolder() throws IOException {
        Path out = tmp.resolve("out");
        Path page = out.resolve("sub/demo.html");
        String printed = Recipes.run("println report(demo(), '" + page + "')\n", "r.groovy", true, List.of(),
                List.of(), out);
        assertEquals(page.toString(), printed.strip());
        assertEquals(TableReport.of(Gvc.demo()).toHtml(), Files.readString(page));
    }

    @Test
    void anotherExtensionOrAFolderOutsideTheOutputIsRefusedWithTheLine() {
        Path out = tmp.resolve("out");
        RecipeException ext = assertThrows(RecipeException.class, () -> Recipes.run(
                "def io = demo()\nreport(io, '" + out.resolve("page.txt") + "')\n", "r.groovy", true, List.of(),
                List.of(), out));
        assertTrue(ext.getMessage().startsWith("r.groovy:2: report: "), ext.getMessage());
        assertTrue(ext.getMessage().contains("must end in .html"), ext.getMessage());
        Path outside = tmp.resolve("elsewhere/page.html");
        RecipeException esc = assertThrows(RecipeException.class, () -> Recipes.run(
                "report(demo(), '" + outside + "')\n", "r.groovy", true, List.of(), List.of(), out));
        assertTrue(esc.getMessage().startsWith("r.groovy:1:"), esc.getMessage());
        assertTrue(esc.getMessage().contains("refused"), esc.getMessage());
        assertFalse(Files.exists(outside));
        assertFalse(Files.exists(out.resolve("page.txt")));
    }
}
