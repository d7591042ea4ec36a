package org.gvc4j.chart;

import java.util.List;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small seeded tables for every chart type. */
final class Fixtures {
    private Fixtures() {
    }

    static Table years() {
        StringColumn g = StringColumn.create("group");
        IntColumn y = IntColumn.create("year");
        DoubleColumn v = DoubleColumn.create("ratio");
        StringColumn p = StringColumn.create("region");
        Random r = new Random(1);
        String[] groups = {"Low income", "Lower middle", "Upper middle", "High income"};
        for (int k = 0; k < groups.length; k++) {
            for (int t = 1990; t <= 2020; t++) {
                g.append(groups[k]);
                y.append(t);
                v.append(0.1 * (k + 1) + 0.002 * (t - 1990) * k + 0.01 * r.nextGaussian());
                p.append(k < 2 ? "South" : "North");
            }
        }
        return Table.create("years", g, y, v, p);
    }

    static Table scatter(int n, long seed) {
        Random r = new Random(seed);
        StringColumn id = StringColumn.create("iso3");
        DoubleColumn x = DoubleColumn.create("x");
        DoubleColumn y = DoubleColumn.create("y");
        for (int i = 0; i < n; i++) {
            id.append(String.valueOf((char) ('A' + i % 26)) + (char) ('A' + (i / 26) % 26) + (char) ('A' + (i * 7) % 26));
            double xi = r.nextDouble() * (r.nextInt(3) == 0 ? 0.2 : 1); // a dense cluster near 0
            x.append(xi);
            y.append(0.8 * xi + 0.1 * r.nextGaussian());
        }
        return Table.create("scatter", id, x, y);
    }

    static Table coefficients() {
        return Table.create("coefs", StringColumn.create("term", "Δ backward", "Δ forward", "Δ two-sided", "Δ backward",
                        "Δ forward", "Δ two-sided"),
                DoubleColumn.create("estimate", 0.5, -0.2, 0.1, 0.3, 0.25, -0.05),
                DoubleColumn.create("conf_low", 0.1, -0.6, -0.3, 0.05, 0.0, -0.4),
                DoubleColumn.create("conf_high", 0.9, 0.2, 0.5, 0.55, 0.5, 0.3),
                StringColumn.create("income", "Low and middle", "Low and middle", "Low and middle", "High", "High", "High"));
    }

    static Table stacks() {
        StringColumn c = StringColumn.create("country");
        StringColumn k = StringColumn.create("component");
        DoubleColumn v = DoubleColumn.create("share");
        for (String country : List.of("CHN", "DEU", "USA", "MEX", "VNM")) {
            for (String comp : List.of("Backward", "Two-sided", "Forward")) {
                c.append(country);
                k.append(comp);
                v.append(5 + Math.floorMod(country.hashCode() ^ comp.hashCode(), 20));
            }
        }
        return Table.create("stacks", c, k, v);
    }

    static Table events() {
        return Table.create("events", IntColumn.create("rel_time", -3, -2, -1, 0, 1, 2, 3),
                DoubleColumn.create("mean", 0.0, 0.02, -0.01, 0.1, 0.2, 0.25, 0.3),
                DoubleColumn.create("conf_low", -0.1, -0.08, -0.1, 0.0, 0.08, 0.1, 0.12),
                DoubleColumn.create("conf_high", 0.1, 0.12, 0.08, 0.2, 0.32, 0.4, 0.48));
    }

    /** One chart of every type, each titled with its type's name. */
    static List<Chart> everyType() {
        Table y = years();
        Table s = scatter(40, 3);
        Table counts = Table.create("counts", StringColumn.create("kind", "Customs union", "FTA", "PSA", "EIA"),
                IntColumn.create("n", 12, 180, 30, 150));
        Table adopted = Table.create("adopted", IntColumn.create("year", 1990, 1995, 1995, 2000, 2010),
                IntColumn.create("n", 1, 2, 1, 5, 3), StringColumn.create("g", "A", "A", "B", "B", "A"));
        return List.of(
                Chart.lines(y, "year", "ratio", "group").title("LINES").xLabel("Year").yLabel("Ratio to high income (1 = parity)")
                        .source("Source: test data"),
                Chart.scatter(s, "x", "y").labels("iso3").fittedLine(0, 0.8).diagonal().title("SCATTER")
                        .xLabel("Ratio to lead, 2000 (1 = lead)").yLabel("Ratio to lead, 2017 (1 = lead)").source("Source: test"),
                Chart.smallMultiples(y, "year", "ratio", "group", "region").title("SMALL_MULTIPLES").xLabel("Year")
                        .yLabel("Ratio (1 = parity)"),
                Chart.coefficients(coefficients(), "term", "estimate", "conf_low", "conf_high", "income").title("COEFFICIENTS")
                        .yLabel("Effect on growth (pp)").synthetic(),
                Chart.stackedBars(stacks(), "country", "component", "share").percent().title("STACKED_BARS")
                        .xLabel("Economy").yLabel("Share of GVC trade (%)"),
                Chart.bars(counts, "kind", "n").title("BARS").yLabel("Agreements (count)"),
                Chart.steps(adopted, "year", "n", "g").cumulative().title("STEPS").xLabel("Year").yLabel("Agreements in force (count)"),
                Chart.eventStudy(events(), "rel_time", "mean", "conf_low", "conf_high").title("EVENT_STUDY")
                        .xLabel("Years relative to RTA entry").yLabel("Log exports (difference)"),
                Chart.boxes(y, "group", "ratio").title("BOXES").xLabel("Income group").yLabel("Ratio (1 = parity)"),
                Chart.map(Table.create("gvc", StringColumn.create("iso3", "DEU", "USA", "CHN", "MEX", "BRA", "IND", "ZAF",
                        "RUS", "AUS", "XXX"), DoubleColumn.create("gvc", 55, 40, 48, 52, 35, 38, 44, 42, 36, 1)), "iso3", "gvc")
                        .title("MAP").source("Source: test data"));
    }
}
