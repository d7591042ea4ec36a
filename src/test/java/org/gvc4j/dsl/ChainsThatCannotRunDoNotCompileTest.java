package org.gvc4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain that cannot run does not compile (dsl-docs/README.md, "One grammar"): each chain below is compiled as Java
 * (javax.tools) and as Kotlin (the Kotlin compiler the build uses), and must fail on its own line for the missing
 * verb; the valid chains in the same files must compile. Sandboxed Groovy recipes are compiled statically and refuse
 * the same chains (RecipeSandboxTest).
 */
class ChainsThatCannotRunDoNotCompileTest {
    /** A chain that must not compile, the verb that is missing, and the step type that lacks it (Java's message). */
    record Bad(String chain, String verb, String stepType) {
    }

    static final String D = "Gvc.demo().decompose()";
    static final List<Bad> BAD = List.of(
            // the six chains IcioApiTest used to assert compile and then throw
            new Bad(D + ".icio().exporter(\"CHN\").self().toTable()", "toTable", "IcioSelfStep"),
            new Bad(D + ".icio().exporter(\"CHN\").sink().self()", "self", "IcioApproachStep"),
            new Bad(D + ".icio().exporter(\"CHN\").self().source()", "source", "IcioSelfStep"),
            new Bad(D + ".icio().exporter(\"CHN\").importer(\"USA\").self().sink()", "sink", "IcioSelfPairStep"),
            new Bad(D + ".icio().exporter(\"CHN\").world().withTerms()", "withTerms", "IcioWorldStep"),
            new Bad(D + ".icio().exporter(\"CHN\").perspective()", "perspective", "IcioExporterStep"),
            // what groups, the self perimeter, sub-terms and origins cannot be combined with
            new Bad(D + ".icio().group(\"EU\", \"DEU\", \"MEX\").world()", "world", "IcioGroupStep"),
            new Bad(D + ".icio().group(\"EU\", \"DEU\", \"MEX\").self()", "self", "IcioGroupStep"),
            new Bad(D + ".icio().group(\"EU\", \"DEU\", \"MEX\").byOrigin()", "byOrigin", "IcioGroupStep"),
            new Bad(D + ".icio().exporter(\"CHN\").world().self()", "self", "IcioWorldStep"),
            new Bad(D + ".icio().exporter(\"CHN\").withTerms().byOrigin()", "byOrigin", "MeasureTable"),
            new Bad(D + ".icio().exporter(\"CHN\").sector(\"Energy\").byOrigin()", "byOrigin", "IcioTermsStep"),
            new Bad(D + ".icio().exporter(\"CHN\").self().bySector().withTerms()", "withTerms", "MeasureTable"),
            new Bad(D + ".icio().importer(\"USA\").sink()", "sink", "IcioImporterStep"),
            // the grammar's order: partner, perimeter, approach, sector level, extras
            new Bad(D + ".icio().exporter(\"CHN\").bySector().importer(\"USA\")", "importer", "IcioSectorStep"),
            new Bad(D + ".icio().exporter(\"CHN\").sink().sink()", "sink", "IcioApproachStep"),
            new Bad(D + ".icio().exporter(\"CHN\").source().world()", "world", "IcioApproachStep"),
            new Bad(D + ".bm2023().exporter(\"CHN\").sink()", "sink", "Bm2023ExporterStep"),
            new Bad(D + ".bm2023().exporter(\"CHN\").importer(\"USA\").self().sink()", "sink", "MeasureTable"),
            new Bad(D + ".bm2023().exporter(\"CHN\").importer(\"USA\").importer(\"MEX\")", "importer", "Bm2023PairStep"),
            new Bad(D + ".bm2025().trade().bySector()", "bySector", "Bm2025TradeStep"),
            new Bad(D + ".bm2025().trade().exporter(\"CHN\").bySector().importer(\"USA\")", "importer", "MeasureTable"),
            new Bad(D + ".bm2025().trade().exporters().importers().importers()", "importers", "Bm2025TradePairStep"),
            new Bad(D + ".bm2025().output().countries().bySector().gdpClosed()", "gdpClosed", "MeasureTable"),
            new Bad(D + ".bm2025().output().country(\"CHN\").importer(\"USA\")", "importer", "Bm2025OutputCountryStep"),
            // the classic methods (issue 15): the same rows of the grammar
            new Bad(D + ".leontief().exporters()", "exporters", "LeontiefStep"),
            new Bad(D + ".leontief().finalDemand().countries().bySector()", "bySector", "LeontiefFinalStep"),
            new Bad(D + ".leontief().exports().exporters().byOriginSector().bySector()", "bySector", "MeasureTable"),
            new Bad(D + ".kww().exporters().withTerms().importers()", "importers", "MeasureTable"),
            new Bad(D + ".kww().exporters().importers().fdcResidual()", "fdcResidual", "KwwPairStep"),
            new Bad(D + ".kww().exporters().bySector().importers()", "importers", "KwwTermsStep"),
            new Bad(D + ".wwz().exporters().bySector().importers()", "importers", "MeasureTable"),
            new Bad(D + ".miroudotYe().exporters().self().toTable()", "toTable", "MiroudotYeSelfStep"),
            new Bad(D + ".miroudotYe().exporters().world().self()", "self", "MiroudotYePerimeterStep"),
            new Bad(D + ".tiva().countries().importers()", "importers", "TivaCountryStep"),
            new Bad(D + ".tiva().exporters()", "exporters", "TivaStep"),
            new Bad(D + ".wwyz().exporters()", "exporters", "PositionStep"),
            new Bad(D + ".upstreamness().countries().bySector().bySector()", "bySector", "MeasureTable"),
            new Bad(D + ".rca().countries().bySector()", "bySector", "RcaCountryStep"));

