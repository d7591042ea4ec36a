package org.gvc4j.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gvc4j.error.GvcException;

/**
 * The tables of a panel, in order: a list of {@link PanelSource}s with distinct {@code (database, year)}. The order
 * is the order of the combined output: a manifest's row order; for a folder or a glob, by database, then year.
 * See the package documentation for the year rule.
 */
public final class Panel {
    /** A year-like number: four digits 1950–2099 not adjacent to another digit. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    /** Files a data folder holds besides tables. */
    private static final Pattern NOT_A_TABLE = Pattern.compile("(?i).*\\.(md|txt|pdf)$");
    private static final Pattern EXTENSION = Pattern.compile("(?i)(\\.(csv|tsv|txt|xlsx|xls|zip|gz|parquet))+$");

    private final List<PanelSource> sources;

    private Panel(List<PanelSource> sources) {
        if (sources.isEmpty()) {
            throw new GvcException("the panel has no tables");
        }
        Map<String, PanelSource> seen = new HashMap<>();
        for (PanelSource s : sources) {
            PanelSource before = seen.putIfAbsent(s.key(), s);
            if (before != null) {
                throw new GvcException(s.origin() + ": " + s + " appears twice (also " + before.origin()
                        + "); each database and year may be given once");
            }
        }
        this.sources = List.copyOf(sources);
    }

    /** A panel of the given sources, in this order. */
    public static Panel of(List<PanelSource> sources) {
        return new Panel(sources);
    }

    /** The sources, in panel order. */
    public List<PanelSource> getSources() {
        return sources;
    }

    /** How many tables. */
    public int getSize() {
        return sources.size();
    }

    /**
     * Every entry of {@code folder} is one table of {@code database}, its year taken from its name (the package
     * documentation's rule); ordered by year.
     */
    public static Panel fromFolder(Path folder, String database) {
        if (!Files.isDirectory(folder)) {
            throw new GvcException(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !NOT_A_TABLE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new GvcException(folder + ": no tables in this folder");
        }
        List<PanelSource> out = new ArrayList<>();
        for (Path p : entries) {
            out.add(new PanelSource(database, yearOf(p.getFileName().toString(), p), p, p.toString()));
        }
        return new Panel(sorted(out));
    }

    /** {@link #fromFolder(Path, String)} with the folder's own name as the database label. */
    public static Panel fromFolder(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String db = name == null ? "" : name.toString();
        if (!PanelSource.LABEL.matcher(db).matches()) {
            throw new GvcException(folder + ": the folder name \"" + db + "\" is not a database label (letters, "
                    + "digits, _ . -); give one (gvc panel --database NAME)");
        }
        return fromFolder(folder, db);
    }

    /**
     * The paths {@code glob} matches (e.g. {@code data/adb/ADB-MRIO-*.xlsx}, {@code data/wiod/*}), relative to the
     * working folder unless absolute; the year is found by the year rule in the matched path below the glob's fixed
     * prefix. Ordered by year.
     */
    public static Panel fromGlob(String glob, String database) {
        String norm = glob.replace('\\', '/');
        int meta = firstMeta(norm);
        if (meta < 0) {
            throw new GvcException(glob + ": not a glob (no * ? [ or {); for one folder use fromFolder");
        }
        int slash = norm.lastIndexOf('/', meta);
        Path base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : norm.substring(0, slash));
        String rest = norm.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            throw new GvcException(glob + ": no such folder " + base);
        }
        PathMatcher m = base.getFileSystem().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
        List<Path> hits;
        try (Stream<Path> s = Files.walk(base, depth, FileVisitOption.FOLLOW_LINKS)) {
            hits = s.filter(p -> !p.equals(base) && m.matches(base.relativize(p)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base + ": " + e.getMessage(), e);
        }
        if (hits.isEmpty()) {
            throw new GvcException(glob + ": matches no file or folder");
        }
        List<PanelSource> out = new ArrayList<>();
        for (Path p : hits) {
            out.add(new PanelSource(database, yearOf(base.relativize(p).toString(), p), p, p.toString()));
        }
        return new Panel(sorted(out));
    }

