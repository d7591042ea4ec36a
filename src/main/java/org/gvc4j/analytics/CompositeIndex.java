package org.gvc4j.analytics;

import java.util.List;
import java.util.Map;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A composite index as the mean of yearly z-scores of its components (the report's digital connectivity index):
 * z_c,k,t = (x_c,k,t − mean_t(x_k)) / sd_t(x_k) over the economies with a value of component k in year t (sample
 * standard deviation, n − 1), then index_c,t = the mean of c's z-scores under a stated rule for missing components.
 */
public final class CompositeIndex {
    public static final String INDEX = "index";
    public static final String COMPONENTS_USED = "components_used";

    private CompositeIndex() {
    }

    /** What to do when an economy lacks some components in a year. */
    public record MissingRule(int minimumComponents) {
        public MissingRule {
            if (minimumComponents < 1) {
                throw new GvcException("missing-component rule: the minimum number of components must be ≥ 1");
            }
        }

        /** The index is missing unless every component is present. */
        public static MissingRule requireAll() {
            return new MissingRule(Integer.MAX_VALUE);
        }

        /** The mean of the z-scores present, provided at least {@code k} components are. */
        public static MissingRule atLeast(int k) {
            return new MissingRule(k);
        }
    }

    /** The z-score of {@code column} within each year: a copy of {@code data} with {@code z_<column>} added. */
    public static Table zScores(Table data, String time, String column) {
        Table out = data.copy();
        out.addColumns(DoubleColumn.create("z_" + column, z(Cols.times(data, time), Cols.numbers(data, column))));
        return out;
    }

    static double[] z(int[] t, double[] x) {
        Map<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isNaN(x[i])) {
                byYear.computeIfAbsent(t[i], k -> new java.util.ArrayList<>()).add(i);
            }
        }
        double[] out = Lead.nans(t.length);
        for (List<Integer> rows : byYear.values()) {
            if (rows.size() < 2) {
                continue;
            }
            double m = 0;
            for (int i : rows) {
                m += x[i];
            }
            m /= rows.size();
            double ss = 0;
            for (int i : rows) {
                ss += (x[i] - m) * (x[i] - m);
            }
            double sd = Math.sqrt(ss / (rows.size() - 1));
            for (int i : rows) {
                out[i] = sd > 0 ? (x[i] - m) / sd : Double.NaN;
            }
        }
        return out;
    }

    /**
     * A copy of {@code data} with {@code z_<component>} for each component, {@value #COMPONENTS_USED} and
     * {@value #INDEX}. A z-score is missing where the component is, and where fewer than two economies have the
     * component that year or all have the same value (no spread to standardise by).
     */
    public static Table index(Table data, String time, List<String> components, MissingRule rule) {
        if (components.isEmpty()) {
            throw new GvcException("composite index: name at least one component");
        }
        int[] t = Cols.times(data, time);
        Table out = data.copy();
        double[] sum = new double[t.length];
        double[] used = new double[t.length];
        for (String c : components) {
            double[] z = z(t, Cols.numbers(data, c));
            for (int i = 0; i < t.length; i++) {
                if (!Double.isNaN(z[i])) {
                    sum[i] += z[i];
                    used[i]++;
                }
            }
            out.addColumns(DoubleColumn.create("z_" + c, z));
        }
        int need = Math.min(rule.minimumComponents(), components.size());
        double[] index = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            index[i] = used[i] >= need && used[i] > 0 ? sum[i] / used[i] : Double.NaN;
        }
        out.addColumns(DoubleColumn.create(COMPONENTS_USED, used), DoubleColumn.create(INDEX, index));
        return out;
    }
}
