package org.gvc4j.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.stats.Datasets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The {@code gini-catchup} and {@code convergence} cases of {@code ../shared/reference/stats} through the analytics
 * API, to 1e-9 relative (the acceptance rule). Prints the largest deviations found.
 */
class AnalyticsReferenceTest {
    static final Path STATS = Path.of("../shared/reference/stats");
    static final double REL = 1e-9;

    @BeforeAll
    static void shared() {
        Assumptions.assumeTrue(Files.isDirectory(STATS), STATS + " absent: reference tests skipped");
    }

    static double rel(double got, double want) {
        return Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
    }

    /** y = rgdpe / pop per country-year, as the README defines it. */
    static Table pwt() {
        Table t = Datasets.readCsv(STATS.resolve("gini-catchup/data.csv"));
        t.addColumns(t.numberColumn("rgdpe").divide(t.numberColumn("pop")).setName("y"));
        return t;
    }

    @Test
    void giniByYearMatchesTheReference() {
        Table got = Inequality.giniByYear(pwt(), "year", "y", "pop");
        Table want = Datasets.readCsv(STATS.resolve("gini-catchup/gini_by_year.csv"));
        assertEquals(want.rowCount(), got.rowCount(), "years");
        double maxW = 0;
        double maxU = 0;
        for (int r = 0; r < want.rowCount(); r++) {
            assertEquals(want.numberColumn("year").getDouble(r), got.numberColumn("year").getDouble(r));
            assertEquals(want.numberColumn("n_countries").getDouble(r), got.numberColumn(Inequality.N).getDouble(r));
            maxW = Math.max(maxW, rel(got.numberColumn(Inequality.GINI_WEIGHTED).getDouble(r),
                    want.numberColumn("gini_popweighted").getDouble(r)));
            maxU = Math.max(maxU, rel(got.numberColumn(Inequality.GINI_UNWEIGHTED).getDouble(r),
                    want.numberColumn("gini_unweighted").getDouble(r)));
        }
        System.out.printf("gini-catchup gini: max rel deviation weighted %.3g, unweighted %.3g over %d years%n", maxW,
                maxU, want.rowCount());
        assertTrue(maxW <= REL && maxU <= REL, "weighted " + maxW + ", unweighted " + maxU);
    }

    @Test
    void ratioToTheLeadMatchesTheReference() {
        Table data = pwt();
        Lead.Rule rule = Lead.Rule.richestAbove(1.0);
        assertEquals("ARE", Lead.lead(data, "isocode", "year", "y", "pop", rule, 2000));
        assertEquals("QAT", Lead.lead(data, "isocode", "year", "y", "pop", rule, 2017));
        Table got = Lead.relativeToLead(data, "isocode", "year", "y", "pop", rule, 2000, 2017);
        Table want = Datasets.readCsv(STATS.resolve("gini-catchup/catchup.csv"));
        assertEquals(want.rowCount(), got.rowCount(), "countries with data in both years");
        Map<String, Integer> row = new HashMap<>();
        for (int r = 0; r < got.rowCount(); r++) {
            row.put(got.stringColumn("isocode").get(r), r);
        }
        double max = 0;
        for (int r = 0; r < want.rowCount(); r++) {
            Integer g = row.get(want.column("country").getString(r));
            assertTrue(g != null, want.column("country").getString(r));
            for (String c : List.of("ratio_2000", "ratio_2017")) {
                max = Math.max(max, rel(got.numberColumn(c).getDouble(g), want.numberColumn(c).getDouble(r)));
            }
        }
        System.out.printf("gini-catchup ratio to lead: max rel deviation %.3g over %d countries%n", max, want.rowCount());
        assertTrue(max <= REL, "max relative deviation " + max);
    }

    @Test
    void convergenceMatchesTheReference() {
        Table data = Datasets.readCsv(STATS.resolve("convergence/data.csv"));
        // growth from the two levels, log kind, 2000-2017: the README's definition of the growth column
        double maxG = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            double g = Growth.averageAnnual(data.numberColumn("gdppc0").getDouble(r),
                    data.numberColumn("gdppc1").getDouble(r), 17, Growth.Kind.LOG);
            maxG = Math.max(maxG, Math.abs(g - data.numberColumn("growth").getDouble(r)));
        }
        Growth.Convergence c = Growth.convergence(data, "growth", "gdppc0");
        Table want = Datasets.readCsv(STATS.resolve("convergence/expected.csv"));
        double[] exp = {want.numberColumn("estimate").getDouble(1), want.numberColumn("std_error").getDouble(1),
                want.numberColumn("p_value").getDouble(1), want.numberColumn("estimate").getDouble(0),
                want.numberColumn("std_error").getDouble(0)};
        double[] got = {c.slope(), c.slopeStdError(), c.slopePValue(), c.intercept(), c.interceptStdError()};
        double max = 0;
        for (int k = 0; k < exp.length; k++) {
            max = Math.max(max, rel(got[k], exp[k]));
        }
        System.out.printf("convergence: growth recomputed max abs deviation %.3g; fit max rel deviation %.3g (%s)%n",
                maxG, max, c.describe());
        assertEquals(180, c.n());
        assertTrue(maxG <= 1e-9, "growth " + maxG);
        assertTrue(max <= REL, "max relative deviation " + max);
    }
}
