package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deals API and the loader options on the recipes' public surface: {@code loadTexts} and {@code loadRules} read
 * only under the read roots (a folder's files must be regular files inside it), and the path-string readers of the
 * API stay refused in the sandbox.
 */
class RecipeDealsHelpersTest {
    @TempDir
    Path tmp;

    private Path texts() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(dir.resolve("a.txt"), "Article 1. The Parties shall settle any dispute by arbitration.\n");
        Files.writeString(dir.resolve("b.txt"), "Article 1. The Parties may hold consultations.\n");
        Files.writeString(dir.resolve("notes.md"), "not a text\n");
        return dir;
    }

    private String run(String src, Path root, boolean sandbox) {
        return Recipes.run(src, "deals.groovy", sandbox, List.of(root.toString()), List.of(root),
                Files.exists(tmp.resolve("out")) ? tmp.resolve("out") : tmp);
    }

    @Test
    void loadTextsReadsAFolderUnderTheReadRootsAndCodesIt() throws IOException {
        Path dir = texts();
        String out = run(String.join("\n",
                "import org.gvc4j.deals.*",
                "def texts = loadTexts(args[0])",
                "println texts*.name",
                "CodedTexts coded = TextCoding.of(texts).code()",
                "println coded.document('a').dispute",
                "println loadTexts(args[0] + '/b.txt').size()", ""), dir, true);
        assertEquals("[a, b]\nadjudicative\n1", out.strip());
    }

    @Test
    void loadRulesReadsARulesFileUnderTheReadRoots() throws IOException {
        Path dir = texts();
        Files.writeString(dir.resolve("rules.txt"), "");
        String out = run("println loadRules(args[0] + '/rules.txt').provisions.size() > 0\n", dir, true);
        assertEquals("true", out.strip());
    }

    @Test
    void aLinkInATextFolderAndAPathOutsideTheRootsAreRefused() throws IOException {
        Path dir = texts();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "hunter2");
        Files.createSymbolicLink(dir.resolve("c.txt"), secret);
        RecipeException e = assertThrows(RecipeException.class, () -> run("println loadTexts(args[0])*.text\n", dir, true));
        assertTrue(e.getMessage().contains("c.txt is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        e = assertThrows(RecipeException.class, () -> run("println loadTexts('" + secret + "')\n", dir, true));
        assertTrue(e.getMessage().startsWith("deals.groovy:1: read refused"), e.getMessage());
        e = assertThrows(RecipeException.class, () -> run("println loadRules('" + secret + "')\n", dir, true));
        assertTrue(e.getMessage().startsWith("deals.groovy:1: read refused"), e.getMessage());
    }

    @Test
    void thePathStringReadersOfTheApiAreRefusedInTheSandbox() throws IOException {
        Path dir = texts();
        for (String call : List.of("org.gvc4j.deals.text.AgreementText.readAll(args[0])",
                "org.gvc4j.deals.CodingRules.read(args[0])", "org.gvc4j.source.Groups.named(args[0])",
                "org.gvc4j.deals.panel.DealDatabase.read(args[0])")) {
            RecipeException e = assertThrows(RecipeException.class, () -> run("println " + call + "\n", dir, true));
            assertEquals(RecipeException.REJECTED, e.exitCode(), e.getMessage());
            assertTrue(e.getMessage().startsWith("deals.groovy:1: not allowed in sandboxed recipes"), e.getMessage());
        }
    }

    @Test
    void loaderOptionsAreUsableInTheSandbox() {
        String out = run(String.join("\n",
                "import org.gvc4j.source.*",
                "println Groups.shippedNames().contains('eu27')",
                "println ReadOptions.DEFAULT.withSplitRegions(true).splitRegions()", ""), tmp, true);
        assertEquals("true\ntrue", out.strip());
    }
}
