package org.gvc4j.script;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a recipe in the sandbox: a child JVM (same classpath, {@link SandboxMain}) with a heap limit, a wall-clock
 * time limit and the output folder as its working directory. The child compiles the recipe against
 * {@link RecipePolicy} and confines {@code load}/{@code save}; this process only waits and reports.
 */
public final class SandboxLauncher {
    private SandboxLauncher() {
    }

    /** Options of a sandboxed run. */
    public record Limits(long timeoutSeconds, String maxHeap) {
        public static final Limits DEFAULT = new Limits(600, "4g");
    }

    /**
     * @param recipe  the recipe file
     * @param display the recipe as the user named it
     * @param args    the recipe's arguments; those that name existing files or folders become its read roots
     * @param params  {@code --param} values
     * @param outDir  the only folder it may write under (created)
     * @return the child's exit code (0 success, 1 recipe error, 3 rejected, 4 timeout)
     */
    public static int launch(Path recipe, String display, List<String> args, Map<String, String> params, Path outDir,
                          Limits limits) {
        if (!Files.isRegularFile(recipe)) {
            throw new RecipeException(display + ": no such recipe file", RecipeException.BAD_INPUT);
        }
        Path out = outDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new RecipeException("cannot create the output folder " + out + ": " + e.getMessage(),
                    RecipeException.BAD_INPUT);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + limits.maxHeap());
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Djava.io.tmpdir=" + out);
        String backend = System.getProperty("gvc4j.backend");
        if (backend != null) {
            cmd.add("-Dgvc4j.backend=" + backend);
        }
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(SandboxMain.class.getName());
        cmd.add("--display");
        cmd.add(display);
        cmd.add("--out");
        cmd.add(out.toString());
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.exists(p)) {
                cmd.add("--read");
                cmd.add(p.toAbsolutePath().normalize().toString());
            }
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            cmd.add("--param");
            cmd.add(e.getKey() + "=" + e.getValue());
        }
        cmd.add("--");
        cmd.add(recipe.toAbsolutePath().toString());
        for (String a : args) {
            Path p = Path.of(a);
            cmd.add(Files.exists(p) ? p.toAbsolutePath().normalize().toString() : a);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(out.toFile()).inheritIO();
        pb.environment().keySet().removeIf(k -> !(k.equals("PATH") || k.equals("LANG") || k.equals("LC_ALL")
                || k.startsWith("OPENBLAS") || k.equals("JAVA_HOME")));
        try {
            Process p = pb.start();
            if (!p.waitFor(limits.timeoutSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new RecipeException(display + ": stopped after " + limits.timeoutSeconds()
                        + " s (the sandbox's time limit; raise it with --timeout)", RecipeException.TIMEOUT);
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new RecipeException("cannot start the sandbox JVM: " + e.getMessage(), RecipeException.FAILED, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecipeException(display + ": interrupted", RecipeException.FAILED, e);
        }
    }

    /** This JVM's classpath, made absolute (the child runs in another working directory). */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String s : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!s.isEmpty()) {
                parts.add(Path.of(s).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
