// Figure 7.8 (the report's catch-up figure) and Figure 7.5 (levels in two years against the 45-degree line): real GDP
// per capita of every economy relative to the lead economy (the richest with at least 1 million people), 2000
// against 2017. Points above the 45-degree line caught up with the lead.
// Data: the Penn World Table 9.1 country-years in ../shared/reference/stats/gini-catchup/data.csv (isocode, country,
// year, pop in millions, rgdpe in million 2011 US$ at PPP); y = rgdpe / pop.
// Run:  ./gvc run scripts/report/catchup.groovy ../shared/reference/stats/gini-catchup/data.csv out/report --out out/report
//       (add --sandbox to run it confined: it reads only the CSV and writes only under out/report)
// Writes catchup.csv (isocode, ratio_2000, ratio_2017, caught_up) and catchup.png / .svg / .html.
import org.gvc4j.analytics.Lead
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: catchup.groovy <pwt gini-catchup data.csv> <out-folder>")
}
Table data = loadCsv(args[0])
String out = args[1]
DoubleColumn y = DoubleColumn.create("y")
for (int i = 0; i < data.rowCount(); i++) {
    y.append(data.numberColumn("rgdpe").getDouble(i) / data.numberColumn("pop").getDouble(i))
}
data.addColumns(y)

def rule = Lead.Rule.richestAbove(1.0)
String lead0 = Lead.lead(data, "isocode", "year", "y", "pop", rule, 2000)
String lead1 = Lead.lead(data, "isocode", "year", "y", "pop", rule, 2017)
Table ratios = Lead.relativeToLead(data, "isocode", "year", "y", "pop", rule, 2000, 2017)
StringColumn caught = StringColumn.create("caught_up")
int up = 0
for (int i = 0; i < ratios.rowCount(); i++) {
    boolean u = ratios.numberColumn("ratio_2017").getDouble(i) > ratios.numberColumn("ratio_2000").getDouble(i)
    caught.append(u ? "yes" : "no")
    up += u ? 1 : 0
}
ratios.addColumns(caught)
save(ratios, "${out}/catchup.csv")

def c = Chart.scatter(ratios, "ratio_2000", "ratio_2017")
        .labels("isocode")
        .diagonal()
        .title("Catching up with the lead economy, 2000 and 2017")
        .subtitle(up + " of " + ratios.rowCount() + " economies are above the 45° line (closer to the lead in 2017); lead: "
                + lead0 + " in 2000, " + lead1 + " in 2017")
        .xLabel("GDP per capita relative to the lead, 2000 (lead = 1)")
        .yLabel("GDP per capita relative to the lead, 2017 (lead = 1)")
        .source("Source: Penn World Table 9.1, rgdpe / pop; lead = richest economy with at least 1 million people. gvc4j.")
chart(c, "${out}/catchup").each { println "wrote " + it }
println "catch-up: " + up + " of " + ratios.rowCount() + " economies closer to the lead in 2017"
