package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other side of the sandbox's language layer: ordinary recipes an economist writes (power asserts, 2-D arrays,
 * spread operators, named-argument constructors, closures with Java streams, Groovy's collection helpers, GStrings,
 * {@code String.format}, {@code printf}, {@code Math}) must compile under the policy, run, and print what they print
 * outside the sandbox. Each recipe in src/test/resources/recipes/legit lists its expected output as
 * {@code // out: LINE} comments, in order; it runs sandboxed with its output folder as {@code args[0]}.
 */
class LegitRecipeCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/recipes/legit");

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> everyLegitRecipeRunsSandboxedAndPrintsItsOutput() throws IOException {
        List<Path> recipes;
        try (Stream<Path> s = Files.list(CORPUS)) {
            recipes = s.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        }
        assertTrue(recipes.size() >= 15, "at least 15 legitimate recipes, found " + recipes.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : recipes) {
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> runOne(p)));
        }
        return tests;
    }

    private void runOne(Path recipe) throws IOException {
        String name = recipe.getFileName().toString();
        String src = Files.readString(recipe);
        List<String> expected = src.lines().filter(l -> l.startsWith("// out: ") || l.equals("// out:"))
                .map(l -> l.length() > 8 ? l.substring(8) : "").toList();
        assertTrue(!expected.isEmpty(), name + ": list the expected output as // out: lines");
        Path out = Files.createDirectories(tmp.resolve(name.replace(".groovy", "")));
        String printed;
        try {
            printed = Recipes.run(src, name, true, List.of(out.toString()), List.of(out), out);
        } catch (RecipeException e) {
            fail(name + ": a legitimate recipe was " + (e.exitCode() == RecipeException.REJECTED ? "refused" : "failed")
                    + ":\n" + e.getMessage());
            return;
        }
        assertEquals(String.join("\n", expected), printed.stripTrailing(), name + ": output");
    }
}
