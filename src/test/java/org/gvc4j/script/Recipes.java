package org.gvc4j.script;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs recipe text in-process and captures what it prints (test helper). */
public final class Recipes {
    private Recipes() {
    }

    /** The output of a successful run, or the RecipeException. */
    public static String run(String source, String name, boolean sandbox, List<String> args, List<Path> readRoots,
                             Path out) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        RecipeRunner.execute(source, new RecipeContext(name, args, Map.of(), sandbox, readRoots, out, ps));
        return buf.toString(StandardCharsets.UTF_8);
    }
}
