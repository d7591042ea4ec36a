package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.Table;

/** ../shared/reference/stats/tests-oracles: fixest's wald() and R's t.test(), through Fit.wald and MeanTests. */
class TestsOraclesTest {
    static Path dir() {
        return StatsCases.root().resolve("tests-oracles");
    }

    static void close(double want, double got, double tol, String what) {
        double err = Math.abs(got - want) / Math.max(Math.abs(want), Double.MIN_NORMAL);
        assertTrue(err <= tol, what + ": " + got + " vs " + want + " (rel. " + err + ")");
    }

    @TestFactory
    Stream<DynamicTest> waldTestsMatchFixest() {
        List<Map<String, String>> rows = StatsCases.expected(dir().resolve("wald.csv"));
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("case") + ": " + r.get("restriction"), () -> {
            List<String> parts = Arrays.asList(r.get("restriction").split(" = "));
            String[] terms = parts.subList(0, parts.size() - 1).toArray(String[]::new);
            Table t = StatsCases.estimate(StatsCases.root().resolve(r.get("case"))).fit().wald(terms);
            close(Double.parseDouble(r.get("stat")), t.doubleColumn("stat").getDouble(0), 1e-6, "stat");
            assertEquals(Double.parseDouble(r.get("df1")), t.doubleColumn("df1").getDouble(0));
            assertEquals(Double.parseDouble(r.get("df2")), t.doubleColumn("df2").getDouble(0));
            close(Double.parseDouble(r.get("p_value")), t.doubleColumn("p_value").getDouble(0), 1e-4, "p");
        }));
    }

    @TestFactory
    Stream<DynamicTest> twoSampleTestsMatchRsTTest() {
        List<Map<String, String>> rows = StatsCases.expected(dir().resolve("ttest.csv"));
        return rows.stream().filter(r -> r.get("method").equals("equal_var")).map(r -> DynamicTest.dynamicTest(
                "test " + r.get("test"), () -> {
                    Table data = Datasets.readCsv(StatsCases.root().resolve(r.get("case")).resolve("data.csv"));
                    String filter = r.get("filter");
                    if (!filter.isEmpty()) {
                        String[] f = filter.split("==");
                        data = data.where(data.numberColumn(f[0].strip()).isEqualTo(Double.parseDouble(f[1].strip())));
                    }
                    Table t = MeanTests.twoSample(data, r.get("variable"), r.get("by"), r.get("group_1"), r.get("group_2"));
                    for (Map<String, String> e : rows) {
                        if (!e.get("test").equals(r.get("test"))) {
                            continue;
                        }
                        int row = e.get("method").equals("equal_var") ? 0 : 1;
                        for (String c : List.of("mean_1", "n_1", "mean_2", "n_2", "statistic", "df", "p_value")) {
                            close(Double.parseDouble(e.get(c)), t.doubleColumn(c).getDouble(row), 1e-8,
                                    "test " + e.get("test") + " " + e.get("method") + " " + c);
                        }
                    }
                }));
    }
}
