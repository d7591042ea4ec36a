package org.gvc4j.stats.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gvc4j.stats.data.ColumnSource;

/**
 * The fixed-effect coefficients of a fit, normalised as fixest's {@code fixef()} does: from the fixed-effect sum of
 * each observation (OLS: y − Xβ̂ − ê; GLMs: η̂ − Xβ̂), one fixed effect is that sum's value per level; with several,
 * the first undetermined observation (file order, after all removals) sets the levels of every fixed effect but the
 * first to 0, then every observation with a single unknown level fixes it, and so on (fixest's {@code cpp_get_fe_gnl};
 * with two fixed effects this is one reference, the second fixed effect's level, per connected component).
 */
public record FixefValues(List<String> names, List<String[]> labels, List<double[]> values, int references) {

    static FixefValues compute(ModelFrame mf, double[] feSum) {
        int q = mf.feCodes.length;
        int n = feSum.length;
        List<String[]> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        if (q == 0) {
            return new FixefValues(List.of(), labels, values, 0);
        }
        double[][] alpha = new double[q][];
        boolean[][] known = new boolean[q][];
        int[][] start = new int[q][];
        int[][] byLevel = new int[q][];
        for (int d = 0; d < q; d++) {
            int g = mf.feSizes[d];
            alpha[d] = new double[g];
            known[d] = new boolean[g];
            // rows of each level (CSR)
            int[] cnt = new int[g + 1];
            for (int i = 0; i < n; i++) {
                cnt[mf.feCodes[d][i] + 1]++;
            }
            for (int l = 0; l < g; l++) {
                cnt[l + 1] += cnt[l];
            }
            int[] pos = Arrays.copyOf(cnt, g);
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[pos[mf.feCodes[d][i]]++] = i;
            }
            start[d] = cnt;
            byLevel[d] = rows;
        }
        int refs = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int first = 0; first < n; first++) {
            int unknownDims = 0;
            for (int d = 0; d < q; d++) {
                if (!known[d][mf.feCodes[d][first]]) {
                    unknownDims++;
                }
            }
            if (unknownDims == 0) {
                continue;
            }
            // a new reference: every unknown level but the first unknown dimension's is 0
            boolean solvedOne = false;
            for (int d = 0; d < q; d++) {
                int l = mf.feCodes[d][first];
                if (known[d][l]) {
                    continue;
                }
                if (!solvedOne) {
                    solvedOne = true;
                    continue;
                }
                known[d][l] = true;
                alpha[d][l] = 0;
                refs++;
                enqueue(queue, start[d], byLevel[d], l);
            }
            queue.add(first);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                int miss = -1;
                int misses = 0;
                double rest = feSum[i];
                for (int d = 0; d < q; d++) {
                    int l = mf.feCodes[d][i];
                    if (known[d][l]) {
                        rest -= alpha[d][l];
                    } else {
                        miss = d;
                        misses++;
                    }
                }
                if (misses == 1) {
                    int l = mf.feCodes[miss][i];
                    alpha[miss][l] = rest;
                    known[miss][l] = true;
                    enqueue(queue, start[miss], byLevel[miss], l);
                }
            }
        }
        for (int d = 0; d < q; d++) {
            labels.add(mf.feLabels(d));
            values.add(alpha[d]);
        }
        return new FixefValues(List.copyOf(mf.feNames), labels, values, refs);
    }

    private static void enqueue(ArrayDeque<Integer> queue, int[] start, int[] rows, int level) {
        for (int p = start[level]; p < start[level + 1]; p++) {
            queue.add(rows[p]);
        }
    }

    /** The label of each level of a fixed effect: its columns' values joined by '_', numbers as R prints them. */
    static String[] labels(ColumnSource src, List<String> columns, int[] codes, int levels, int[] rows) {
        String[] out = new String[levels];
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (out[c] != null) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String col : columns) {
                if (sb.length() > 0) {
                    sb.append('_');
                }
                if (src.kind(col) == ColumnSource.Kind.NUMERIC) {
                    sb.append(org.gvc4j.stats.formula.Deparse.number(src.numeric(col)[rows[i]]));
                } else {
                    sb.append(src.cell(col, rows[i]));
                }
            }
            out[c] = sb.toString();
        }
        return out;
    }
}
