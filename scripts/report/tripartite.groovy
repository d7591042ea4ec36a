// The tripartite split of bilateral exports (the report's tripartite figure): the largest bilateral flows of one MRIO
// table by gross exports E, each cut by BMT2025 into traditional trade (DAVAX: domestic value added absorbed by the
// direct importer) and GVC trade, pure forward (GVC_PF), two-sided (GVC_TS) and pure backward (GVC_PB), drawn as
// 100% stacked bars (shares of each flow's E; DAVAX + GVC_PF + GVC_TS + GVC_PB = E).
// Data: any table folder, e.g. the WIOD 2013 release, year 2011, in ../shared/reference/wiod2013-2011.
// Run:  ./gvc run --sandbox --out out/report scripts/report/tripartite.groovy ../shared/reference/wiod2013-2011 out/report [TOP]
//       TOP = how many flows (default 20).
// Writes tripartite.csv (exporter, importer, E, then DAVAX, GVC_PF, GVC_TS, GVC_PB in % of E, largest E first) and
// tripartite.png / .svg / .html.
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: tripartite.groovy <table-folder> <out-folder> [top flows, default 20]")
}
def io = load(args[0])
String out = args[1]
int top = args.size() > 2 ? Integer.parseInt(args[2]) : 20
def p = io.decompose().bm2025().trade().exporters().importers().sortDescendingBy("E").head(top)
List<String> ex = p.keys("exporter")
List<String> im = p.keys("importer")
double[] e = p.column("E")
String[] cols = ["DAVAX", "GVC_PF", "GVC_TS", "GVC_PB"] as String[]
String[] names = ["Traditional (DAVAX)", "Forward (GVC_PF)", "Two-sided (GVC_TS)", "Pure backward (GVC_PB)"] as String[]
double[][] v = new double[4][]
for (int k = 0; k < 4; k++) {
    v[k] = p.column(cols[k])
}

Table csv = Table.create("tripartite", StringColumn.create("exporter", ex), StringColumn.create("importer", im),
        DoubleColumn.create("E", e))
StringColumn cat = StringColumn.create("flow")
StringColumn comp = StringColumn.create("component")
DoubleColumn val = DoubleColumn.create("value")
for (int k = 0; k < 4; k++) {
    DoubleColumn c = DoubleColumn.create(cols[k] + "_pct")
    for (int i = 0; i < ex.size(); i++) {
        c.append(100 * v[k][i] / e[i])
    }
    csv.addColumns(c)
}
for (int i = 0; i < ex.size(); i++) {
    for (int k = 0; k < 4; k++) {
        cat.append(ex.get(i) + " → " + im.get(i))
        comp.append(names[k])
        val.append(v[k][i])                 // percent() draws each bar as 100% of its E (axis 0-100%)
    }
}
println "saved " + save(csv, "${out}/tripartite.csv")

String name = io.getName()
def bars = Chart.stackedBars(Table.create("tripartite_long", cat, comp, val), "flow", "component", "value")
        .horizontal()
        .percent()
        .size(1000, Math.max(420, 160 + 24 * ex.size()))
        .title("Traditional and GVC trade in the " + ex.size() + " largest bilateral flows, " + name)
        .subtitle(String.format(Locale.ROOT, "Shares of each flow's gross exports, largest flow first (%s → %s: %,.0f)",
                ex.get(0), im.get(0), e[0]))
        .xLabel("Exporter → importer")
        .yLabel("Share of the flow's gross exports (%)")
        .source("Source: " + name + "; Borin, Mancini & Taglioni (2025) tripartite split of bilateral exports, gvc4j.")
for (String f : chart(bars, "${out}/tripartite")) {
    println "wrote " + f
}
println String.format(Locale.ROOT, "tripartite: the %d largest flows, from %s → %s (E = %,.0f)", ex.size(), ex.get(0),
        im.get(0), e[0])
