package org.gvc4j.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The models of a multiple estimation ({@code sw()}, {@code csw()}, {@code csw0()}, split), numbered 1, 2, … in
 * fixest's order: sample outermost, then the fixed-effect set, then the regressor set. {@link #toTable()} and
 * {@link #saveCsv(Path)} put a first column {@code model} before the coefficient table of each fit.
 */
public final class Fits implements Iterable<Fit> {
    /** The first column of the stacked table. */
    public static final String MODEL = "model";

    private final List<Fit> fits;
    private final String splitVariable;
    private final List<String> samples;

    Fits(List<Fit> fits, String splitVariable, List<String> samples) {
        this.fits = List.copyOf(fits);
        this.splitVariable = splitVariable;
        this.samples = java.util.Collections.unmodifiableList(new ArrayList<>(samples));
    }

    /** The fits, model 1 first. */
    public List<Fit> list() {
        return fits;
    }

    public int size() {
        return fits.size();
    }

    /** Model {@code i}, 1-based as in the {@code model} column. */
    public Fit get(int model) {
        if (model < 1 || model > fits.size()) {
            throw new EstimationException("no model " + model + "; models are 1 to " + fits.size());
        }
        return fits.get(model - 1);
    }

    /** The split column, or null without a split. */
    public String getSplitVariable() {
        return splitVariable;
    }

    /** The sample of model {@code i} (1-based): the split value, "Full sample", or null without a split. */
    public String getSample(int model) {
        get(model);
        return samples.get(model - 1);
    }

    @Override
    public Iterator<Fit> iterator() {
        return fits.iterator();
    }

    /** The coefficient tables stacked, with a first column {@code model}. */
    public Table toTable() {
        Table out = null;
        for (int m = 0; m < fits.size(); m++) {
            Table t = fits.get(m).toTable();
            IntColumn model = IntColumn.create(MODEL, t.rowCount());
            for (int r = 0; r < t.rowCount(); r++) {
                model.set(r, m + 1);
            }
            t.insertColumn(0, model);
            out = out == null ? t : out.append(t);
        }
        return out;
    }

    /** One regression table with a column per model. */
    public RegressionTable toRegressionTable() {
        return RegressionTable.of(fits);
    }

    /** Writes the stacked coefficient table as CSV ({@code model,term,estimate,…}), atomically. */
    @org.gvc4j.api.FileAccess
    public Path saveCsv(Path file) {
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < fits.size(); m++) {
            Table t = fits.get(m).toTable();
            if (m == 0) {
                sb.append(MODEL).append(',').append(String.join(",", t.columnNames())).append('\n');
            }
            for (int r = 0; r < t.rowCount(); r++) {
                sb.append(m + 1).append(',').append(Fit.csvText(t.stringColumn(Fit.TERM).get(r)));
                for (int c = 1; c < t.columnCount(); c++) {
                    sb.append(',').append(Fit.number(t.doubleColumn(c).getDouble(r)));
                }
                sb.append('\n');
            }
        }
        return Fit.writeText(file, sb.toString());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        for (int m = 0; m < fits.size(); m++) {
            sb.append("Model ").append(m + 1);
            if (splitVariable != null) {
                sb.append(" (sample: ").append(splitVariable).append(" = ").append(samples.get(m)).append(')');
            }
            sb.append(": ").append(fits.get(m).getFormula()).append(nl).append(fits.get(m)).append(nl);
        }
        return sb.toString();
    }
}
