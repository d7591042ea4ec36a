package org.gvc4j.script;

import groovy.lang.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.stats.Fit;
import org.gvc4j.stats.Fits;
import org.gvc4j.stats.RegressionTable;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.Table;

/**
 * The base class of every recipe: the recipe's body becomes {@link #runRecipe()}, and these helpers are in scope.
 *
 * <pre>{@code
 * def io = load(args[0])                          // a table folder given on the command line
 * def t = io.decompose().bm2025().trade().exporters()
 * show t                                           // at most a screenful; show t, 100 for more; println t for all
 * save t, "out/trade_measures.csv"
 * }</pre>
 * In a sandboxed run, {@code load} reads only the paths given on the command line and {@code save} writes only under
 * the output folder; nothing else can touch files (see {@link RecipePolicy}). Files saved under the output folder are
 * written to a staging folder and appear in the output folder together when the recipe succeeds.
 */
public abstract class GvcScript extends Script {
    /** Set once in a sandbox JVM: every recipe in it is confined, whatever its context says. */
    private static volatile boolean lockedDown;

    private @Nullable RecipeContext context;

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

    /** Makes every recipe of this JVM confined from now on (called by the sandbox JVM before it compiles anything). */
    static void lockDown() {
        lockedDown = true;
    }

    static boolean isLockedDown() {
        return lockedDown;
    }

    private RecipeContext ctx() {
        RecipeContext c = context;
        if (c == null) {
            throw new GvcException("this recipe was not started by gvc run: load, save and args are unavailable");
        }
        return c;
    }

    private boolean confined() {
        return lockedDown || ctx().sandbox();
    }

    /** The positional arguments after the recipe file ({@code args[0]} ...). */
    public List<String> getArgs() {
        return ctx().args();
    }

    /** A {@code --param name=value} given on the command line, or {@code defaultValue}. */
    public String param(String name, String defaultValue) {
        return ctx().params().getOrDefault(name, defaultValue);
    }

    /** The demo table embedded in gvc4j. */
    public MrioTable demo() {
        return Gvc.demo();
    }

    /** A table folder (Z.csv, Y.csv or Yfull.csv, VA_X.csv). In the sandbox: only paths given on the command line. */
    public MrioTable load(String folder) {
        Path p = resolve(folder, "load");
        if (confined()) {
            p = confine(p, ctx().readRoots(), "read", "the table folders given on the command line");
        }
        return Gvc.load(p);
    }

