package org.gvc4j.source;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/**
 * Reads the CSV folder layout:
 * <ul>
 *   <li>{@code Z.csv}: header {@code row,<label_1>,...,<label_n>}, then n rows {@code label,values}; labels are
 *       {@code COUNTRY.SECTOR} in country-major order;</li>
 *   <li>{@code Y.csv}: header {@code row,<country_1>,...,<country_G>} (final demand by destination), or, if absent,
 *       {@code Yfull.csv} with {@code COUNTRY.CATEGORY} columns, contiguous per country, summed per destination;</li>
 *   <li>{@code VA_X.csv}: header {@code row,<VA columns...>,X}: every column but {@code X} is a value-added row
 *       (summed).</li>
 * </ul>
 */
public final class CsvFolderReader {
    /** Opens one file of the folder by name; {@code null} when the folder has no such file. */
    @FunctionalInterface
    public interface FileOpener {
        InputFiles.@Nullable Input open(String name) throws IOException;

        /** The file's path when it is a regular file on disk (the fast, parallel way can map it), else {@code null}. */
        default @Nullable Path path(String name) throws IOException {
            return null;
        }
    }

    private CsvFolderReader() {
    }

    /** Reads a table folder; the table is named after the folder. */
    public static IoTable read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new TableFormatException("table folder " + folder + " does not exist or is not a folder");
        }
        String name = folder.toAbsolutePath().normalize().getFileName() == null ? folder.toString()
                : folder.toAbsolutePath().normalize().getFileName().toString();
        return read(name, folder.toString(), new FileOpener() {
            @Override
            public InputFiles.@Nullable Input open(String file) throws IOException {
                return InputFiles.openInside(folder, file, folder + "/" + file);
            }

            @Override
            public @Nullable Path path(String file) throws IOException {
                return InputFiles.inside(folder, file, folder + "/" + file);
            }
        });
    }

    /**
     * Reads from any source of named files (the folder, or the demo's classpath resources).
     *
     * @param where shown in messages before each file name
     */
    public static IoTable read(String name, String where, FileOpener files) {
        try {
            CsvGrid z = grid(files, where, "Z.csv", -1);
            if (z == null) {
                throw new TableFormatException(where + ": Z.csv not found");
            }
            int n = z.rows.size();
            for (int i = 0; i < Math.min(n, z.columns.size()); i++) {
                if (!z.rows.get(i).equals(z.columns.get(i))) {
                    throw new TableFormatException(where + "/Z.csv line " + z.lines.get(i) + ": row \"" + NumberSyntax.printable(z.rows.get(i))
                            + "\" where the header has \"" + NumberSyntax.printable(z.columns.get(i)) + "\" (rows and columns must be the same "
                            + "industries in the same order)");
                }
            }
            if (n != z.columns.size()) {
                throw new TableFormatException(where + "/Z.csv: " + n + " rows, but the header has " + z.columns.size()
                        + " industries; no row for \"" + z.columns.get(n) + "\" (truncated?)");
            }
            Labels labels = Labels.fromIndustryLabels(z.rows, where + "/Z.csv line 1");
            Mat y = finalDemand(files, where, labels, n);
            CsvGrid vax = grid(files, where, "VA_X.csv", n);
            if (vax == null) {
                throw new TableFormatException(where + ": VA_X.csv not found");
            }
            requireRows(vax, labels, where + "/VA_X.csv");
            int xCol = vax.columns.indexOf("X");
            if (xCol < 0) {
                throw new TableFormatException(where + "/VA_X.csv: no column named X (gross output); columns are "
                        + vax.columns);
            }
            double[] x = new double[n];
            System.arraycopy(vax.values, xCol * n, x, 0, n);
            double[] va = null;
            for (int c = 0; c < vax.columns.size(); c++) {
                if (c == xCol) {
                    continue;
                }
                if (va == null) {
                    va = new double[n];
                }
                for (int i = 0; i < n; i++) {
                    va[i] += vax.values[c * n + i];
                }
            }
            return new IoTable(name, labels, new Mat(n, n, z.values), y, va, x);
        } catch (IOException e) {
            throw new TableFormatException(where + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Mat finalDemand(FileOpener files, String where, Labels labels, int n) throws IOException {
        CsvGrid y = grid(files, where, "Y.csv", n);
        String file = where + "/Y.csv";
        if (y == null) {
            y = grid(files, where, "Yfull.csv", n);
            file = where + "/Yfull.csv";
            if (y == null) {
                throw new TableFormatException(where + ": neither Y.csv nor Yfull.csv found");
            }
            requireRows(y, labels, file);
            return IoTable.sumCategories(new Mat(n, y.columns.size(), y.values), categoryCountries(y.columns, labels, file));
        }
        requireRows(y, labels, file);
        if (!y.columns.equals(labels.countries())) {
            throw new TableFormatException(file + ": columns must be the destination countries in table order "
                    + labels.countries() + firstDifference(labels.countries(), y.columns));
        }
        return new Mat(n, y.columns.size(), y.values);
    }

    /** Checks COUNTRY.CATEGORY columns: each country's categories contiguous, countries in table order. */
    private static int categoryCountries(List<String> cols, Labels labels, String file) {
        List<String> countries = new ArrayList<>();
        List<String> perCountry = new ArrayList<>();
        for (String c : cols) {
            int dot = c.indexOf('.');
            String country = dot > 0 ? c.substring(0, dot) : c;
            if (countries.isEmpty() || !countries.get(countries.size() - 1).equals(country)) {
                countries.add(country);
                perCountry.add(country);
            }
        }
        if (!countries.equals(labels.countries())) {
            throw new TableFormatException(file + ": final-demand columns must be COUNTRY.CATEGORY, contiguous per country, "
                    + "countries in table order " + labels.countries() + firstDifference(labels.countries(), countries));
        }
        if (cols.size() % countries.size() != 0) {
            throw new InvalidTableException(file + ": " + cols.size() + " columns do not split into the same number of "
                    + "categories for " + countries.size() + " countries");
        }
        return countries.size();
    }

    private static void requireRows(CsvGrid g, Labels labels, String file) {
        int n = labels.size();
        for (int i = 0; i < Math.min(n, g.rows.size()); i++) {
            if (!g.rows.get(i).equals(labels.industry(i))) {
                throw new TableFormatException(file + " line " + g.lines.get(i) + ": row \"" + NumberSyntax.printable(g.rows.get(i))
                        + "\" where Z.csv has \"" + labels.industry(i) + "\"");
            }
        }
        if (g.rows.size() != n) {
            throw new TableFormatException(file + ": " + g.rows.size() + " rows, but Z.csv has " + n + " industries; "
                    + "no row for \"" + labels.industry(g.rows.size()) + "\" (truncated?)");
        }
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return " (first difference at position " + (i + 1) + ": \"" + a.get(i) + "\" vs \"" + b.get(i) + "\")";
            }
        }
        return a.size() == b.size() ? "" : " (" + a.size() + " vs " + b.size() + " entries)";
    }

    private static @Nullable CsvGrid grid(FileOpener files, String where, String file, int n) throws IOException {
        Path p = files.path(file);
        if (p != null) {
            CsvGrid fast = FastGrid.read(p, where + "/" + file, n);
            if (fast != null) {
                return fast;
            }
        }
        InputFiles.Input in = files.open(file);
        if (in == null) {
            return null;
        }
        try (java.io.InputStream s = in.in()) {
            return CsvGrid.read(new TextCursor(s, ',', where + "/" + file), n, in.size());
        }
    }
}
