// Figures 8.8-8.9 (distributions by group) and a small-multiples figure: how bilateral trade is distributed for country
// pairs with and without a regional trade agreement (RTA) in force, and its mean over the years for contiguous and
// non-contiguous pairs. Descriptive only (no fixed effects: the gravity estimate is scripts/gravity.groovy).
// Data: the AGTPA gravity panel in ../shared/reference/stats/gravity-ppml-rta/data.csv (exporter, importer, pair,
// year 1986-2006 every 4 years, trade, cntg, rta). Domestic flows and zero flows are left out (log trade).
// Run:  ./gvc run --sandbox --out out/report scripts/report/distributions.groovy ../shared/reference/stats/gravity-ppml-rta/data.csv out/report
// Writes distributions_box.csv (group, n, min, lower_whisker, q1, median, q3, upper_whisker, max, mean) with
// distributions_box.png / .svg / .html, and distributions_years.csv (panel, status, year, n, mean_log_trade) with
// distributions_years.png / .svg / .html.
import org.gvc4j.analytics.Distributions
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: distributions.groovy <gravity-ppml-rta data.csv> <out-folder>")
}
Table data = loadCsv(args[0])
String out = args[1]
StringColumn status = StringColumn.create("status")
StringColumn panel = StringColumn.create("panel")
DoubleColumn logTrade = DoubleColumn.create("log_trade")
Map<String, Double> sums = new TreeMap<>()
Map<String, Integer> counts = new TreeMap<>()
for (int i = 0; i < data.rowCount(); i++) {
    boolean international = data.column("exporter").getString(i) != data.column("importer").getString(i)
    double trade = data.numberColumn("trade").getDouble(i)
    String s = data.numberColumn("rta").getDouble(i) == 1 ? "RTA in force" : "No RTA"
    String p = data.numberColumn("cntg").getDouble(i) == 1 ? "Contiguous pairs" : "Non-contiguous pairs"
    status.append(s)
    panel.append(p)
    if (international && trade > 0) {
        double lt = Math.log(trade)
        logTrade.append(lt)
        String key = p + "|" + s + "|" + (int) data.numberColumn("year").getDouble(i)
        sums.put(key, sums.getOrDefault(key, 0d) + lt)
        counts.put(key, counts.getOrDefault(key, 0) + 1)
    } else {
        logTrade.appendMissing()
    }
}
data.addColumns(status, panel, logTrade)

Table box = Distributions.boxStats(data, "status", "log_trade")
save(box, "${out}/distributions_box.csv")
int used = (int) box.intColumn("n").sum()
def b = Chart.boxes(data, "status", "log_trade")
        .title("Trade of country pairs with and without a trade agreement")
        .subtitle(used + " international flows above zero, 1986–2006 every 4 years; boxes: quartiles, whiskers: 1.5 IQR")
        .xLabel("Agreement status of the pair in the year")
        .yLabel("Log of bilateral trade flows")
        .source("Source: AGTPA gravity panel (Yotov et al. 2016). gvc4j.")
chart(b, "${out}/distributions_box").each { println "wrote " + it }

StringColumn yp = StringColumn.create("panel")
StringColumn ys = StringColumn.create("status")
IntColumn yy = IntColumn.create("year")
IntColumn yn = IntColumn.create("n")
DoubleColumn ym = DoubleColumn.create("mean_log_trade")
for (String key : sums.keySet()) {
    String[] parts = key.split("\\|")
    yp.append(parts[0])
    ys.append(parts[1])
    yy.append(Integer.parseInt(parts[2]))
    yn.append(counts.get(key))
    ym.append(sums.get(key) / counts.get(key))
}
Table years = Table.create("mean log trade by year", yp, ys, yy, yn, ym)
save(years, "${out}/distributions_years.csv")
def m = Chart.smallMultiples(years, "year", "mean_log_trade", "status", "panel")
        .title("Mean trade of country pairs over time, by agreement status")
        .subtitle("Mean log of international flows above zero; one panel per contiguity, each with its own scale")
        .xLabel("Year")
        .yLabel("Mean log of bilateral trade flows")
        .source("Source: AGTPA gravity panel (Yotov et al. 2016). gvc4j.")
chart(m, "${out}/distributions_years").each { println "wrote " + it }
println "distributions: " + used + " flows; median log trade " + box.stringColumn("status").asList() + " " + box.doubleColumn("median").asList()