    /**
     * A table with choices its source cannot make, as named arguments:
     * {@code load(args[0], year: 2019)}, {@code load(args[0], splitRegions: true)}, {@code load(args[0], format: "icio")}.
     */
    public MrioTable load(java.util.Map<String, Object> options, String source) {
        org.gvc4j.source.ReadOptions o = org.gvc4j.source.ReadOptions.DEFAULT;
        for (java.util.Map.Entry<String, Object> e : options.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "year" -> {
                    if (!(v instanceof Number) && !(v instanceof CharSequence && v.toString().matches("[0-9]{4}"))) {
                        throw new GvcException("load: year: give a year such as 2019, not " + v);
                    }
                    o = o.withYear(Integer.valueOf(v.toString().replaceFirst("\\.0+$", "")));
                }
                case "splitRegions" -> o = o.withSplitRegions(Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)));
                case "format" -> o = o.withFormat(String.valueOf(v));
                default -> throw new GvcException("load: unknown option \"" + e.getKey()
                        + "\"; the options are year, splitRegions and format");
            }
        }
        Path p = resolve(source, "load");
        if (confined()) {
            p = confine(p, ctx().readRoots(), "read", "the table folders given on the command line");
        }
        return Gvc.load(p, o);
    }

    /**
     * A data file (CSV with a header row) as a Tablesaw table, e.g. for {@code Estimate.ppml(table, formula)}; in the
     * sandbox only under the paths given on the command line.
     */
    public Table loadCsv(String file) {
        Path p = resolve(file, "loadCsv");
        if (confined()) {
            p = confine(p, ctx().readRoots(), "read", "the paths given on the command line");
        }
        return org.gvc4j.stats.Datasets.readCsv(p);
    }

    /**
     * Agreement texts (plain {@code .txt}, ToTA {@code .xml}, {@code .pdf}) for {@code TextCoding.of(texts).code()}:
     * one file, or the files of a folder with those extensions (not its subfolders), sorted by name. In the sandbox
     * only under the paths given on the command line, and a folder's files must be regular files inside it (no
     * symbolic links).
     */
    public List<org.gvc4j.deals.text.AgreementText> loadTexts(String fileOrFolder) {
        Path p = resolve(fileOrFolder, "loadTexts");
        if (confined()) {
            p = confine(p, ctx().readRoots(), "read", "the paths given on the command line");
        }
        if (!Files.isDirectory(p)) {
            org.gvc4j.source.InputFiles.requireRegular(p, fileOrFolder);
            return List.of(org.gvc4j.deals.text.AgreementText.read(p));
        }
        List<Path> files = new ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.list(p)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (!org.gvc4j.deals.text.AgreementText.EXTENSIONS.contains(ext)
                        || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Path safe = org.gvc4j.source.InputFiles.inside(p, name, fileOrFolder + "/" + name);
                if (safe != null) {
                    files.add(safe);
                }
            }
        } catch (IOException e) {
            throw new GvcException("loadTexts: cannot list " + fileOrFolder + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new GvcException("loadTexts: " + fileOrFolder + " holds no agreement texts ("
                    + String.join(", ", org.gvc4j.deals.text.AgreementText.EXTENSIONS) + " files)");
        }
        return org.gvc4j.deals.text.AgreementText.readAll(files);
    }

    /**
     * Coding rules in the format of {@code coding-rules.txt} (the built-in rules with changes), for
     * {@code TextCoding.of(texts).withRules(rules)}; in the sandbox only under the paths given on the command line.
     */
    public org.gvc4j.deals.CodingRules loadRules(String file) {
        Path p = resolve(file, "loadRules");
        if (confined()) {
            p = confine(p, ctx().readRoots(), "read", "the paths given on the command line");
        }
        org.gvc4j.source.InputFiles.requireRegular(p, file);
        return org.gvc4j.deals.CodingRules.read(p);
    }

    /** Rows {@code show} prints unless told otherwise: a screenful. */
    private static final int SCREENFUL = 20;

    /**
     * Prints a result (title line, at most {@value #SCREENFUL} rows of the aligned table, then {@code … N more rows},
     * then the notes) and returns it.
     */
    public MeasureTable show(MeasureTable r) {
        return show(r, SCREENFUL);
    }

    /** The same with at most {@code rows} rows ({@code println r} prints them all). */
    public MeasureTable show(MeasureTable r, int rows) {
        ctx().out().print(r.getTitle() + "\n" + r.format(rows));
        ctx().out().println();
        return r;
    }

    /** Prints at most {@value #SCREENFUL} rows of a Tablesaw table, then {@code … N more rows}, and returns it. */
    public Table show(Table t) {
        return show(t, SCREENFUL);
    }

    /** The same with at most {@code rows} rows. */
    public Table show(Table t, int rows) {
        int n = Math.max(0, rows);
        ctx().out().println(n >= t.rowCount() ? t.printAll() : t.print(n));
        if (t.rowCount() > n) {
            int more = t.rowCount() - n;
            ctx().out().println("… " + more + " more row" + (more == 1 ? "" : "s"));
        }
        return t;
    }

    /**
     * Saves a result in the format the extension names, exactly as {@link MeasureTable#save(Path)} does ({@code .csv},
     * {@code .tsv}, {@code .xlsx}, {@code .md}, {@code .tex}, {@code .html}; the provenance in a sidecar or sheet as
     * the library writes it); in the sandbox only under the output folder. Returns the path as the recipe named it,
     * made absolute.
     */
    public String save(MeasureTable r, String file) {
        Target t = writable(file);
        named(t, () -> r.save(t.real()));
        return t.shown().toString();
    }

    /**
     * Saves a regression table in the format the extension names, as {@link RegressionTable#save(Path)} does
     * ({@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}, {@code .md}, {@code .tex}, {@code .html}).
     */
    public String save(RegressionTable table, String file) {
        Target t = writable(file);
        named(t, () -> table.save(t.real()));
        return t.shown().toString();
    }

    /** Saves one fitted model as a one-column regression table, by extension as above. */
    public String save(Fit fit, String file) {
        return save(RegressionTable.of(fit), file);
    }

    /** Saves several fitted models (e.g. a split estimation) as one regression table, by extension as above. */
    public String save(Fits fits, String file) {
        return save(fits.toRegressionTable(), file);
    }

    /**
     * Runs a library save into the staging area; an error names the file as the recipe named it, never the staging
     * path.
     */
    private static void named(Target t, Runnable write) {
        try {
            write.run();
        } catch (GvcException e) {
            String m = String.valueOf(e.getMessage()).replace(t.real().toString(), t.shown().toString());
            throw new GvcException(m);
        } catch (UncheckedIOException e) {
            String m = String.valueOf(e.getMessage()).replace(t.real().toString(), t.shown().toString());
            throw new GvcException("save: " + m);
        }
    }

    /**
     * Saves a Tablesaw table (e.g. {@code r.toTable(Naming.GVC_ANALYZER)}) in the format the extension names, with the
     * writers a measure table is saved with ({@code .csv}, {@code .tsv}, {@code .xlsx}, {@code .md}, {@code .tex},
     * {@code .html}; the provenance names the table, in a sidecar for {@code .csv} and {@code .tsv}).
     */
    public String save(Table table, String file) {
        Target t = writable(file);
        named(t, () -> org.gvc4j.result.MeasureTables.saveTable(table, t.real()));
        return t.shown().toString();
    }

    /**
     * Writes every icio combination the step supports to {@code folder}, one CSV each, named
     * {@code icio_<flow>_<level>_<perspective>_<approach>.csv}; in the sandbox only under the output folder.
     */
    public List<String> save(IcioStep icio, String folder) {
        Target t = writableFolder(folder);
        List<String> out = new ArrayList<>();
        for (Path p : icio.writeAll(t.real())) {
            out.add(t.shown().resolve(p.getFileName().toString()).toString());
        }
        return out;
    }

    /** Where a file the recipe names goes: as named (for messages) and where it is really written (staged). */
    private record Target(Path shown, Path real) {
    }

    private Path resolve(String name, String verb) {
        try {
            if (name.isEmpty()) {
                throw new GvcException(verb + ": the path is empty");
            }
            return ctx().base().resolve(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new GvcException(verb + ": \"" + org.gvc4j.source.NumberSyntax.printable(name)
                    + "\" is not a valid path (" + e.getReason() + ")");
        }
    }

    private Target writable(String file) {
        Path p = resolve(file, "save");
        if (p.getParent() == null) {
            throw new GvcException("save: " + file + " names no file");
        }
        Target dir = writableFolder(p.getParent(), file);
        return new Target(p, dir.real().resolve(p.getFileName().toString()));
    }

    private Target writableFolder(String folder) {
        return writableFolder(resolve(folder, "save"), folder);
    }

    /**
     * The folder to write into: under the output folder it is the matching folder of the staging area (created there,
     * one level at a time, never through a symbolic link); elsewhere (trusted runs only) the folder itself.
     */
    private Target writableFolder(Path dir, String asGiven) {
        RecipeContext c = ctx();
        Path root = c.outRoot();
        boolean underOut = dir.startsWith(root);
        if (confined() && !underOut) {
            throw new GvcException("write refused: " + asGiven + " is outside the output folder " + root
                    + " (sandboxed recipes write only there)");
        }
        Path stage = c.stage();
        if (!underOut || stage == null) {
            if (confined()) {
                createUnder(root, root.relativize(dir), asGiven);
            } else {
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the folder of " + asGiven + ": " + e.getMessage(), e);
                }
            }
            return new Target(dir, dir);
        }
        Path real = createUnder(stage, root.relativize(dir), asGiven);
        return new Target(dir, real);
    }

    /** Creates {@code rel} under {@code top} one folder at a time, refusing any symbolic link on the way. */
    private static Path createUnder(Path top, Path rel, String asGiven) {
        Path cur = top;
        try {
            if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(top);
            }
            for (Path part : rel) {
                if (part.toString().isEmpty()) {
                    continue;
                }
                cur = cur.resolve(part.toString());
                if (Files.isSymbolicLink(cur)) {
                    throw new GvcException("write refused: " + asGiven + " passes through the symbolic link " + cur
                            + " (sandboxed recipes write only into real folders under the output folder)");
                }
                if (!Files.isDirectory(cur, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(cur);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + asGiven + ": " + e.getMessage(), e);
        }
        return cur;
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

    // charts

    /**
     * Draws a chart ({@code org.gvc4j.chart.Chart}) as {@code name.png} (2×), {@code name.svg} and {@code name.html}
     * (self-contained, offline) and returns their paths. {@code name} is resolved like {@code save}'s file name; a
     * trailing {@code .png}, {@code .svg} or {@code .html} is dropped. In the sandbox only under the output folder,
     * never through a symbolic link, and like everything saved the files appear there only when the recipe succeeds.
     */
    public List<String> chart(org.gvc4j.chart.Chart c, String name) {
        if (c == null) {
            throw new GvcException("chart: no chart given (build one with Chart.lines(...), Chart.bars(...), ...)");
        }
        String stem = name.replaceFirst("(?i)\\.(png|svg|html)$", "");
        Path p = resolve(stem, "chart");
        if (p.getParent() == null || p.getFileName().toString().isEmpty()) {
            throw new GvcException("chart: " + name + " names no file");
        }
        Target dir = writableFolder(p.getParent(), name);
        String base = p.getFileName().toString();
        List<String> written = new ArrayList<>();
        c.savePng(dir.real().resolve(base + ".png"));
        written.add(dir.shown().resolve(base + ".png").toString());
        c.saveSvg(dir.real().resolve(base + ".svg"));
        written.add(dir.shown().resolve(base + ".svg").toString());
        c.saveHtml(dir.real().resolve(base + ".html"));
        written.add(dir.shown().resolve(base + ".html").toString());
        return written;
    }

    // report

    /**
     * Writes the offline page of a table ({@code gvc report}'s page: loaded-table facts, GVC participation, the largest
     * flows' tripartite split, sector profiles, how computed) to {@code file}, which must end in {@code .html}; resolved
     * like {@code save}'s file name, in the sandbox only under the output folder. Returns the path as named, absolute.
     */
    public String report(MrioTable io, String file) {
        if (io == null) {
            throw new GvcException("report: no table given (load one with load(folder) or demo())");
        }
        if (!file.toLowerCase(Locale.ROOT).endsWith(".html")) {
            throw new GvcException("report: " + file + " must end in .html (the report is one offline HTML page)");
        }
        Target t = writable(file);
        named(t, () -> org.gvc4j.report.TableReport.write(io, t.real()));
        return t.shown().toString();
    }
}

