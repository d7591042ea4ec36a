package org.gvc4j.script;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a running recipe may see: its arguments and parameters, where it may read and write (enforced only in the
 * sandbox), and where it prints.
 *
 * @param displayName the recipe as the user named it, for messages
 * @param args        positional arguments after the recipe file
 * @param params      {@code --param name=value} pairs
 * @param sandbox     whether I/O is confined and the recipe was compiled against the allowlist
 * @param readRoots   folders and files the recipe may read (sandbox only): the paths given on the command line
 * @param outRoot     the only folder the recipe may write under (sandbox only)
 * @param out         where {@code println} and {@code show} print
 */
public record RecipeContext(String displayName, List<String> args, Map<String, String> params, boolean sandbox,
                            List<Path> readRoots, Path outRoot, PrintStream out) {
    public RecipeContext {
        args = List.copyOf(args);
        params = Map.copyOf(params);
        readRoots = List.copyOf(readRoots);
    }
}
