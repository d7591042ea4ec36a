// Figure 7.7 (the report's convergence figure): unconditional beta-convergence across countries, average annual growth
// of real GDP per capita 2000-2017 against the (log) level in 2000, with the OLS fit (robust SEs) drawn through it.
// Data: the Penn World Table 9.1 cross-section in ../shared/reference/stats/convergence/data.csv (isocode, country,
// pop0, gdppc0, gdppc1, growth in % a year), 180 countries.
// Run:  ./gvc run scripts/report/convergence.groovy ../shared/reference/stats/convergence/data.csv out/report --out out/report
//       (add --sandbox to run it confined: it reads only the CSV and writes only under out/report)
// Writes convergence_points.csv (one row a country, with the fitted growth), convergence_fit.csv (slope, robust SE,
// p-value, intercept, n) and convergence.png / .svg / .html.
import org.gvc4j.analytics.Growth
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: convergence.groovy <pwt convergence data.csv> <out-folder>")
}
Table data = loadCsv(args[0])
String out = args[1]
def fit = Growth.convergence(data, "growth", "gdppc0")

DoubleColumn level = data.doubleColumn("gdppc0")
DoubleColumn logLevel = DoubleColumn.create("log_gdppc0")
DoubleColumn fitted = DoubleColumn.create("fitted_growth")
for (int i = 0; i < data.rowCount(); i++) {
    logLevel.append(Math.log(level.getDouble(i)))
    fitted.append(fit.fitted(level.getDouble(i)))
}
Table points = Table.create("convergence_points", data.stringColumn("isocode"), data.stringColumn("country"),
        data.doubleColumn("gdppc0"), logLevel, data.doubleColumn("growth"), fitted)
save(points, "${out}/convergence_points.csv")

Table coef = Table.create("convergence_fit",
        DoubleColumn.create("slope", [fit.slope()] as double[]),
        DoubleColumn.create("slope_std_error", [fit.slopeStdError()] as double[]),
        DoubleColumn.create("slope_p_value", [fit.slopePValue()] as double[]),
        DoubleColumn.create("intercept", [fit.intercept()] as double[]),
        IntColumn.create("n", [fit.n()] as int[]))
save(coef, "${out}/convergence_fit.csv")

def c = Chart.scatter(points, "log_gdppc0", "growth")
        .labels("isocode")
        .fittedLine(fit.intercept(), fit.slope())
        .title("Poorer economies grew faster, 2000–2017")
        .subtitle("Beta-convergence: " + fit.describe())
        .xLabel("Real GDP per capita in 2000 (log of 2011 US\$ at PPP)")
        .yLabel("Average annual growth of real GDP per capita, 2000–2017 (%)")
        .source("Source: Penn World Table 9.1 (rgdpe/pop); OLS with HC1 standard errors, gvc4j.")
chart(c, "${out}/convergence").each { println "wrote " + it }
println "convergence: " + fit.describe()
