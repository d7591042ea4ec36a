// Figure 7.6 (the report's inequality figure): the Gini coefficient of real GDP per capita across countries, year by
// year, population-weighted (inequality between people, assuming equality within countries) and unweighted
// (between countries).
// Data: the Penn World Table 9.1 country-years in ../shared/reference/stats/gini-catchup/data.csv; y = rgdpe / pop.
// Run:  ./gvc run scripts/report/gini.groovy ../shared/reference/stats/gini-catchup/data.csv out/report --out out/report
//       (add --sandbox to run it confined: it reads only the CSV and writes only under out/report)
// Writes gini_by_year.csv (year, gini_weighted, gini_unweighted, n) and gini.png / .svg / .html.
import org.gvc4j.analytics.Inequality
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: gini.groovy <pwt gini-catchup data.csv> <out-folder>")
}
Table data = loadCsv(args[0])
String out = args[1]
DoubleColumn y = DoubleColumn.create("y")
for (int i = 0; i < data.rowCount(); i++) {
    y.append(data.numberColumn("rgdpe").getDouble(i) / data.numberColumn("pop").getDouble(i))
}
data.addColumns(y)
Table gini = Inequality.giniByYear(data, "year", "y", "pop")
save(gini, "${out}/gini_by_year.csv")

// long form for the chart: one line per measure
IntColumn year = IntColumn.create("year")
StringColumn measure = StringColumn.create("measure")
DoubleColumn value = DoubleColumn.create("gini")
for (int i = 0; i < gini.rowCount(); i++) {
    int t = gini.intColumn("year").getInt(i)
    year.append(t); measure.append("Population-weighted"); value.append(gini.doubleColumn("gini_weighted").getDouble(i))
    year.append(t); measure.append("Unweighted (countries)"); value.append(gini.doubleColumn("gini_unweighted").getDouble(i))
}
Table lines = Table.create("gini_long", year, measure, value)
int first = gini.intColumn("year").getInt(0)
int last = gini.intColumn("year").getInt(gini.rowCount() - 1)
def c = Chart.lines(lines, "year", "gini", "measure")
        .title("Income inequality across countries, " + first + "–" + last)
        .subtitle("Gini coefficient of real GDP per capita; " + gini.intColumn("n").getInt(0) + " countries in " + first
                + ", " + gini.intColumn("n").getInt(gini.rowCount() - 1) + " in " + last
                + " (the steps around 1960 and 1970 are countries entering the data)")
        .xLabel("Year")
        .yLabel("Gini coefficient (0 = equal, 1 = one country has all)")
        .source("Source: Penn World Table 9.1, rgdpe / pop, weights: population. gvc4j.")
chart(c, "${out}/gini").each { println "wrote " + it }
