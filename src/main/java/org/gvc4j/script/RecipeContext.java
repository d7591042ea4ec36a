package org.gvc4j.script;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a running recipe may see: its arguments and parameters, where it may read and write (enforced only in the
 * sandbox), and where it prints.
 *
 * @param displayName the recipe as the user named it, for messages
 * @param args        positional arguments after the recipe file
 * @param params      {@code --param name=value} pairs
 * @param sandbox     whether I/O is confined and the recipe was compiled against the allowlist
 * @param readRoots   folders and files the recipe may read (sandbox only): the paths given on the command line
 * @param outRoot     the output folder: the only folder a sandboxed recipe may write under
 * @param stage       where files saved under {@code outRoot} are really written until the run succeeds (they are
 *                    then moved into {@code outRoot} all at once); {@code null} writes them in place
 * @param base        the folder relative paths in the recipe are resolved against (where {@code gvc} was started)
 * @param out         where {@code println} and {@code show} print
 */
public record RecipeContext(String displayName, List<String> args, Map<String, String> params, boolean sandbox,
                            List<Path> readRoots, Path outRoot, @Nullable Path stage, Path base, PrintStream out) {
    public RecipeContext {
        args = List.copyOf(args);
        params = Map.copyOf(params);
        readRoots = List.copyOf(readRoots);
        outRoot = outRoot.toAbsolutePath().normalize();
        base = base.toAbsolutePath().normalize();
    }

    /** Writes in place, relative paths against the working folder. */
    public RecipeContext(String displayName, List<String> args, Map<String, String> params, boolean sandbox,
                         List<Path> readRoots, Path outRoot, PrintStream out) {
        this(displayName, args, params, sandbox, readRoots, outRoot, null, Path.of(""), out);
    }
}