    private static int firstMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<PanelSource> sorted(List<PanelSource> in) {
        List<PanelSource> out = new ArrayList<>(in);
        out.sort(Comparator.comparing(PanelSource::database).thenComparingInt(PanelSource::year));
        return out;
    }

    /**
     * The year in a name by the year rule: the one year-like number in it, its extensions removed (the same number
     * twice counts once).
     *
     * @throws GvcException naming {@code file} when there is none or more than one
     */
    static int yearOf(String name, Path file) {
        String stem = EXTENSION.matcher(name).replaceFirst("");
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(stem);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        if (years.isEmpty()) {
            throw new GvcException(file + ": no year in the name (the year is a four-digit number 1950-2099 in the "
                    + "file or folder name); rename it or list the tables in a manifest (database,year,path)");
        }
        if (years.size() > 1) {
            throw new GvcException(file + ": the name holds several years " + years + ", so the year is ambiguous; "
                    + "rename it or list the tables in a manifest (database,year,path)");
        }
        return years.iterator().next();
    }

    /**
     * A CSV manifest: header {@code database,year,path} (in any order, no other columns), one table a row; blank
     * lines are skipped; a relative path is relative to the manifest's folder. Kept in row order.
     *
     * @throws GvcException naming the file, line and column of the first error
     */
    public static Panel fromManifest(Path manifest) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new GvcException(manifest + ": not UTF-8 text");
        } catch (IOException e) {
            throw new GvcException(manifest + ": cannot read the manifest: " + (Files.exists(manifest)
                    ? e.getMessage() : "no such file"));
        }
        Path dir = manifest.toAbsolutePath().normalize().getParent();
        int headerLine = -1;
        int db = -1;
        int yr = -1;
        int pa = -1;
        int width = 0;
        List<PanelSource> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replaceFirst("^\uFEFF", "") : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = manifest + " line " + (i + 1);
            List<String> cells = splitCsv(line, where);
            if (headerLine < 0) {
                headerLine = i;
                width = cells.size();
                for (int c = 0; c < cells.size(); c++) {
                    String h = cells.get(c).strip().toLowerCase(Locale.ROOT);
                    switch (h) {
                        case "database" -> db = c;
                        case "year" -> yr = c;
                        case "path" -> pa = c;
                        default -> throw new GvcException(where + " column " + (c + 1) + ": unknown column \""
                                + cells.get(c) + "\"; the header is database,year,path");
                    }
                }
                if (db < 0 || yr < 0 || pa < 0) {
                    throw new GvcException(where + ": the header must name database, year and path; got " + line);
                }
                continue;
            }
            if (cells.size() != width) {
                throw new GvcException(where + ": " + cells.size() + " cells, the header has " + width);
            }
            String database = cells.get(db).strip();
            if (!PanelSource.LABEL.matcher(database).matches()) {
                throw new GvcException(where + " column database: \"" + database + "\" is not a label (letters, "
                        + "digits, _ . -, starting with a letter or digit)");
            }
            String y = cells.get(yr).strip();
            if (!y.matches("\\d{4}") || Integer.parseInt(y) < 1900 || Integer.parseInt(y) > 2100) {
                throw new GvcException(where + " column year: \"" + y + "\" is not a year between 1900 and 2100");
            }
            String p = cells.get(pa).strip();
            if (p.isEmpty()) {
                throw new GvcException(where + " column path: empty");
            }
            Path path;
            try {
                path = dir.resolve(p).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new GvcException(where + " column path: \"" + p + "\" is not a valid path");
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                throw new GvcException(where + " column path: " + path + " does not exist");
            }
            out.add(new PanelSource(database, Integer.parseInt(y), path, where));
        }
        if (headerLine < 0) {
            throw new GvcException(manifest + ": empty; a manifest has the header database,year,path and a row a table");
        }
        if (out.isEmpty()) {
            throw new GvcException(manifest + ": no tables below the header");
        }
        return new Panel(out);
    }

    /** One CSV line: cells split at commas, double quotes around a cell allowed ("" is a quote). */
    private static List<String> splitCsv(String line, String where) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new GvcException(where + ": a quote is not closed");
        }
        cells.add(cur.toString());
        return cells;
    }

    @Override
    public String toString() {
        return "Panel of " + sources.size() + " tables " + sources;
    }
}
