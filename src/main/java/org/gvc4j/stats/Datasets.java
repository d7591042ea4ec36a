package org.gvc4j.stats;

import java.nio.file.Path;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.CsvData;
import org.gvc4j.stats.data.TableSource;
import tech.tablesaw.api.Table;

/**
 * Where estimation data come from: a CSV file (UTF-8, header row, comma separator, plain decimal numbers; {@code NA},
 * {@code NaN} and empty cells are missing; see {@link CsvData}), a Tablesaw table, or any decomposition {@link MeasureTable}. Parquet is not read yet: the Java Parquet
 * readers on Maven Central all pull in Hadoop; convert with {@code arrow::write_csv_arrow} or pandas first.
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Reads a CSV file strictly into a Tablesaw table ({@link CsvData}: UTF-8, header row, comma separator, plain
     * decimal numbers only, {@code NA}/{@code NaN}/empty = missing; types from every row). Every problem is an
     * {@link EstimationException} naming the file, line, data row and column.
     */
    public static Table readCsv(Path file) {
        return CsvData.read(file);
    }

    static ColumnSource of(Table t) {
        return new TableSource(t);
    }

    static ColumnSource of(Path csv) {
        Table t = readCsv(csv);
        t.setName(csv.getFileName().toString());
        return new TableSource(t);
    }

    static ColumnSource of(MeasureTable r) {
        Table t = r.toTable();
        return new TableSource(t);
    }
}
