package org.gvc4j.conventions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gvc4j.result.MeasureTable;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep the API pleasant from Java, Groovy and Kotlin, and the layering honest (style-anchors §4.11),
 * checked on the sources and by reflection. Each failure names the member or file and the rule.
 */
class ApiConventionsTest {
    static final Path MAIN = Path.of("src/main/java/org/gvc4j");
    static final Set<String> KOTLIN_HARD_KEYWORDS = Set.of("as", "break", "class", "continue", "do", "else", "false",
            "for", "fun", "if", "in", "interface", "is", "null", "object", "package", "return", "super", "this", "throw",
            "true", "try", "typealias", "typeof", "val", "var", "when", "while");
    static final Set<String> KOTLIN_ANY_EXTENSIONS = Set.of("to", "run", "let", "apply", "also", "takeIf", "takeUnless");
    static final Set<String> GROOVY_GDK_NAMES = Set.of("each", "collect", "find", "findAll", "any", "every", "with",
            "tap", "inject", "sum", "grep", "split", "identity", "use", "is", "print", "println", "sleep", "dump",
            "inspect");

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static List<Class<?>> publicClasses() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (Path p : sources()) {
            String rel = MAIN.getParent().getParent().relativize(p).toString();
            String name = rel.replace('/', '.').replaceFirst("\\.java$", "");
            if (name.endsWith("package-info")) {
                continue;
            }
            Class<?> c = Class.forName(name);
            if (Modifier.isPublic(c.getModifiers())) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void everyPackageIsNullMarked() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Path info = d.resolve("package-info.java");
                assertTrue(Files.exists(info), d + ": needs a package-info.java with @NullMarked");
                assertTrue(Files.readString(info).contains("@NullMarked"), info + ": needs @NullMarked");
                String pkg = "org.gvc4j" + d.toString().substring(MAIN.toString().length()).replace('/', '.');
                Package p = ClassLoader.getSystemClassLoader().getDefinedPackage(pkg);
                if (p != null) {
                    assertTrue(p.isAnnotationPresent(NullMarked.class), pkg + ": @NullMarked not visible at run time");
                }
            }
        }
    }

    @Test
    void publicMethodNamesAreSafeInKotlinAndGroovy() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            if (c.getPackageName().equals("org.gvc4j.cli")) {
                continue; // command classes implement picocli's Runnable/Callable: not API
            }
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || overridesPlatformMethod(m)) {
                    continue;
                }
                String n = m.getName();
                if (KOTLIN_HARD_KEYWORDS.contains(n) || KOTLIN_ANY_EXTENSIONS.contains(n)) {
                    bad.add(c.getName() + "#" + n + ": a Kotlin keyword or Any extension");
                }
                boolean takesSam = false;
                for (Class<?> t : m.getParameterTypes()) {
                    takesSam |= t.isInterface() && t.isAnnotationPresent(FunctionalInterface.class);
                }
                if (takesSam && GROOVY_GDK_NAMES.contains(n)) {
                    bad.add(c.getName() + "#" + n + ": a SAM-taking method named like a Groovy GDK method");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** Overrides of JDK or Groovy methods (Script#run, Object#toString) keep their names. */
    static boolean overridesPlatformMethod(Method m) {
        for (Class<?> c = m.getDeclaringClass().getSuperclass(); c != null; c = c.getSuperclass()) {
            if (!c.getName().startsWith("org.gvc4j")) {
                try {
                    c.getMethod(m.getName(), m.getParameterTypes());
                    return true;
                } catch (NoSuchMethodException e) {
                    // keep looking
                }
            }
        }
        return false;
    }

    /**
     * Step methods (those the step interfaces declare; the {@link MeasureTable} accessors every query step inherits are
     * not verbs) return a step or a MeasureTable (or for icio's writeAll/combinations a list), never void, and are
     * verbs, not bean accessors.
     */
    @Test
    void stepMethodsReturnAStepOrAMeasureTableAndHaveNoBeanPrefix() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            if (!c.getPackageName().equals("org.gvc4j.dsl") || !c.isInterface()) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                Class<?> r = m.getReturnType();
                boolean ok = r == MeasureTable.class || (r.isInterface() && r.getPackageName().equals("org.gvc4j.dsl"))
                        || (r == java.util.List.class && Set.of("writeAll", "combinations").contains(m.getName()));
                if (!ok) {
                    bad.add(c.getSimpleName() + "#" + m.getName() + " returns " + r.getName());
                }
                if (m.getName().matches("(get|set|is)[A-Z].*")) {
                    bad.add(c.getSimpleName() + "#" + m.getName() + ": step methods are verbs, not bean accessors");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * Layering: linalg knows nothing of gvc4j; only linalg talks to BLAS/LAPACK; methods never build data frames or
     * depend on the DSL; the DSL does no arithmetic of its own (it may not import linalg).
     */
    @Test
    void packagesDependOnlyDownwards() throws IOException {
        Map<String, List<String>> forbidden = Map.of(
                "linalg", List.of("org.gvc4j.model", "org.gvc4j.method", "org.gvc4j.dsl", "org.gvc4j.result", "tech.tablesaw"),
                "model", List.of("org.gvc4j.method", "org.gvc4j.dsl", "org.gvc4j.result", "tech.tablesaw", "dev.ludovic"),
                "method", List.of("org.gvc4j.dsl", "org.gvc4j.result", "tech.tablesaw", "dev.ludovic", "org.gvc4j.script"),
                "result", List.of("org.gvc4j.dsl", "org.gvc4j.linalg", "dev.ludovic"),
                "dsl", List.of("org.gvc4j.linalg", "dev.ludovic", "org.gvc4j.script", "org.gvc4j.cli"),
                "source", List.of("org.gvc4j.method", "org.gvc4j.dsl", "org.gvc4j.result", "dev.ludovic"));
        List<String> bad = new ArrayList<>();
        for (Path p : sources()) {
            String pkg = MAIN.relativize(p).getName(0).toString();
            List<String> rules = forbidden.get(pkg);
            if (rules == null) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                if (!line.startsWith("import ")) {
                    continue;
                }
                for (String f : rules) {
                    if (line.contains(" " + f) || line.contains("static " + f)) {
                        bad.add(p + ": " + line.trim() + " (package " + pkg + " must not depend on " + f + ")");
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * No O(n³) step per exporter, pair or sector: an n×n inverse or solve may be taken only where the derived model
     * is built (LeontiefModel), where the synthetic generator solves for output once, and where the benchmark times
     * the inverse. icio's Exporter inverts the local block I − A_SS of a country group (|S|·N rows, once per group),
     * the group's analogue of L_ss, never an n×n matrix.
     */
    @Test
    void denseInversesOnlyInTheDerivedModel() throws IOException {
        // ExiobaseReader: x = (I - A)^-1 rowSums(Y) once per load, for the 3.4-3.7 releases that publish neither Z nor x
        Set<String> allowed = Set.of("LeontiefModel.java", "SyntheticTable.java", "Dense.java", "SyntheticBench.java",
                "Exporter.java", "ExiobaseReader.java");
        List<String> bad = new ArrayList<>();
        for (Path p : sources()) {
            String src = Files.readString(p);
            if ((src.contains("Dense.inverse(") || src.contains("Dense.solve(") || src.contains("dgetri")
                    || src.contains("dgesv")) && !allowed.contains(p.getFileName().toString())) {
                bad.add(p + ": takes an n×n inverse or solve; use the model's N×N closed forms (methods.md §1)");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
