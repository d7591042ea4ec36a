// A coefficient plot by group (the report's Fig. 7.14 layout) on real data: the structural gravity PPML of the AGTPA
// panel, trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year, estimated separately for
// high-income exporters and for the other exporters (as fixest's split = ~group), standard errors clustered by pair;
// each estimate with its 95% interval, one panel per group, all panels on one scale.
// The split is ILLUSTRATIVE: "high income" is the panel's 30 high-income economies listed below (the same list as
// scripts/deals/panel.groovy's North); swap in your own mapping.
// Data: ../shared/reference/stats/gravity-ppml-trad/data.csv (exporter, importer, pair, year 1986-2006 every 4
// years, trade, dist, cntg, lang, clny, rta; international flows, zeros kept).
// Run:  ./gvc run --sandbox --out out/report scripts/report/gravity-coefficients.groovy ../shared/reference/stats out/report
// Writes gravity_coefficients.csv (group, term, estimate, std_error, p_value, conf_low, conf_high, nobs) and
// gravity_coefficients.png / .svg / .html.
import org.gvc4j.chart.Chart
import org.gvc4j.stats.Estimate
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: gravity-coefficients.groovy <stats reference folder> <out-folder>")
}
Table data = loadCsv(args[0] + "/gravity-ppml-trad/data.csv")
String out = args[1]
List<String> high = ["AUS", "AUT", "BEL", "CAN", "CHE", "CYP", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR", "GRC", "HKG",
                     "IRL", "ISL", "ISR", "ITA", "JPN", "KOR", "KWT", "MAC", "MLT", "NLD", "NOR", "PRT", "QAT", "SGP",
                     "SWE", "USA"]
StringColumn group = StringColumn.create("exporter_group")
for (int i = 0; i < data.rowCount(); i++) {
    group.append(high.contains(data.column("exporter").getString(i)) ? "High-income exporters" : "Other exporters")
}
data.addColumns(group)

String formula = "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year"
// one estimation per group on that group's rows (what Estimate.splitBy does; Fits is not on the sandbox surface yet)
List<String> groups = ["High-income exporters", "Other exporters"]
List<Integer> sizes = new ArrayList<>()
List<Double> rta = new ArrayList<>()
StringColumn g = StringColumn.create("group")
StringColumn term = StringColumn.create("term")
DoubleColumn est = DoubleColumn.create("estimate")
DoubleColumn se = DoubleColumn.create("std_error")
DoubleColumn pv = DoubleColumn.create("p_value")
DoubleColumn lo = DoubleColumn.create("conf_low")
DoubleColumn hi = DoubleColumn.create("conf_high")
IntColumn nobs = IntColumn.create("nobs")
for (String name : groups) {
    def fit = Estimate.ppml(data.where(group.isEqualTo(name)), formula).cluster("pair").fit()
    sizes.add(fit.getNobs())
    println String.format(Locale.ROOT, "%s: rta %.4f (SE %.4f), n = %d", name, fit.estimate("rta"), fit.stdError("rta"),
            fit.getNobs())
    Table t = fit.toTable()
    for (int r = 0; r < t.rowCount(); r++) {
        g.append(name)
        term.append(t.stringColumn("term").get(r))
        est.append(t.doubleColumn("estimate").getDouble(r))
        se.append(t.doubleColumn("std_error").getDouble(r))
        pv.append(t.doubleColumn("p_value").getDouble(r))
        lo.append(t.doubleColumn("conf_low").getDouble(r))
        hi.append(t.doubleColumn("conf_high").getDouble(r))
        nobs.append(fit.getNobs())
    }
}
Table coef = Table.create("gravity_coefficients", g, term, est, se, pv, lo, hi, nobs)
println "saved " + save(coef, "${out}/gravity_coefficients.csv")

def c = Chart.coefficients(coef, "term", "estimate", "conf_low", "conf_high", "group")
        .size(1000, 520)
        .title("Gravity: what moves trade, by exporter group, 1986–2006")
        .subtitle(String.format(Locale.ROOT, "PPML with exporter-year and importer-year effects, one estimation per group; "
                + "95%% intervals, SEs clustered by pair; n = %,d and %,d flows", sizes.get(0), sizes.get(1)))
        .xLabel("Regressor")
        .yLabel("Coefficient (log points; log(dist): elasticity)")
        .source("Source: AGTPA gravity panel (Yotov et al. 2016). High income: an illustrative list of 30 economies. gvc4j.")
for (String f : chart(c, "${out}/gravity_coefficients")) {
    println "wrote " + f
}
