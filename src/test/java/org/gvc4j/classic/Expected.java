package org.gvc4j.classic;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.method.Frame;
import org.gvc4j.testing.Frames;
import org.gvc4j.testing.Reference;

/** Comparisons of method frames with the classic-method reference files (the README's default rule). */
final class Expected {
    private Expected() {
    }

    private static final Map<String, org.gvc4j.model.LeontiefModel> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The derived model of a reference table under some conventions, built once per test JVM (tables load in ~1 s). */
    static org.gvc4j.model.LeontiefModel model(String table, org.gvc4j.model.Conventions conventions) {
        Path dir = Reference.table(table);
        return MODELS.computeIfAbsent(table + "/" + conventions,
                k -> TestModels.of(org.gvc4j.Gvc.load(dir).withConventions(conventions)));
    }

    /** lrwiod-2000's older decompr/exvatools files call the rest of the world xROW (reference README, "Formatting"). */
    static final Map<String, String> XROW = Map.of("ROW", "xROW");

    static double check(Path file, Frame f, Map<String, String> names, Map<String, String> labels, List<String> keys) {
        return Reference.assertMatches(file, Frames.table(f, names, labels), keys, Set.of(), null);
    }

    static double check(String table, String file, Frame f, Map<String, String> names, List<String> keys) {
        return check(Reference.expected(table, file), f, names, Map.of(), keys);
    }

    /**
     * The same for a peer file that also has the all-zero rows of exporter = importer (decompr, exvatools detail),
     * which gvc4j leaves out: they are checked to be zero, then dropped (a filtered copy under {@code tmp}).
     */
    static double checkWithoutSelf(Path file, Frame f, Map<String, String> names, Map<String, String> labels,
                                   List<String> keys, String exporterKey, String importerKey, Path tmp) {
        Reference.Csv csv = Reference.read(file);
        int ex = csv.header().indexOf(exporterKey);
        int im = csv.header().indexOf(importerKey);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", csv.header()));
        for (List<String> row : csv.rows()) {
            if (row.get(ex).equals(row.get(im))) {
                for (int c = 0; c < row.size(); c++) {
                    if (!keys.contains(csv.header().get(c))) {
                        assertEquals(0.0, Double.parseDouble(row.get(c)), 0.0, file + ": self row " + row);
                    }
                }
                continue;
            }
            lines.add(String.join(",", row));
        }
        return checkCopy(file, lines, f, names, labels, keys, tmp);
    }

    /**
     * The same for a peer file some of whose columns gvc4j does not give at that level (e.g. exvatools' REF per cell,
     * which mixes two breakdowns): those columns are dropped from a copy under {@code tmp} before comparing.
     */
    static double checkWithout(Path file, Set<String> dropped, Frame f, Map<String, String> names,
                               Map<String, String> labels, List<String> keys, Path tmp) {
        Reference.Csv csv = Reference.read(file);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < csv.header().size(); c++) {
            if (!dropped.contains(csv.header().get(c))) {
                kept.add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", kept.stream().map(csv.header()::get).toList()));
        for (List<String> row : csv.rows()) {
            lines.add(String.join(",", kept.stream().map(row::get).toList()));
        }
        return checkCopy(file, lines, f, names, labels, keys, tmp);
    }

    /** Compares with a filtered copy of {@code file} (same table/expected/name layout, for the messages). */
    private static double checkCopy(Path file, List<String> lines, Frame f, Map<String, String> names,
                                    Map<String, String> labels, List<String> keys, Path tmp) {
        try {
            Path dir = tmp.resolve(file.getParent().getParent().getFileName().toString()).resolve("expected");
            Files.createDirectories(dir);
            Path copy = dir.resolve(file.getFileName().toString());
            Files.write(copy, lines);
            return check(copy, f, names, labels, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two alias maps as one (the second wins). */
    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new java.util.HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
