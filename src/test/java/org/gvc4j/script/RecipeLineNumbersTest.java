package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Refusals of the language layer name the recipe line: overrides of the base class's methods, huge literals and
 * methods, and annotations wherever they are written (declarations, imports, parameters, catch and loop variables,
 * casts, {@code new}); no Java exception class name reaches the user.
 */
class RecipeLineNumbersTest {
    @TempDir
    Path tmp;

    private RecipeException refused(String src) {
        RecipeException e = assertThrows(RecipeException.class,
                () -> Recipes.run(src, "recipe.groovy", true, List.of(), List.of(), tmp));
        assertEquals(RecipeException.REJECTED, e.exitCode(), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*\\b(java|groovy|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*"),
                "no exception class name: " + e.getMessage());
        assertFalse(e.getMessage().contains("recipe_"), "no compiled class name: " + e.getMessage());
        return e;
    }

    static Stream<Arguments> overrides() {
        return Stream.of(
                Arguments.of("void setBinding(groovy.lang.Binding b) { throw new IllegalStateException(\"x\") }", "setBinding"),
                Arguments.of("groovy.lang.Binding getBinding() { null }", "getBinding"),
                Arguments.of("Object run() { 1 }", "run"),
                Arguments.of("Object getProperty(String n) { 1 }", "getProperty"),
                Arguments.of("void setProperty(String n, Object v) { }", "setProperty"),
                Arguments.of("Object invokeMethod(String n, Object a) { 1 }", "invokeMethod"));
    }

    @ParameterizedTest
    @MethodSource("overrides")
    void overridingTheBaseClassIsRefusedWithTheLine(String decl, String name) {
        RecipeException e = refused("println 'a'\n\n" + decl + "\nprintln 'b'\n");
        assertTrue(e.getMessage().startsWith("recipe.groovy:3: a recipe may not declare " + name + "(...)"),
                e.getMessage());
    }

    @Test
    void aHugeListOrMapLiteralIsRefusedWithItsLine() {
        String list = IntStream.range(0, 20_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        RecipeException e = refused("println 1\ndef l = [" + list + "]\nprintln l.size()\n");
        assertTrue(e.getMessage().startsWith("recipe.groovy:2: a list literal of 20,000 elements is too large"),
                e.getMessage());
        String map = IntStream.range(0, 6_000).mapToObj(i -> "k" + i + ": " + i).collect(Collectors.joining(","));
        e = refused("println 1\nprintln 2\ndef m = [" + map + "]\n");
        assertTrue(e.getMessage().startsWith("recipe.groovy:3: a map literal of 6,000 elements is too large"),
                e.getMessage());
    }

    @Test
    void aBodyTooLargeForTheJvmIsRefusedWithALine() {
        String body = IntStream.range(0, 6_000).mapToObj(i -> "def v" + i + " = " + i).collect(Collectors.joining("\n"));
        RecipeException e = refused(body + "\n");
        assertTrue(e.getMessage().startsWith("recipe.groovy:1: the recipe is too large to compile"), e.getMessage());
    }

    static Stream<Arguments> annotations() {
        return Stream.of(
                Arguments.of("@groovy.transform.ASTTest(value = { System.exit(66) })\ndef x = 1", "ASTTest"),
                Arguments.of("@Grab(\"org.example:evil:1.0\")\nimport java.lang.Math", "Grab"),
                Arguments.of("@GrabConfig(systemClassLoader = true)\ndef y = 2", "GrabConfig"),
                Arguments.of("@groovy.transform.ConditionalInterrupt({ true })\ndef z = 3", "ConditionalInterrupt"),
                Arguments.of("def c = { @groovy.transform.ASTTest(value = { System.exit(66) }) x -> x }", "ASTTest"),
                Arguments.of("try { println 1 } catch (@Deprecated Exception e) { println e }", "Deprecated"),
                Arguments.of("println((@Deprecated String) \"cast\")", "Deprecated"),
                Arguments.of("def sb = new @Deprecated StringBuilder()", "Deprecated"),
                Arguments.of("for (@Deprecated int i in [1]) { println i }", "Deprecated"),
                Arguments.of("def f(@Deprecated int x) { x }", "Deprecated"),
                Arguments.of("List<@Deprecated String> l = []", "Deprecated"));
    }

    @ParameterizedTest
    @MethodSource("annotations")
    void everyAnnotationIsRefusedWithItsLine(String code, String name) {
        RecipeException e = refused("println 'first'\n" + code + "\n");
        assertTrue(e.getMessage().startsWith("recipe.groovy:2: annotations (@" + name + ") are not allowed"),
                e.getMessage());
    }

    @Test
    void atSignsInStringsCommentsAndAttributeAccessAreNotAnnotations() {
        String out = Recipes.run("// @Grab in a comment\ndef s = 'a@b.c'\nprintln \"${s} @Foo\"\n", "recipe.groovy", true,
                List.of(), List.of(), tmp);
        assertEquals("a@b.c @Foo", out.strip());
    }

    @Test
    void aTrustedSetBindingOverrideFailsWithItsLine() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                "println 'a'\nvoid setBinding(groovy.lang.Binding b) { throw new IllegalStateException('from setBinding') }\n",
                "recipe.groovy", false, List.of(), List.of(), tmp));
        assertEquals("recipe.groovy:2: from setBinding", e.getMessage());
    }
}
