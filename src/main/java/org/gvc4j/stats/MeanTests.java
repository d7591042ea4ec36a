package org.gvc4j.stats;

import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.gvc4j.stats.data.ColumnSource;
import org.gvc4j.stats.data.Evaluator;
import org.gvc4j.stats.formula.Formula;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Difference in means between two groups (R's {@code t.test(x, y, var.equal = TRUE / FALSE)}): the two-sample t test
 * with pooled variance and Welch's test. statistic = (mean₁ − mean₂) / se; p two-sided.
 */
public final class MeanTests {
    private MeanTests() {
    }

    /**
     * Compares {@code variable} (a column or an expression such as {@code log(trade)}; missing and non-finite values
     * left out) between the rows whose column {@code by} equals {@code group1} and those equal to {@code group2}
     * (compared as text; numbers as R prints them). Returns two rows, {@code equal_var} then {@code welch}, with
     * {@code method, group_1, mean_1, n_1, group_2, mean_2, n_2, statistic, df, p_value}.
     */
    public static Table twoSample(Table data, String variable, String by, String group1, String group2) {
        ColumnSource src = Datasets.of(data);
        if (!src.has(by)) {
            throw new EstimationException(org.gvc4j.stats.engine.Names.unknown(by, "groups", src.columnNames()));
        }
        double[] v = new Evaluator(src).eval(Formula.parse(variable + " ~ 1").getLhs());
        boolean numeric = src.kind(by) == ColumnSource.Kind.NUMERIC;
        double[] byNum = numeric ? src.numeric(by) : null;
        double[][] acc = new double[2][3]; // n, sum, sum of squares (two passes below for accuracy)
        int n = src.rowCount();
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            String lab = numeric ? (Double.isNaN(byNum[i]) ? null : org.gvc4j.stats.formula.Deparse.number(byNum[i]))
                    : src.cell(by, i);
            g[i] = !Double.isFinite(v[i]) || lab == null ? -1 : lab.equals(group1) ? 0 : lab.equals(group2) ? 1 : -1;
            if (g[i] >= 0) {
                acc[g[i]][0]++;
                acc[g[i]][1] += v[i];
            }
        }
        for (int k = 0; k < 2; k++) {
            if (acc[k][0] < 2) {
                throw new EstimationException("two-sample t test: group '" + (k == 0 ? group1 : group2) + "' of " + by
                        + " has " + (int) acc[k][0] + " observation" + (acc[k][0] == 1 ? "" : "s") + " with a value of "
                        + variable + "; need at least 2");
            }
        }
        double m1 = acc[0][1] / acc[0][0];
        double m2 = acc[1][1] / acc[1][0];
        for (int i = 0; i < n; i++) {
            if (g[i] >= 0) {
                double dv = v[i] - (g[i] == 0 ? m1 : m2);
                acc[g[i]][2] += dv * dv;
            }
        }
        double n1 = acc[0][0];
        double n2 = acc[1][0];
        double s1 = acc[0][2] / (n1 - 1);
        double s2 = acc[1][2] / (n2 - 1);
        double dfE = n1 + n2 - 2;
        double sp = ((n1 - 1) * s1 + (n2 - 1) * s2) / dfE;
        double tE = (m1 - m2) / Math.sqrt(sp * (1 / n1 + 1 / n2));
        double a = s1 / n1;
        double b = s2 / n2;
        double tW = (m1 - m2) / Math.sqrt(a + b);
        double dfW = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        Table t = Table.create("two-sample t test of " + variable + " by " + by);
        t.addColumns(StringColumn.create("method", List.of("equal_var", "welch")),
                StringColumn.create("group_1", List.of(group1, group1)),
                DoubleColumn.create("mean_1", new double[] {m1, m1}), DoubleColumn.create("n_1", new double[] {n1, n1}),
                StringColumn.create("group_2", List.of(group2, group2)),
                DoubleColumn.create("mean_2", new double[] {m2, m2}), DoubleColumn.create("n_2", new double[] {n2, n2}),
                DoubleColumn.create("statistic", new double[] {tE, tW}), DoubleColumn.create("df", new double[] {dfE, dfW}),
                DoubleColumn.create("p_value", new double[] {p(tE, dfE), p(tW, dfW)}));
        return t;
    }

    /** 2·P(T_df > |t|) = I_{df/(df + t²)}(df/2, 1/2). */
    private static double p(double t, double df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }
}
