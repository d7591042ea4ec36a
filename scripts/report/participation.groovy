// GVC participation by country (the report's participation figures): for every exporter of one MRIO table, the
// BMT2025 split of its gross exports E into pure forward (GVC_PF), two-sided (GVC_TS) and pure backward (GVC_PB)
// GVC trade, as % of E, drawn as stacked bars sorted by the GVC share (share_GVC = (GVC_PF + GVC_TS + GVC_PB) / E),
// and a world map of share_GVC. The rest of E is traditional trade (DAVAX), left out of the bars.
// Data: any table folder, e.g. the WIOD 2013 release, year 2011, in ../shared/reference/wiod2013-2011.
// Run:  ./gvc run --sandbox --out out/report scripts/report/participation.groovy ../shared/reference/wiod2013-2011 out/report
// Writes participation.csv (exporter, E, then GVC_PF, GVC_TS, GVC_PB and share_GVC in % of E, sorted by share_GVC,
// largest first), participation.png / .svg / .html (stacked bars) and participation_map.png / .svg / .html.
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: participation.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
String out = args[1]
def p = io.decompose().bm2025().trade().exporters().sortDescendingBy("share_GVC")
List<String> ex = p.keys("exporter")
double[] e = p.column("E")
double[] pf = p.column("GVC_PF")
double[] ts = p.column("GVC_TS")
double[] pb = p.column("GVC_PB")
double[] gvc = p.column("share_GVC")

// the plotted values, one row per exporter
DoubleColumn cPf = DoubleColumn.create("GVC_PF_pct")
DoubleColumn cTs = DoubleColumn.create("GVC_TS_pct")
DoubleColumn cPb = DoubleColumn.create("GVC_PB_pct")
DoubleColumn cGvc = DoubleColumn.create("share_GVC_pct")
// long form for the stacked bars
StringColumn cat = StringColumn.create("exporter")
StringColumn comp = StringColumn.create("component")
DoubleColumn val = DoubleColumn.create("share")
String[] names = ["Forward (GVC_PF)", "Two-sided (GVC_TS)", "Pure backward (GVC_PB)"] as String[]
for (int i = 0; i < ex.size(); i++) {
    double[] v = [100 * pf[i] / e[i], 100 * ts[i] / e[i], 100 * pb[i] / e[i]] as double[]
    cPf.append(v[0])
    cTs.append(v[1])
    cPb.append(v[2])
    cGvc.append(100 * gvc[i])
    for (int k = 0; k < 3; k++) {
        cat.append(ex.get(i))
        comp.append(names[k])
        val.append(v[k])
    }
}
Table csv = Table.create("participation", StringColumn.create("exporter", ex), DoubleColumn.create("E", e), cPf, cTs,
        cPb, cGvc)
println "saved " + save(csv, "${out}/participation.csv")

String name = io.getName()
def bars = Chart.stackedBars(Table.create("participation_long", cat, comp, val), "exporter", "component", "share")
        .horizontal()
        .size(1000, Math.max(420, 140 + 20 * ex.size()))
        .title("GVC participation by exporter, " + name)
        .subtitle("GVC trade as % of gross exports, largest GVC share first; the rest of exports is traditional trade (DAVAX)")
        .xLabel("Exporter")
        .yLabel("Share of gross exports (%)")
        .source("Source: " + name + "; Borin, Mancini & Taglioni (2025) trade measures, gvc4j.")
for (String f : chart(bars, "${out}/participation")) {
    println "wrote " + f
}

// the map: ISO 3166-1 alpha-3 codes only (a rest-of-the-world row such as WIOD's RoW has no place on it; countries
// too small for the 1:110m outlines, such as Malta, are named under the map)
StringColumn iso = StringColumn.create("iso3")
DoubleColumn share = DoubleColumn.create("share_GVC")
List<String> left = new ArrayList<>()
for (int i = 0; i < ex.size(); i++) {
    if (ex.get(i).matches("[A-Z]{3}")) {
        iso.append(ex.get(i) == "ROM" ? "ROU" : ex.get(i))     // WIOD 2013 codes Romania ROM (ISO: ROU)
        share.append(100 * gvc[i])
    } else {
        left.add(ex.get(i))
    }
}
def map = Chart.map(Table.create("participation_map", iso, share), "iso3", "share_GVC")
        .title("GVC-related trade, % of gross exports, " + name)
        .subtitle("share_GVC = (GVC_PF + GVC_TS + GVC_PB) / E by exporter, % of gross exports in five quantile classes"
                + (left.isEmpty() ? "" : "; not on the map: " + String.join(", ", left)))
        .source("Source: " + name + "; Borin, Mancini & Taglioni (2025) trade measures, gvc4j. Boundaries: Natural Earth 1:110m.")
for (String f : chart(map, "${out}/participation_map")) {
    println "wrote " + f
}
println String.format(Locale.ROOT, "participation: %d exporters, share_GVC from %.1f%% (%s) to %.1f%% (%s)", ex.size(),
        100 * gvc[ex.size() - 1], ex.get(ex.size() - 1), 100 * gvc[0], ex.get(0))
