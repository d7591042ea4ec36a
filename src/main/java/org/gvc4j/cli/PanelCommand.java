package org.gvc4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import groovy.lang.Closure;
import org.gvc4j.MrioTable;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.Execution;
import org.gvc4j.panel.Decomposition;
import org.gvc4j.panel.Panel;
import org.gvc4j.panel.PanelResult;
import org.gvc4j.panel.PanelRunner;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.script.RecipeContext;
import org.gvc4j.script.RecipeException;
import org.gvc4j.script.RecipeRunner;
import org.gvc4j.script.SandboxLauncher;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvc panel MANIFEST|FOLDER|GLOB --out DIR [--resume] [--parquet] [--measures LIST | --recipe R] [--threads N]}.
 */
@Command(name = "panel", mixinStandardHelpOptions = true, description = {
    "Run decompositions over a panel of tables (years and databases): tables side by side as far as the heap allows, "
        + "with progress, a checkpoint per table, and one combined CSV per result kind with database and year columns.",
    "SOURCES: a CSV manifest (header database,year,path), a folder whose entries are the tables (the year is the one "
        + "four-digit year 1950-2099 in each name; a name with none or two is refused), or a quoted glob "
        + "('data/adb/ADB-MRIO-*.xlsx').",
    "After Ctrl-C, a crash or kill -9, rerun with --resume: finished tables are not computed again.",
    "--recipe R: a trusted Groovy recipe whose last expression is a map from result names to closures "
        + "{ MrioTable io -> ... } giving a MeasureTable (scripts/panel-measures.groovy; dsl-docs/panel.md)."})
