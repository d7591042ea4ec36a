package org.gvc4j.script;

import groovy.lang.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.Result;
import tech.tablesaw.api.Table;

/**
 * The base class of every recipe: the recipe's body becomes {@link #runRecipe()}, and these helpers are in scope.
 *
 * <pre>{@code
 * def io = load(args[0])                          // a table folder given on the command line
 * def t = io.decompose().bm2025().trade().measures()
 * show t                                           // or: println t
 * save t, "out/trade_measures.csv"
 * }</pre>
 * In a sandboxed run, {@code load} reads only the paths given on the command line and {@code save} writes only under
 * the output folder; nothing else can touch files (see {@link RecipePolicy}).
 */
public abstract class GvcScript extends Script {
    private RecipeContext context = new RecipeContext("recipe", List.of(), java.util.Map.of(), false, List.of(),
            Path.of("out"), System.out);

    /** The recipe's body. */
    protected abstract Object runRecipe();

    /** Runs the body; final, so a recipe cannot replace the set-up. */
    @Override
    public final Object run() {
        return runRecipe();
    }

    final void attach(RecipeContext ctx) {
        this.context = ctx;
        getBinding().setVariable("out", ctx.out());
    }

    /** The positional arguments after the recipe file ({@code args[0]} ...). */
    public List<String> getArgs() {
        return context.args();
    }

    /** A {@code --param name=value} given on the command line, or {@code defaultValue}. */
    public String param(String name, String defaultValue) {
        return context.params().getOrDefault(name, defaultValue);
    }

    /** The demo table embedded in gvc4j. */
    public MrioTable demo() {
        return Gvc.demo();
    }

    /** A table folder (Z.csv, Y.csv or Yfull.csv, VA_X.csv). In the sandbox: only paths given on the command line. */
    public MrioTable load(String folder) {
        Path p = Path.of(folder);
        if (context.sandbox()) {
            p = confine(p, context.readRoots(), "read", "the table folders given on the command line");
        }
        return Gvc.load(p);
    }

    /**
     * A data file (CSV with a header row) as a Tablesaw table, e.g. for {@code Estimate.ppml(table, formula)}; in the
     * sandbox only under the paths given on the command line.
     */
    public Table loadCsv(String file) {
        Path p = Path.of(file);
        if (context.sandbox()) {
            p = confine(p, context.readRoots(), "read", "the paths given on the command line");
        }
        return org.gvc4j.stats.Datasets.readCsv(p);
    }

    /** Prints a result (title line, aligned table, notes) and returns it. */
    public Result show(Result r) {
        context.out().print(r.toString());
        context.out().println();
        return r;
    }

    /** Prints a Tablesaw table and returns it. */
    public Table show(Table t) {
        context.out().println(t.printAll());
        return t;
    }

    /** Saves a result as CSV (gvc4j column names); in the sandbox only under the output folder. Returns the path. */
    public Path save(Result r, String file) {
        Path p = writable(file);
        r.saveCsv(p);
        return p;
    }

    /** Saves a Tablesaw table (e.g. {@code r.toTable(Naming.GVC_ANALYZER)}) as CSV. */
    public Path save(Table t, String file) {
        Path p = writable(file);
        try {
            Path tmp = Files.createTempFile(p.getParent(), p.getFileName().toString(), ".part");
            t.write().csv(tmp.toFile());
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    /**
     * Writes every icio combination the step supports to {@code folder}, one CSV each, named
     * {@code icio_<flow>_<level>_<perspective>_<approach>.csv}; in the sandbox only under the output folder.
     */
    public List<Path> save(IcioStep icio, String folder) {
        return icio.writeAll(writableFolder(Path.of(folder), folder));
    }

    /** A file to write: its folder is created and, in the sandbox, must lie under the output folder. */
    private Path writable(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        writableFolder(p.getParent(), file);
        return p;
    }

    /** Creates {@code dir}; in the sandbox it must lie under the output folder (symbolic links resolved). */
    private Path writableFolder(Path dir, String asGiven) {
        Path d = dir.toAbsolutePath().normalize();
        if (context.sandbox()) {
            Path root = context.outRoot().toAbsolutePath().normalize();
            if (!d.startsWith(root)) {
                throw new GvcException("write refused: " + asGiven + " is outside the output folder " + root
                        + " (sandboxed recipes write only there)");
            }
        }
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + asGiven + ": " + e.getMessage(), e);
        }
        if (context.sandbox()) {
            confine(d, List.of(context.outRoot()), "write", "the output folder");
        }
        return d;
    }

    /** The real path of {@code p} if it lies under one of {@code roots} (symbolic links resolved), else an error. */
    private static Path confine(Path p, List<Path> roots, String verb, String allowed) {
        Path real;
        try {
            real = p.toAbsolutePath().normalize();
            if (Files.exists(real)) {
                real = real.toRealPath();
            }
        } catch (IOException e) {
            throw new GvcException(verb + " refused: " + p + " cannot be resolved");
        }
        for (Path root : roots) {
            try {
                Path r = Files.exists(root) ? root.toRealPath() : root.toAbsolutePath().normalize();
                if (real.startsWith(r)) {
                    return real;
                }
            } catch (IOException e) {
                // an unreadable root allows nothing
            }
        }
        throw new GvcException(verb + " refused: " + p + " is not under " + allowed + " (sandboxed recipes may "
                + verb.toLowerCase(Locale.ROOT) + " only there)");
    }
}