    /** Chains that must compile in both languages: without them a broken harness would pass every bad chain. */
    static final List<String> GOOD = List.of(
            D + ".bm2025().trade().exporter(\"CHN\").toTable()",
            D + ".bm2025().trade().exporter(\"CHN\").importer(\"USA\").bySector().getRowCount()",
            D + ".icio().exporter(\"CHN\").importer(\"USA\").sink().bySector().byOrigin().toTable()",
            D + ".icio().exporter(\"CHN\").importer(\"USA\").self().sector(\"Energy\").toTable()",
            D + ".icio().exporters().world().sink().bySector().origin(\"USA\").toTable()",
            D + ".icio().group(\"EU\", \"DEU\", \"MEX\").importers().sink().bySector().withTerms().toTable()",
            D + ".bm2023().exporters().importers().self().toTable()",
            D + ".bm2025().output().countries().gdpClosed().bySector().toTable()",
            D + ".leontief().exports().exporter(\"CHN\").bySector().byOriginSector().toTable()",
            D + ".kww().exporters().importers().bySector().withTerms().toTable()",
            D + ".kww().exporter(\"MEX\").fdcResidual().withTerms().toTable()",
            D + ".wwz().exporters().importer(\"USA\").bySector().toTable()",
            D + ".miroudotYe().exporters().importers().self().bySector().toTable()",
            D + ".tiva().country(\"CHN\").partners().bySector().toTable()",
            D + ".apl().countries().bySector().toTable()",
            D + ".rca().country(3).valueAdded().toTable()");

    @TempDir
    Path tmp;

