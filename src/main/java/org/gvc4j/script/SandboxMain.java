package org.gvc4j.script;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of a sandboxed run (started by {@link SandboxLauncher}, not by users):
 * {@code --display NAME --out DIR [--read PATH]... [--param K=V]... -- RECIPE [ARGS...]}.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] argv) {
        String display = "recipe";
        Path out = Path.of(".");
        List<Path> read = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        int i = 0;
        while (i < argv.length && !argv[i].equals("--")) {
            switch (argv[i]) {
                case "--display" -> display = argv[++i];
                case "--out" -> out = Path.of(argv[++i]);
                case "--read" -> read.add(Path.of(argv[++i]));
                case "--param" -> {
                    String kv = argv[++i];
                    int eq = kv.indexOf('=');
                    params.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + argv[i]);
            }
            i++;
        }
        Path recipe = Path.of(argv[i + 1]);
        List<String> args = new ArrayList<>(List.of(argv).subList(i + 2, argv.length));
        PrintStream stdout = System.out;
        RecipeContext ctx = new RecipeContext(display, args, params, true, read, out, stdout);
        int code = 0;
        try {
            RecipeRunner.execute(recipe, ctx);
        } catch (RecipeException e) {
            System.err.println(e.getMessage());
            code = e.exitCode();
        }
        stdout.flush();
        System.exit(code);
    }
}
