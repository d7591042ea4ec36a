package org.gvc4j.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.gvc4j.script.Recipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsl-docs/deals/README.md}: its Java, Groovy and Kotlin examples all print the page's Output block (the Kotlin
 * one is {@code src/test/kotlin/org/gvc4j/deals/DealsDocExample.kt}, compiled by the build and checked identical to the
 * page). Groovy runs without the sandbox until the deals classes are on the public surface.
 */
class DealsDocsTest {
    static final Path PAGE = Path.of("dsl-docs/deals/README.md");
    static final Path KOTLIN = Path.of("src/test/kotlin/org/gvc4j/deals/DealsDocExample.kt");
    static final Pattern BLOCK = Pattern.compile("(?m)^(Java|Groovy|Kotlin|Output):\\n\\n```[a-z]*\\n(.*?)```\\n",
            Pattern.DOTALL);

    @TempDir
    Path tmp;

    interface Body {
        void run() throws Exception;
    }

    @Test
    void theExamplesPrintTheDocumentedOutputInJavaGroovyAndKotlin() throws Exception {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(PAGE));
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        assertEquals(List.of("Java", "Groovy", "Kotlin", "Output"), new ArrayList<>(blocks.keySet()));
        String expected = blocks.get("Output");
        assertEquals(expected, Recipes.run(blocks.get("Groovy"), "deals.groovy", false, List.of(), List.of(), tmp));
        assertEquals(expected, capture(() -> runJava(blocks.get("Java"))));
        assertEquals("package org.gvc4j.deals.docs\n\n" + blocks.get("Kotlin"), Files.readString(KOTLIN));
        Class<?> kt = Class.forName("org.gvc4j.deals.docs.DealsDocExampleKt");
        assertEquals(expected, capture(() -> kt.getMethod("main").invoke(null)));
    }

    private void runJava(String snippet) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String src = imports + "public class DealsDoc {\n public static void main(String[] a) throws Exception {\n"
                + body + "}\n}\n";
        Path file = Files.writeString(tmp.resolve("DealsDoc.java"), src);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, err, "-classpath",
                System.getProperty("java.class.path"), "-d", tmp.toString(), "-proc:none", file.toString());
        assertTrue(rc == 0, "the Java example does not compile:\n" + err);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("DealsDoc").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        }
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
