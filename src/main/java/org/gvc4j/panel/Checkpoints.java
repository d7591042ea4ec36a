package org.gvc4j.panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.OutputFiles;

/**
 * The per-table checkpoints of a panel run under {@code <out>/checkpoints/<database>_<year>/}: one CSV per result
 * kind and the marker {@value #MARKER}, written last. The folder is filled under a hidden staging name and renamed
 * into place ({@link OutputFiles#writeFolder}), so it appears complete or not at all; a folder without the marker
 * (left by other means) is not trusted and is recomputed.
 */
final class Checkpoints {
    static final String MARKER = "_DONE";
    private final Path root;

    Checkpoints(Path out) {
        this.root = out.resolve("checkpoints");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root + ": " + e.getMessage(), e);
        }
        OutputFiles.cleanLeftovers(root);
    }

    Path folder(PanelSource s) {
        return root.resolve(s.key());
    }

    /** Whether a complete checkpoint of this source with every kind asked for exists. */
    boolean isDone(PanelSource s, List<Decomposition> kinds) {
        Path f = folder(s);
        Path marker = f.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String text;
        try {
            text = Files.readString(marker, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (!text.contains("source=" + source(s) + "\n")) {
            return false;
        }
        for (Decomposition d : kinds) {
            if (!Files.isRegularFile(f.resolve(d.name() + ".csv"), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Whether anything (complete or not) is kept for this source. */
    boolean exists(PanelSource s) {
        return Files.exists(folder(s), LinkOption.NOFOLLOW_LINKS);
    }

    private static String source(PanelSource s) {
        return s.path().toAbsolutePath().normalize().toString();
    }

    /** Writes one table's results and then its marker, all or nothing, replacing what was there. */
    void write(PanelSource s, Map<String, MeasureTable> results) {
        Path target = folder(s);
        deleteTree(target);
        OutputFiles.writeFolder(target, staging -> {
            for (Map.Entry<String, MeasureTable> e : results.entrySet()) {
                e.getValue().saveCsv(staging.resolve(e.getKey() + ".csv"));
            }
            Files.writeString(staging.resolve(MARKER), "database=" + s.database() + "\nyear=" + s.year() + "\nsource="
                    + source(s) + "\nkinds=" + String.join(",", results.keySet()) + "\n", StandardCharsets.UTF_8);
            return null;
        });
    }

    /** Removes a checkpoint folder that has no marker (or is to be replaced). */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old checkpoint " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * The combined CSV of one result kind: {@code database,year,} and the checkpoints' header, then every table's
     * rows in panel order, each prefixed with its labels. Returns the number of rows.
     */
    long combine(List<PanelSource> sources, String kind, Path target) {
        long[] rows = {0};
        OutputFiles.write(target, out -> {
            String header = null;
            PanelSource first = null;
            for (PanelSource s : sources) {
                Path f = folder(s).resolve(kind + ".csv");
                byte[] prefix = (s.database() + "," + s.year() + ",").getBytes(StandardCharsets.UTF_8);
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String h = in.readLine();
                    if (h == null) {
                        throw new GvcException(f + ": empty checkpoint file");
                    }
                    if (header == null) {
                        header = h;
                        first = s;
                        write(out, "database,year," + h + "\n");
                    } else if (!header.equals(h)) {
                        throw new GvcException(kind + ": " + s + " has the columns " + h + ", but " + first + " has "
                                + header + "; a result kind needs the same columns for every table");
                    }
                    String record;
                    while ((record = readRecord(in)) != null) {
                        out.write(prefix);
                        write(out, record + "\n");
                        rows[0]++;
                    }
                }
            }
        });
        return rows[0];
    }

    /** One CSV record: a line, or several while a quoted cell is open. */
    private static @org.jspecify.annotations.Nullable String readRecord(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(line);
        while (quotes(b) % 2 == 1) {
            String more = in.readLine();
            if (more == null) {
                break;
            }
            b.append('\n').append(more);
        }
        return b.toString();
    }

    private static long quotes(CharSequence s) {
        return s.chars().filter(c -> c == '"').count();
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
