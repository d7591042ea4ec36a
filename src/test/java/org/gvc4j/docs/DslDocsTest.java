package org.gvc4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.gvc4j.script.Recipes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in dsl-docs runs, so the docs cannot rot. Each verb page has a Java, a Groovy and a Kotlin example
 * and one "Output:" block: the Java example is compiled and run here, the Groovy one runs as a sandboxed recipe, and
 * the Kotlin one is the body of {@code src/test/kotlin/org/gvc4j/docs/<page>.kt} (compiled by the build, checked
 * here to be identical to the page); all three must print exactly the Output block. Code blocks of the other pages
 * are compiled, and run unless they load a table folder that only exists on the reader's machine. Every public step method has a page and every page names a step method.
 *
 * <p>{@code -Dgvc4j.docs.update=true} rewrites the Output blocks and the Kotlin files from the current engine, for
 * review in the diff.
 */
class DslDocsTest {
    static final Path DOCS = Path.of("dsl-docs");
    static final Path KOTLIN = Path.of("src/test/kotlin/org/gvc4j/docs");
    static final boolean UPDATE = Boolean.getBoolean("gvc4j.docs.update");
    static final Pattern BLOCK = Pattern.compile("(?m)^(Java|Groovy|Kotlin|Output):\\n\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);
    static final Pattern ANY_BLOCK = Pattern.compile("(?m)^```(java|groovy|kotlin)\\n(.*?)```\\n", Pattern.DOTALL);

    @TempDir
    Path tmp;

    static List<Path> verbPages() throws IOException {
        try (Stream<Path> s = Files.list(DOCS.resolve("verbs"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static String page(Path p) {
        return p.getFileName().toString().replaceFirst("\\.md$", "");
    }

    @TestFactory
    List<DynamicTest> everyVerbPageExampleRunsInJavaGroovyAndKotlinWithTheDocumentedOutput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : verbPages()) {
            tests.add(DynamicTest.dynamicTest(page(p), () -> checkPage(p)));
        }
        return tests;
    }

    private void checkPage(Path p) throws Exception {
        String md = Files.readString(p);
        String java = null;
        String groovy = null;
        String kotlin = null;
        String output = null;
        Matcher m = BLOCK.matcher(md);
        while (m.find()) {
            switch (m.group(1)) {
                case "Java" -> java = m.group(2);
                case "Groovy" -> groovy = m.group(2);
                case "Kotlin" -> kotlin = m.group(2);
                default -> output = m.group(2);
            }
        }
        String name = page(p);
        assertTrue(java != null && groovy != null && kotlin != null && output != null,
                name + ": needs Java:, Groovy:, Kotlin: and Output: blocks");
        String fromGroovy = Recipes.run(groovy, name + ".groovy", true, List.of(), List.of(), Path.of("out"));
        Path kt = KOTLIN.resolve(name + ".kt");
        String ktSource = "package org.gvc4j.docs." + name.toLowerCase(Locale.ROOT) + "\n\n" + kotlin;
        if (UPDATE) {
            Files.writeString(p, md.replace("Output:\n\n```\n" + output + "```", "Output:\n\n```\n" + norm(fromGroovy) + "```"));
            Files.createDirectories(KOTLIN);
            Files.writeString(kt, ktSource);
            output = norm(fromGroovy);
        }
        assertEquals(norm(output), norm(fromGroovy), name + ": Groovy example output differs from the page");
        assertEquals(norm(output), norm(runJava(java, name, true, true)), name + ": Java example output differs from the page");
        assertTrue(Files.exists(kt), name + ": missing " + kt + " (run with -Dgvc4j.docs.update=true)");
        assertEquals(ktSource, Files.readString(kt), name + ": " + kt + " differs from the page's Kotlin example");
        String ktClass = "org.gvc4j.docs." + name.toLowerCase(Locale.ROOT) + "." + Character.toUpperCase(name.charAt(0))
                + name.substring(1) + "Kt";
        if (!UPDATE) {
            assertEquals(norm(output), norm(capture(() -> invokeMain(Class.forName(ktClass)))),
                    name + ": Kotlin example output differs from the page");
        }
    }

    /** Code blocks of the overview pages compile and run (with {@code io} = the demo table where it is not declared). */
    @Test
    void codeBlocksOfTheOverviewPagesRun() throws Exception {
        int n = 0;
        for (Path p : List.of(DOCS.resolve("README.md"), DOCS.resolve("glossary.md"), DOCS.resolve("recipes.md"),
                DOCS.resolve("loading.md"))) {
            Matcher m = ANY_BLOCK.matcher(Files.readString(p));
            while (m.find()) {
                String code = m.group(2);
                String name = page(p) + "_" + (++n);
                if (m.group(1).equals("java")) {
                    runJava(code, name, !code.contains("MrioTable io ="), !code.contains("Gvc.load("));
                } else if (m.group(1).equals("groovy")) {
                    Recipes.run(code, name + ".groovy", true, List.of(), List.of(), tmp);
                } else {
                    fail(p + ": Kotlin blocks belong on verb pages (they are compiled from src/test/kotlin)");
                }
            }
        }
        assertTrue(n > 0);
    }

    /** Coverage both ways: every public step method has a page; every page's title names a step method. */
    @Test
    void everyStepMethodHasAPageAndEveryPageAMethod() throws IOException {
        Set<String> methods = new TreeSet<>();
        methods.add("decompose");
        for (Class<?> step : List.of(org.gvc4j.dsl.DecomposeStep.class, org.gvc4j.dsl.Bm2023Step.class,
                org.gvc4j.dsl.Bm2023BilateralStep.class, org.gvc4j.dsl.Bm2025Step.class,
                org.gvc4j.dsl.Bm2025TradeStep.class, org.gvc4j.dsl.Bm2025OutputStep.class, org.gvc4j.dsl.IcioStep.class,
                org.gvc4j.dsl.IcioExportStep.class, org.gvc4j.dsl.IcioImportStep.class, org.gvc4j.dsl.IcioSelfStep.class)) {
            for (Method m : step.getMethods()) {
                methods.add(m.getName());
            }
        }
        Set<String> pages = new TreeSet<>();
        for (Path p : verbPages()) {
            pages.add(page(p));
            String h1 = Files.readAllLines(p).get(0);
            assertTrue(h1.startsWith("# " + page(p) + "("), p + ": title must name the method: " + h1);
        }
        assertEquals(methods, pages, "step methods vs dsl-docs/verbs pages");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String norm(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.replace("\r", "").split("\n", -1)) {
            b.append(line.stripTrailing()).append('\n');
        }
        return b.toString().replaceAll("\n+$", "\n");
    }

    private String runJava(String snippet, String name, boolean withDemo, boolean execute) throws Exception {
        List<String> imports = new ArrayList<>(List.of("import org.gvc4j.*;", "import org.gvc4j.dsl.*;",
                "import org.gvc4j.result.*;", "import org.gvc4j.model.*;", "import java.util.*;", "import java.nio.file.*;"));
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String cls = "Doc_" + name.replaceAll("[^A-Za-z0-9]", "_");
        String src = String.join("\n", imports) + "\npublic class " + cls + " {\n    public static void main(String[] a) "
                + "throws Exception {\n" + (withDemo && !snippet.contains(" io =") ? "        MrioTable io = Gvc.demo();\n" : "")
                + body + "    }\n}\n";
        Path dir = Files.createDirectories(tmp.resolve("java-" + name));
        Path file = Files.writeString(dir.resolve(cls + ".java"), src);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(),
                "-proc:none", file.toString());
        if (rc != 0) {
            fail(name + ": Java example does not compile:\n" + err + "\n" + src);
        }
        if (!execute) {
            return "";
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> c = loader.loadClass(cls);
            return capture(() -> invokeMain(c));
        }
    }

    private static void invokeMain(Class<?> c) throws Exception {
        Method main = Arrays.stream(c.getMethods()).filter(m -> m.getName().equals("main")).findFirst().orElseThrow();
        main.invoke(null, main.getParameterCount() == 0 ? new Object[0] : new Object[] {new String[0]});
    }

    interface Body {
        void run() throws Exception;
    }

    private static String capture(Body body) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            body.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
