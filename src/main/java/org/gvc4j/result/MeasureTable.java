package org.gvc4j.result;

import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A table of measures: key columns first ({@code exporter}, {@code country}, {@code sector}, {@code importer},
 * {@code origin}: text), then measure columns (doubles), with the chain that made it, the paper, the input table and
 * its conventions, and notes. Every decomposition step from the choice of countries on is a {@code MeasureTable},
 * computed when first read, so {@code io.decompose().bm2025().trade().exporter("CHN")} prints, saves and converts as
 * it stands. Immutable: every call that refines it returns a new table.
 *
 * <p><b>The name.</b> The decomposition's output is a table of measures by key, as the input is an {@code MrioTable}
 * and the estimates are a {@code RegressionTable}. It is not called {@code Result} because Kotlin imports
 * {@code kotlin.Result} into every file, so {@code fun f(): Result} would need an import alias.
 *
 * <p><b>Names.</b> Column names follow the table's {@link Naming} ({@link Naming#GVC4J} unless the table was made
 * with {@code withNaming(..)} or {@code like(..)}); every call that takes a column name takes it in that naming.
 *
 * <p><b>Missing values.</b> A measure that is a ratio with a zero denominator (the share of a zero-output industry,
 * of a country without exports) is missing: NaN in {@link #toTable()} and {@link #column} (Tablesaw's missing double),
 * an empty cell in {@link #saveCsv}, {@code NA} when printed, and a note names the columns and rows.
 */
public interface MeasureTable {
    /** The chain that made it, e.g. {@code bm2025().trade().exporter("CHN")}. */
    String getChain();

    /** The paper (and peer package) the measures come from. */
    String getPaper();

    /** The input table's name and the conventions used. */
    String getSource();

    /** Messages about values the method had to adjust or could not compute. Empty for most results. */
    List<String> getNotes();

    /** The names the columns carry. */
    Naming getNaming();

    int getRowCount();

    /** Every column, keys first. */
    List<String> getColumnNames();

    /** The key columns, in the order {@link #value(String, String...)} takes them. */
    List<String> getKeyNames();

    /** A measure column as a new array, in row order; a missing value is NaN (see {@link #getNotes()} for why). */
    double[] column(String name);

    /** A key column as a list, in row order. */
    List<String> keys(String name);

    /**
     * The value of a measure in the row whose key columns equal {@code keys}, in {@link #getKeyNames()} order, e.g.
     * {@code value("DAVAX", "CHN", "USA")}. Keys are matched as countries are: exactly, then ignoring case.
     */
    double value(String column, String... keys);

    /** The same table with another naming, e.g. {@code named(Naming.GVC_ANALYZER)} for gvcAnalyzer's column names. */
    MeasureTable named(Naming naming);

    /** Only these columns, in this order (key columns are kept only if named). */
    MeasureTable select(String... columns);

    /**
     * Only the rows whose key column {@code column} holds one of {@code values}, matched as countries are (exactly,
     * then ignoring case). A value that no row holds is an error that lists the column's values: never an empty or a
     * shortened table.
     */
    MeasureTable where(String column, String... values);

    /** Rows sorted by a column, ascending. */
    MeasureTable sortBy(String column);

    /** Rows sorted by a column, largest first. */
    MeasureTable sortDescendingBy(String column);

    /** The first {@code rows} rows. */
    MeasureTable head(int rows);

    /** A copy of the data as a Tablesaw table, with the table's naming. */
    Table toTable();

    /**
     * Writes the table as CSV (17 significant digits, the table's naming; a missing value is an empty cell), creating
     * parent folders, without provenance (the data only, e.g. for a folder of CSV files another tool reads; {@link
     * #save} adds it). A name ending in another format's extension ({@code .xlsx}, {@code .md} ...) is refused: use
     * {@link #save}. All or nothing: the file appears only once complete.
     */
    void saveCsv(Path file);

    /**
     * Saves the table in the format the file's extension names, with its provenance, creating parent folders:
     * {@code .csv} and {@code .tsv} (17 significant digits, a missing value is an empty cell; the provenance in a
     * sidecar {@code <file>.provenance.json}), {@code .xlsx} (one sheet of data, numbers as numbers, then a sheet
     * {@code provenance}), {@code .md}, {@code .tex} and {@code .html} (the table as printed, {@code NA} for a missing
     * value; the provenance as a comment at the top). Any other extension is refused with an error naming these.
     * The provenance is the chain, paper, source (input table and conventions), naming, gvc4j version, time of saving
     * and the notes. All or nothing: the file (and its sidecar) appear only once complete; files get the permissions
     * the umask gives. Returns {@code file}. dsl-docs/saving.md has examples.
     */
    default Path save(Path file) {
        return MeasureTables.save(this, file);
    }

    /**
     * Saves several tables into one workbook ({@code .xlsx}; another extension is refused): one sheet per table, named
     * after its chain (cut to Excel's 31 characters, numbered when two names clash), then a sheet {@code provenance}
     * with one block per sheet. All or nothing, with the permissions the umask gives. Returns {@code file}.
     */
    static Path saveAll(Path file, MeasureTable... tables) {
        return MeasureTables.saveAll(file, java.util.Arrays.asList(tables));
    }

    /**
     * Prints the title and at most a screenful (20 rows) of the table to standard output, then {@code … N more rows}
     * and the notes; returns the table. {@code show(n)} prints more, {@code System.out.println(table)} all.
     */
    default MeasureTable show() {
        return show(MeasureTables.SCREENFUL);
    }

    /** The same with at most {@code rows} rows. */
    default MeasureTable show(int rows) {
        System.out.print(getTitle() + "\n" + format(rows));
        System.out.flush();
        return this;
    }

    /**
     * The table as aligned text, then the notes. Each measure column is printed with one number of decimals, chosen
     * so that its largest value shows seven significant digits (as R prints a data frame); very large or very small
     * columns use scientific notation; a missing value is {@code NA}.
     */
    String format();

    /** The same with at most {@code maxRows} rows, then a line {@code … N more rows}. */
    String format(int maxRows);

    /** One line: {@code # chain (paper; source)}, and the naming unless it is gvc4j's. */
    String getTitle();

    /** {@link #getTitle()}, a line break, then {@link #format()}. */
    @Override
    String toString();
}
