package org.gvc4j.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/** Writes a table in the CSV folder layout that {@link CsvFolderReader} reads (exact doubles, streaming). */
public final class CsvFolderWriter {
    private CsvFolderWriter() {
    }

    public static void write(IoTable t, Path folder) {
        Labels l = t.labels();
        int n = l.size();
        try {
            Files.createDirectories(folder);
            try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("Z.csv"), StandardCharsets.UTF_8)) {
                w.write("row");
                for (int j = 0; j < n; j++) {
                    w.write("," + l.industry(j));
                }
                w.newLine();
                for (int i = 0; i < n; i++) {
                    w.write(l.industry(i));
                    for (int j = 0; j < n; j++) {
                        w.write(',');
                        w.write(Double.toString(t.z().get(i, j)));
                    }
                    w.newLine();
                }
            }
            try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("Y.csv"), StandardCharsets.UTF_8)) {
                w.write("row," + String.join(",", l.countries()));
                w.newLine();
                for (int i = 0; i < n; i++) {
                    w.write(l.industry(i));
                    for (int r = 0; r < l.countryCount(); r++) {
                        w.write(',');
                        w.write(Double.toString(t.y().get(i, r)));
                    }
                    w.newLine();
                }
            }
            double[] va = t.valueAdded();
            double[] x = t.output();
            try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("VA_X.csv"), StandardCharsets.UTF_8)) {
                w.write(va == null ? "row,X" : "row,VA,X");
                w.newLine();
                for (int i = 0; i < n; i++) {
                    w.write(l.industry(i) + (va == null ? "" : "," + va[i]) + "," + x[i]);
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table to " + folder + ": " + e.getMessage(), e);
        }
    }
}
