package org.gvc4j;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;

/**
 * Builds an {@link MrioTable} from arrays, for Java and Kotlin callers whose data is already in memory.
 *
 * <pre>{@code
 * MrioTable io = Gvc.builder()
 *     .countries("A", "B").sectors("Goods", "Services")
 *     .intermediate(z)            // n×n, rows = supplying industry, country-major
 *     .finalDemand(y)             // n×G, or n×(G·F) with F categories per destination (summed)
 *     .valueAdded(taxes, wages)   // one or several rows, summed
 *     .output(x)
 *     .build();
 * }</pre>
 * Every array is copied; ragged rows are errors naming the row.
 */
public final class MrioTableBuilder {
    private String name = "table";
    private List<String> countries;
    private List<String> sectors;
    private double[][] z;
    private double[][] y;
    private final List<double[]> va = new ArrayList<>();
    private double[] x;
    private Conventions conventions = Conventions.DEFAULT;

    MrioTableBuilder() {
    }

    public MrioTableBuilder name(String tableName) {
        this.name = tableName;
        return this;
    }

    public MrioTableBuilder countries(String... names) {
        return countries(List.of(names));
    }

    public MrioTableBuilder countries(List<String> names) {
        this.countries = List.copyOf(names);
        return this;
    }

    public MrioTableBuilder sectors(String... names) {
        return sectors(List.of(names));
    }

    public MrioTableBuilder sectors(List<String> names) {
        this.sectors = List.copyOf(names);
        return this;
    }

    /** Z, n×n, {@code z[i][j]} = sales of industry i to industry j (country-major). */
    public MrioTableBuilder intermediate(double[][] flows) {
        this.z = flows;
        return this;
    }

    /** Y, n×G (by destination) or n×(G·F) (F categories per destination, contiguous; summed). */
    public MrioTableBuilder finalDemand(double[][] demand) {
        this.y = demand;
        return this;
    }

    /** One or several value-added rows (each an n-vector); they are summed. */
    public MrioTableBuilder valueAdded(double[]... rows) {
        for (double[] r : rows) {
            va.add(r.clone());
        }
        return this;
    }

    /** Gross output X (n). */
    public MrioTableBuilder output(double[] grossOutput) {
        this.x = grossOutput.clone();
        return this;
    }

    public MrioTableBuilder conventions(Conventions c) {
        this.conventions = c;
        return this;
    }

    /**
     * @throws InvalidTableException naming what is missing or malformed
     */
    public MrioTable build() {
        require(countries != null, "countries");
        require(sectors != null, "sectors");
        require(z != null, "intermediate (Z)");
        require(y != null, "finalDemand (Y)");
        require(x != null, "output (X)");
        Labels labels = new Labels(countries, sectors);
        int n = labels.size();
        Mat zm = toMat(z, "Z", labels, n, n);
        int yCols = y.length == 0 ? 0 : y[0].length;
        Mat ym = toMat(y, "Y", labels, n, yCols);
        if (yCols != labels.countryCount()) {
            ym = IoTable.sumCategories(ym, labels.countryCount());
        }
        double[] vaSum = null;
        for (int k = 0; k < va.size(); k++) {
            double[] row = va.get(k);
            if (row.length != n) {
                throw new InvalidTableException(name + ": value-added row " + (k + 1) + " has " + row.length
                        + " entries, " + n + " industries expected");
            }
            if (vaSum == null) {
                vaSum = new double[n];
            }
            for (int i = 0; i < n; i++) {
                vaSum[i] += row[i];
            }
        }
        return new MrioTable(new IoTable(name, labels, zm, ym, vaSum, x.clone()), conventions);
    }

    private void require(boolean present, String what) {
        if (!present) {
            throw new InvalidTableException(name + ": " + what + " not given");
        }
    }

    private Mat toMat(double[][] rows, String what, Labels labels, int n, int cols) {
        if (rows.length != n) {
            throw new InvalidTableException(name + ": " + what + " has " + rows.length + " rows, " + n
                    + " industries expected (" + labels.countryCount() + " countries x " + labels.sectorCount() + " sectors)");
        }
        Mat m = new Mat(n, cols);
        for (int i = 0; i < n; i++) {
            if (rows[i].length != cols) {
                throw new InvalidTableException(name + ": " + what + " row " + (i + 1) + " (" + labels.industry(i) + ") has "
                        + rows[i].length + " values, the first row has " + cols);
            }
            for (int j = 0; j < cols; j++) {
                m.data[i + j * n] = rows[i][j];
            }
        }
        return m;
    }
}
