package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** style-anchors §0/§4.3 for the stats API: names that read the same from Java, Groovy and Kotlin. */
class StatsApiConventionsTest {
    static final Set<String> FORBIDDEN = Set.of(
            // Kotlin hard keywords and Any extensions
            "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is",
            "null", "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof",
            "val", "var", "when", "while", "to", "run", "let", "apply", "also", "takeIf",
            // Groovy GDK Object methods
            "each", "collect", "find", "findAll", "any", "every", "with", "tap", "inject", "sum", "grep", "split",
            "identity", "use", "print", "println", "sleep", "dump", "inspect");

    @Test
    void publicMethodNamesAreSafeInKotlinAndGroovy() {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : List.of(Estimate.class, Fit.class, RegressionTable.class, Datasets.class, Model.class,
                VcovType.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                if (FORBIDDEN.contains(m.getName())) {
                    bad.add(c.getSimpleName() + "." + m.getName() + ": reserved in Kotlin or Groovy");
                }
                boolean step = !Modifier.isStatic(m.getModifiers()) && (m.getReturnType() == Estimate.class
                        || m.getReturnType() == RegressionTable.class);
                if (step && (m.getName().startsWith("get") || m.getName().startsWith("set") || m.getName().startsWith("is"))) {
                    bad.add(c.getSimpleName() + "." + m.getName() + ": a step must not look like a property");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