final class PanelCommand implements Callable<Integer> {
    /** The result kinds --measures names, as scripts/participation.groovy names its files. */
    static final Map<String, Function<MrioTable, MeasureTable>> MEASURES = PanelKinds.all();
    static final String DEFAULT_MEASURES = "bm2025_trade_measures,bm2025_output_measures,icio_exporter_source";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCES",
            description = "A manifest (.csv), a folder of tables, or a quoted glob.")
    String sources;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder: checkpoints/ and one <measure>.csv per result kind.")
    Path out;

    @Option(names = "--resume", description = "Keep the finished tables of an earlier run into the same --out.")
    boolean resume;

    @Option(names = "--measures", paramLabel = "LIST", defaultValue = DEFAULT_MEASURES, description = "Comma-separated "
            + "result kinds (default: ${DEFAULT-VALUE}); 'participation' for the eight of scripts/participation.groovy. "
            + "Kinds: bm2025_trade_measures, bm2025_tripartite_trade, bm2025_output_measures, "
            + "bm2025_output_measures_sector, bm2023_exporter, bm2023_bilateral_source, bm2023_bilateral_sink, "
            + "bm2023_bilateral_self, icio_exporter_source.")
    String measures;

    @Option(names = "--recipe", paramLabel = "R", description = "A Groovy recipe whose last expression is a map "
            + "[name: { MrioTable io -> ... }] of result kinds, instead of --measures (trusted: it runs as gvc run "
            + "runs a recipe without --sandbox).")
    Path recipe;

    @Option(names = "--sandbox", description = "Refused: a panel recipe runs trusted only (see dsl-docs/panel.md).")
    boolean sandbox;

    @Option(names = "--parquet", description = "Also write each combined output as <measure>.parquet next to the CSV "
            + "(year INT64, numbers DOUBLE, labels UTF-8 strings, empty cells null).")
    boolean parquet;

    @Option(names = "--threads", paramLabel = "N", description = "Threads all tables share (default: every core).")
    Integer threads;

    @Option(names = "--database", paramLabel = "NAME",
            description = "The database label of a folder or glob (default: the folder's name; for a glob required).")
    String database;

    @Option(names = "--conventions", paramLabel = "NAME", defaultValue = "default",
            description = "default (value added residual, output as given) or gvcanalyzer (both as given).")
    String conventions;

    @Option(names = "--synthetic", paramLabel = "TxGxN", description = "Instead of SOURCES, for benchmarks: T seeded "
            + "synthetic tables of G countries x N sectors, written as table folders to DIR/tables (kept for reruns), "
            + "e.g. 10x40x25.")
    String synthetic;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && (threads < 1 || threads > Execution.MAX_THREADS)) {
            throw bad("--threads " + threads + " is not between 1 and " + Execution.MAX_THREADS);
        }
        if (!conventions.equals("default") && !conventions.equals("gvcanalyzer")) {
            throw bad("--conventions " + conventions + " is not one of: default, gvcanalyzer");
        }
        if (sandbox) {
            throw bad("--sandbox: gvc panel runs a recipe trusted only (the OS sandbox would have to hold the whole "
                    + "panel run: every table read, the checkpoints and outputs); review the recipe and run it without "
                    + "--sandbox, or use --measures");
        }
        if (recipe != null && spec.commandLine().getParseResult().hasMatchedOption("--measures")) {
            throw bad("give --recipe or --measures, not both");
        }
        List<Decomposition> ds = recipe != null ? recipeDecompositions(recipe) : decompositions();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw bad("--out " + out + " is a file, not a folder");
        }
        if (!resume && hasCheckpoints(out)) {
            throw bad("--out " + out + " holds checkpoints of an earlier run; add --resume to continue it, or choose "
                    + "another folder");
        }
        Panel panel = panel();
        HeapSampler.reset();
        long t0 = System.nanoTime();
        PanelRunner runner = PanelRunner.of(panel, ds).out(out).resume(resume).log(stdout)
                .progress(err, System.console() != null).parquet(parquet);
        if (threads != null) {
            runner.threads(threads);
        }
        if (conventions.equals("gvcanalyzer")) {
            runner.prepare(io -> io.withConventions(Conventions.GVC_ANALYZER));
        }
        PanelResult r = runner.execute();
        double secs = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "panel: %.1f tables a minute computed; peak heap %d MB of %d MB; %d cores%n",
                r.computed().isEmpty() ? 0.0 : r.computed().size() / secs * 60, HeapSampler.peakMb(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        stdout.flush();
        return 0;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private List<Decomposition> decompositions() {
        List<Decomposition> ds = new ArrayList<>();
        for (String raw : measures.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            List<String> names = name.equals("participation") ? List.of("bm2025_trade_measures",
                    "bm2025_tripartite_trade", "bm2025_output_measures", "bm2025_output_measures_sector",
                    "bm2023_exporter", "bm2023_bilateral_source", "bm2023_bilateral_sink", "bm2023_bilateral_self")
                    : List.of(name);
            for (String n : names) {
                Function<MrioTable, MeasureTable> f = MEASURES.get(n);
                if (f == null) {
                    throw bad("--measures: unknown kind \"" + n + "\"; kinds: participation, "
                            + String.join(", ", MEASURES.keySet()));
                }
                if (ds.stream().noneMatch(d -> d.name().equals(n))) {
                    ds.add(new Decomposition(n, f));
                }
            }
        }
        if (ds.isEmpty()) {
            throw bad("--measures is empty; kinds: participation, " + String.join(", ", MEASURES.keySet()));
        }
        return ds;
    }

    /**
     * The result kinds a panel recipe defines: the recipe (trusted, as {@code gvc run} runs one) ends with a map from
     * names to closures {@code { MrioTable io -> ... }}; each closure's failure on a table names the recipe line.
     */
    private static List<Decomposition> recipeDecompositions(Path file) {
        String display = SandboxLauncher.printable(file.toString());
        Object value = RecipeRunner.evaluate(file, new RecipeContext(display, List.of(), Map.of(), false, List.of(),
                Path.of(""), System.out));
        String example = "e.g. [bm2025_trade_measures: { MrioTable io -> io.decompose().bm2025().trade().exporters() }]";
        if (!(value instanceof Map<?, ?> kinds) || kinds.isEmpty()) {
            throw new RecipeException(display + ": a panel recipe ends with a map from result names to closures, "
                    + example + "; it ends with " + (value instanceof Map ? "an empty map" : kindOf(value)),
                    RecipeException.BAD_INPUT);
        }
        List<Decomposition> ds = new ArrayList<>();
        for (Map.Entry<?, ?> e : kinds.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getKey() instanceof CharSequence) || !Decomposition.isValidName(name)) {
                throw new RecipeException(display + ": result name \"" + SandboxLauncher.printable(name) + "\": use "
                        + "lower-case letters, digits, _ and -, at most 64 (it names the file <name>.csv)",
                        RecipeException.BAD_INPUT);
            }
            if (!(e.getValue() instanceof Closure<?> c) || c.getMaximumNumberOfParameters() != 1
                    || !c.getParameterTypes()[0].isAssignableFrom(MrioTable.class)) {
                throw new RecipeException(display + ": result \"" + name + "\": give a closure of one table "
                        + "{ MrioTable io -> ... }, not " + (e.getValue() instanceof Closure<?> c2 ? "a closure of "
                        + c2.getMaximumNumberOfParameters() + " parameters " + java.util.Arrays.toString(
                        c2.getParameterTypes()) : kindOf(e.getValue())), RecipeException.BAD_INPUT);
            }
            ds.add(new Decomposition(name, io -> {
                Object r;
                try {
                    r = c.call(io);
                } catch (RuntimeException | AssertionError | StackOverflowError t) {
                    throw RecipeRunner.failureIn(t, c, display);
                }
                if (r instanceof MeasureTable m) {
                    return m;
                }
                throw new RecipeException(display + ": result \"" + name + "\" gave " + kindOf(r) + ", not a "
                        + "MeasureTable (a closure ends with a result such as io.decompose().bm2025().trade()"
                        + ".exporters())", RecipeException.FAILED);
            }));
        }
        return ds;
    }

    private static String kindOf(@Nullable Object v) {
        if (v == null) {
            return "null";
        }
        String type = v.getClass().getSimpleName();
        return ("AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static boolean hasCheckpoints(Path dir) {
        Path cps = dir.resolve("checkpoints");
        if (!Files.isDirectory(cps)) {
            return false;
        }
        try (Stream<Path> s = Files.list(cps)) {
            return s.anyMatch(p -> !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            return false;
        }
    }

    private Panel panel() {
        if (synthetic != null) {
            if (sources != null) {
                throw bad("give SOURCES or --synthetic, not both");
            }
            return syntheticPanel();
        }
        if (sources == null) {
            throw bad("give SOURCES: a manifest (.csv), a folder of tables, or a quoted glob");
        }
        Path p = Path.of(sources);
        if (Files.isRegularFile(p)) {
            if (database != null) {
                throw bad("--database is for a folder or a glob; a manifest names each row's database");
            }
            return Panel.fromManifest(p);
        }
        if (Files.isDirectory(p)) {
            if (Files.exists(p.resolve("Z.csv"))) {
                throw bad(sources + " is one table folder; give the folder that holds the tables, or a manifest");
            }
            return database == null ? Panel.fromFolder(p) : Panel.fromFolder(p, database);
        }
        if (sources.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
            if (database == null) {
                throw bad("a glob needs --database NAME");
            }
            return Panel.fromGlob(sources, database);
        }
        throw bad(sources + ": no such file or folder");
    }

    private Panel syntheticPanel() {
        String[] parts = synthetic.toLowerCase(Locale.ROOT).split("x");
        int[] v = new int[3];
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 3; i++) {
                v[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw bad("--synthetic " + synthetic + ": give TABLESxCOUNTRIESxSECTORS, e.g. 10x40x25");
        }
        if (v[0] < 1 || v[0] > 150 || v[1] < 2 || v[2] < 1 || (long) v[1] * v[2] > 20_000) {
            throw bad("--synthetic " + synthetic + ": 1-150 tables of at least 2 countries, at most 20000 industries");
        }
        Path dir = out.resolve("tables");
        String db = database == null ? "synthetic" : database;
        long t0 = System.nanoTime();
        int written = 0;
        for (int i = 0; i < v[0]; i++) {
            Path t = dir.resolve(db + "_" + (1950 + i));
            if (!Files.exists(t.resolve("VA_X.csv"))) {
                CsvFolderWriter.write(SyntheticTable.generate(1000L + i, v[1], v[2], 0), t);
                written++;
            }
        }
        if (written > 0) {
            spec.commandLine().getOut().printf(Locale.ROOT, "panel: wrote %d synthetic tables (n = %d) to %s in %.1f s%n",
                    written, v[1] * v[2], dir, (System.nanoTime() - t0) / 1e9);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Panel.fromFolder(dir, db);
    }
}