    @Test
    void javaRefusesEveryChainThatCannotRunAndCompilesTheOthers() throws Exception {
        StringBuilder src = new StringBuilder("import org.gvc4j.Gvc;\nimport org.gvc4j.result.MeasureTable;\n"
                + "class Chains {\n");
        Map<Integer, Bad> byLine = new TreeMap<>();
        int line = 4;
        for (Bad b : BAD) {
            src.append("    static Object bad").append(line).append("() { return ").append(b.chain()).append("; }\n");
            byLine.put(line++, b);
        }
        for (String g : GOOD) {
            src.append("    static Object good").append(line++).append("() { return ").append(g).append("; }\n");
        }
        src.append("    static MeasureTable card() { return Gvc.demo().decompose().bm2025().trade().exporter(\"China\"); }\n}\n");
        Path file = Files.writeString(tmp.resolve("Chains.java"), src);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
            javac.getTask(null, fm, diags, List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    tmp.toString(), "-proc:none", "-Xmaxerrs", "1000"), null, fm.getJavaFileObjects(file.toFile())).call();
        }
        Map<Integer, String> errors = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.merge((int) d.getLineNumber(), d.getMessage(Locale.ROOT), (a, b) -> a + "\n" + b);
            }
        }
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Integer, Bad> e : byLine.entrySet()) {
            Bad b = e.getValue();
            String want = "cannot find symbol\n  symbol:   method " + b.verb() + "(";
            String got = errors.remove(e.getKey());
            if (got == null || !got.startsWith(want) || !got.contains("location: interface org.gvc4j."
                    + (b.stepType().equals("MeasureTable") ? "result." : "dsl.") + b.stepType())) {
                bad.add(b.chain() + "\n  expected: " + want + "...) in " + b.stepType() + "\n  got: " + got);
            }
        }
        errors.forEach((l, m) -> bad.add("line " + l + " should compile: " + m));
        assertEquals(List.of(), bad);
    }

    @Test
    void kotlinRefusesEveryChainThatCannotRunAndCompilesTheOthers() throws Exception {
        StringBuilder src = new StringBuilder("import org.gvc4j.Gvc\nimport org.gvc4j.result.MeasureTable\n\n");
        Map<Integer, Bad> byLine = new TreeMap<>();
        int line = 4;
        for (Bad b : BAD) {
            src.append("fun bad").append(line).append("(): Any = ").append(b.chain()).append('\n');
            byLine.put(line++, b);
        }
        for (String g : GOOD) {
            src.append("fun good").append(line++).append("(): Any = ").append(g).append('\n');
        }
        src.append("fun card(): MeasureTable = Gvc.demo().decompose().bm2025().trade().exporter(\"China\")\n");
        Path file = Files.writeString(tmp.resolve("chains.kt"), src);
        String output = kotlinc(file);
        Map<Integer, String> errors = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^.*chains\\.kt:(\\d+):\\d+: error: (.*)$").matcher(output);
        while (m.find()) {
            errors.merge(Integer.parseInt(m.group(1)), m.group(2), (a, b) -> a + "\n" + b);
        }
        assertTrue(output.contains("error:"), "the Kotlin compiler ran and reported errors:\n" + output);
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Integer, Bad> e : byLine.entrySet()) {
            String want = "unresolved reference '" + e.getValue().verb() + "'.";
            String got = errors.remove(e.getKey());
            if (!want.equals(got)) {
                bad.add(e.getValue().chain() + "\n  expected: " + want + "\n  got: " + got);
            }
        }
        errors.forEach((l, msg) -> bad.add("line " + l + " should compile: " + msg));
        assertEquals(List.of(), bad);
    }

    /**
     * Sandboxed recipes are compiled statically: every chain that cannot run is refused before the recipe runs, with
     * its line and the missing verb, and the valid ones run.
     */
    @Test
    void recipesRefuseEveryChainThatCannotRunBeforeRunning() {
        List<String> bad = new ArrayList<>();
        for (Bad b : BAD) {
            String recipe = "import org.gvc4j.Gvc\nprintln 'ran'\ndef x = " + b.chain() + "\n";
            try {
                String out = org.gvc4j.script.Recipes.run(recipe, "chain.groovy", true, List.of(), List.of(), tmp);
                bad.add(b.chain() + ": ran and printed " + out);
            } catch (org.gvc4j.script.RecipeException e) {
                if (!e.getMessage().startsWith("chain.groovy:3:") || !e.getMessage().contains(b.verb())
                        || e.exitCode() != 3) {
                    bad.add(b.chain() + ": " + e.getMessage() + " (exit " + e.exitCode() + ")");
                }
            }
        }
        assertEquals(List.of(), bad);
        for (String g : GOOD) {
            assertEquals("ran\n", org.gvc4j.script.Recipes.run("import org.gvc4j.Gvc\nprintln 'ran'\ndef x = " + g + "\n",
                    "chain.groovy", true, List.of(), List.of(), tmp), g);
        }
    }

    /** Runs the Kotlin compiler of the local Maven repository (the one kotlin-maven-plugin compiles the tests with). */
    private String kotlinc(Path file) throws Exception {
        String classPath = System.getProperty("java.class.path");
        String stdlib = null;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.matches(".*kotlin-stdlib-[0-9.]+\\.jar")) {
                stdlib = entry;
            }
        }
        assertTrue(stdlib != null, "kotlin-stdlib on the test class path");
        Path repo = Path.of(stdlib).getParent().getParent().getParent().getParent().getParent().getParent();
        String version = Path.of(stdlib).getParent().getFileName().toString();
        List<Path> jars = List.of(
                repo.resolve("org/jetbrains/kotlin/kotlin-compiler/" + version + "/kotlin-compiler-" + version + ".jar"),
                Path.of(stdlib),
                repo.resolve("org/jetbrains/kotlin/kotlin-script-runtime/" + version + "/kotlin-script-runtime-" + version + ".jar"),
                repo.resolve("org/jetbrains/kotlin/kotlin-reflect/1.6.10/kotlin-reflect-1.6.10.jar"),
                repo.resolve("org/jetbrains/kotlin/kotlin-daemon-embeddable/" + version + "/kotlin-daemon-embeddable-"
                        + version + ".jar"),
                repo.resolve("org/jetbrains/intellij/deps/trove4j/1.0.20200330/trove4j-1.0.20200330.jar"),
                repo.resolve("org/jetbrains/kotlinx/kotlinx-coroutines-core-jvm/1.6.4/kotlinx-coroutines-core-jvm-1.6.4.jar"),
                repo.resolve("org/jetbrains/annotations/13.0/annotations-13.0.jar"));
        for (Path j : jars) {
            assertTrue(Files.isRegularFile(j), "the Kotlin compiler's jar " + j + " (resolved by the build's "
                    + "kotlin-maven-plugin) is missing");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()),
                "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler", "-no-stdlib", "-no-reflect", "-jvm-target", "17",
                "-cp", classPath, "-d", tmp.resolve("kt-out").toString(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "kotlinc finished");
        return out;
    }
}
