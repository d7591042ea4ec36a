package org.gvc4j.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * The naming rules, on the declared public surface (public-surface.txt, {@link org.gvc4j.api.PublicSurface}) and
     * its public nested enums and records: what users call must be callable from Kotlin and Groovy.
     */
    @Test
    void publicMethodNamesAreSafeInKotlinAndGroovy() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : surface()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || overridesPlatformMethod(m)) {
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

    /** The surface's classes and their public nested enums and records. */
    static List<Class<?>> surface() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (String n : org.gvc4j.api.PublicSurface.classNames()) {
            Class<?> c = Class.forName(n);
            out.add(c);
            for (Class<?> inner : c.getDeclaredClasses()) {
                if (Modifier.isPublic(inner.getModifiers()) && (inner.isEnum() || inner.isRecord())) {
                    out.add(inner);
                }
            }
        }
        return out;
    }

    /**
     * The surface lists exactly the user-facing types of the API packages: every listed class is public, and every
     * public type of {@code org.gvc4j.dsl}, {@code org.gvc4j.result} and {@code org.gvc4j.error} is listed, except
     * the two entries the library itself uses to build steps and tables.
     */
    @Test
    void thePublicSurfaceListsTheUserFacingTypesOfTheApiPackages() throws Exception {
        Set<String> listed = new java.util.TreeSet<>(org.gvc4j.api.PublicSurface.classNames());
        Set<String> internal = Set.of("org.gvc4j.dsl.Steps", "org.gvc4j.result.MeasureTables");
        List<String> bad = new ArrayList<>();
        for (String n : listed) {
            if (!Modifier.isPublic(Class.forName(n).getModifiers())) {
                bad.add(n + " is listed but not public");
            }
        }
        for (Class<?> c : publicClasses()) {
            String pkg = c.getPackageName();
            if (Set.of("org.gvc4j.dsl", "org.gvc4j.result", "org.gvc4j.error").contains(pkg)
                    && !listed.contains(c.getName()) && !internal.contains(c.getName())) {
                bad.add(c.getName() + " is public in an API package but not on the surface");
            }
        }
        assertEquals(List.of(), bad);
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
        for (Class<?> c : surface()) {
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
     * Layering, checked on the compiled bytecode of every package (every type a class refers to, in signatures and
     * bodies, fully-qualified names included), so an import line cannot hide a dependency: one direction, top to bottom
     * (README, Design). Every package needs a rule, so a new package has to say where it sits.
     */
    @Test
    void packagesDependOnlyDownwardsInTheBytecode() throws IOException {
        List<String> gvc = List.of("(root)", "analytics", "api", "chart", "cli", "deals", "dsl", "error", "linalg", "method",
                "model", "panel", "report", "result", "script", "source", "stats");
        // what each package may use of gvc4j (besides itself); everything else of gvc4j is forbidden
        Map<String, Set<String>> allowed = Map.ofEntries(
                Map.entry("api", Set.of()),
                Map.entry("error", Set.of()),
                Map.entry("linalg", Set.of("error")),
                Map.entry("model", Set.of("error", "linalg")),
                Map.entry("method", Set.of("error", "linalg", "model")),
                Map.entry("source", Set.of("(root)", "api", "error", "linalg", "model")),
                Map.entry("result", Set.of("error", "method", "model", "source")),
                Map.entry("dsl", Set.of("error", "method", "model", "result", "source")),
                Map.entry("(root)", Set.of("api", "dsl", "error", "linalg", "model", "result", "source")),
                Map.entry("stats", Set.of("api", "error", "result", "source")),
                Map.entry("deals", Set.of("api", "error", "source", "stats")),
                // descriptive analytics on tables (issue 17): above stats, below any presentation
                Map.entry("analytics", Set.of("api", "error", "result", "source", "stats")),
                // charts draw tables, results and analytics outputs; nothing below uses them (issue 17)
                // (api: Chart's file writers are @FileAccess; recipes draw through GvcScript's chart(c, name))
                Map.entry("chart", Set.of("analytics", "api", "error", "result")),
                Map.entry("panel", Set.of("(root)", "error", "model", "result", "source")),
                // the report page of one table (issue 17 item 4): draws charts of decomposition results
                Map.entry("report", Set.of("(root)", "api", "chart", "dsl", "error", "linalg", "model", "result", "source")),
                Map.entry("script", Set.of("(root)", "api", "chart", "deals", "dsl", "error", "model", "panel", "report",
                        "result", "source", "stats")),
                Map.entry("cli", Set.of("(root)", "api", "deals", "dsl", "error", "linalg", "method", "model", "panel",
                        "report", "result", "script", "source", "stats")));
        // foreign libraries with one home each: numerics only in linalg, data frames never in the methods
        Map<String, Set<String>> foreign = Map.of("dev.ludovic", Set.of("linalg"), "org.netlib", Set.of("linalg"),
                "picocli", Set.of("cli"), "groovy", Set.of("script", "cli"), "org.codehaus.groovy", Set.of("script", "cli"),
                // the optional drawing libraries, only in the chart package
                "org.jfree", Set.of("chart"), "org.apache.batik", Set.of("chart"));
        Set<String> tablesawFree = Set.of("api", "error", "linalg", "model", "method", "source");
        Path classes = Path.of("target/classes");
        List<String> bad = new ArrayList<>();
        Set<String> seen = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/gvc4j"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".class")).sorted().toList()) {
                String cls = classes.relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", "");
                String pkg = topPackage(cls);
                seen.add(pkg);
                Set<String> mayUse = allowed.get(pkg);
                if (mayUse == null) {
                    bad.add(cls + ": package " + pkg + " has no layering rule; add one to this test");
                    continue;
                }
                for (String ref : referencedTypes(Files.readAllBytes(f))) {
                    if (ref.startsWith("org.gvc4j.")) {
                        String to = topPackage(ref);
                        if (!to.equals(pkg) && !mayUse.contains(to)) {
                            bad.add(cls + " uses " + ref + " (package " + pkg + " must not depend on " + to + ")");
                        }
                    } else {
                        for (Map.Entry<String, Set<String>> e : foreign.entrySet()) {
                            if (ref.startsWith(e.getKey() + ".") && !e.getValue().contains(pkg)) {
                                bad.add(cls + " uses " + ref + " (only " + e.getValue() + " may use " + e.getKey() + ")");
                            }
                        }
                        if (ref.startsWith("tech.tablesaw.") && tablesawFree.contains(pkg)) {
                            bad.add(cls + " uses " + ref + " (package " + pkg + " builds no data frames)");
                        }
                    }
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(gvc), seen, "the packages of gvc4j");
        assertTrue(bad.isEmpty(), String.join("\n", new java.util.TreeSet<>(bad)));
    }

    /** {@code org.gvc4j.method.icio.Icio} → {@code method}; {@code org.gvc4j.Gvc} → {@code (root)}. */
    static String topPackage(String cls) {
        String rest = cls.substring("org.gvc4j.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "(root)" : rest.substring(0, dot);
    }

    /** Every type a class refers to: its constant pool's classes, and the types in every descriptor and signature. */
    static Set<String> referencedTypes(byte[] bytes) {
        Set<String> out = new java.util.TreeSet<>();
        groovyjarjarasm.asm.commons.Remapper collect = new groovyjarjarasm.asm.commons.Remapper() {
            @Override
            public String map(String internalName) {
                out.add(internalName.replace('/', '.'));
                return internalName;
            }
        };
        new groovyjarjarasm.asm.ClassReader(bytes).accept(new groovyjarjarasm.asm.commons.ClassRemapper(
                new groovyjarjarasm.asm.ClassWriter(0), collect), 0);
        return out;
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
