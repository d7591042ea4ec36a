package org.gvc4j.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.Result;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.TableSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Where estimation data come from: a CSV file (header row, comma separator; {@code NA}, {@code NaN} and empty cells
 * are missing), a Tablesaw table, or any decomposition {@link Result}. Parquet is not read yet: the Java Parquet
 * readers on Maven Central all pull in Hadoop; convert with {@code arrow::write_csv_arrow} or pandas first.
 */
public final class Datasets {
    private Datasets() {
    }

    /** Reads a CSV file into a Tablesaw table (types inferred from every row, not a sample). */
    public static Table readCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GvcException("data file not found: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            throw new GvcException("cannot read " + file + ": Parquet is not supported yet (the Java readers need "
                    + "Hadoop); write the data as CSV");
        }
        try {
            CsvReadOptions opts = CsvReadOptions.builder(file.toFile())
                    .header(true)
                    .sample(false)
                    .missingValueIndicator("NA", "", "NaN", "nan", "null", "NULL")
                    .build();
            return Table.read().usingOptions(opts);
        } catch (RuntimeException e) {
            throw new GvcException("cannot read " + file + " as CSV: " + e.getMessage(), e);
        }
    }

    static ColumnSource of(Table t) {
        return new TableSource(t);
    }

    static ColumnSource of(Path csv) {
        Table t = readCsv(csv);
        t.setName(csv.getFileName().toString());
        return new TableSource(t);
    }

    static ColumnSource of(Result r) {
        Table t = r.toTable();
        return new TableSource(t);
    }
}
