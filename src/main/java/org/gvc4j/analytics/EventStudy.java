package org.gvc4j.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.gvc4j.error.GvcException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The mean outcome by time relative to an event (e.g. entry into a trade agreement) with a confidence band (GVC
 * Development Report 2025, Fig. 8.10): for each k in [from, to], over the rows with time − event(id) = k, the mean
 * m_k, standard error s_k / √n_k (sample SD) and m_k ± t_{(1+level)/2, n_k−1} · s_k / √n_k.
 */
public final class EventStudy {
    public static final String REL_TIME = "rel_time";
    public static final List<String> COLUMNS = List.of(REL_TIME, "n", "mean", "std_error", "conf_low", "conf_high");

    private EventStudy() {
    }

    /**
     * One row per relative time with at least one observation; ids not in {@code eventTime} (never treated) and
     * missing outcomes are left out. Standard error and band are NaN where n_k = 1.
     */
    public static Table eventTimeMeans(Table data, String id, String time, String outcome, Map<String, Integer> eventTime,
            int from, int to, double level) {
        if (from > to) {
            throw new GvcException("event-time means: from (" + from + ") is after to (" + to + ")");
        }
        if (!(level > 0 && level < 1)) {
            throw new GvcException("event-time means: level must be in (0, 1), got " + level);
        }
        String[] ids = Cols.keys(data, id);
        int[] t = Cols.times(data, time);
        double[] y = Cols.numbers(data, outcome);
        Map<Integer, List<Double>> byK = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            Integer e = eventTime.get(ids[i]);
            if (e != null && !Double.isNaN(y[i]) && t[i] - e >= from && t[i] - e <= to) {
                byK.computeIfAbsent(t[i] - e, k -> new ArrayList<>()).add(y[i]);
            }
        }
        IntColumn k = IntColumn.create(REL_TIME);
        IntColumn n = IntColumn.create("n");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn se = DoubleColumn.create("std_error");
        DoubleColumn lo = DoubleColumn.create("conf_low");
        DoubleColumn hi = DoubleColumn.create("conf_high");
        for (Map.Entry<Integer, List<Double>> e : byK.entrySet()) {
            List<Double> v = e.getValue();
            double m = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
            double s = Double.NaN;
            double q = Double.NaN;
            if (v.size() > 1) {
                double ss = 0;
                for (double x : v) {
                    ss += (x - m) * (x - m);
                }
                s = Math.sqrt(ss / (v.size() - 1)) / Math.sqrt(v.size());
                q = new TDistribution(null, v.size() - 1).inverseCumulativeProbability((1 + level) / 2);
            }
            k.append(e.getKey());
            n.append(v.size());
            mean.append(m);
            se.append(s);
            lo.append(m - q * s);
            hi.append(m + q * s);
        }
        return Table.create("event-time means of " + outcome, k, n, mean, se, lo, hi);
    }
}
