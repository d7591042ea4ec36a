// panel.groovy: targeted trade deals as a dyad-year panel (GVC Development Report 2025, section 8.4): deals from a
// deal file (Annex 8.2 fields) become dyad-years (plurilateral deals give all pairs, accessions count from their year,
// a deal counts from signing on), merged with the AGTPA gravity panel; then Fig. 8.1's cumulative dyad-years, the
// comparisons of section 8.4, the formation logit (odds ratios) and the PPML of trade on deal and deal x binding.
// The default deal file is ILLUSTRATIVE (invented deals for the docs; see scripts/deals/README.md).
// Run: ./gvc run --sandbox --out out/deals scripts/deals/panel.groovy ../shared/reference/stats scripts/deals/illustrative-deals.csv out/deals
// Writes (with an out folder, the third argument): cumulative_dyad_years.csv (year, type, dyad_years: Fig. 8.1),
// deal_coefficients.csv (model, term, estimate, std_error, p_value, conf_low, conf_high, odds_ratio / trade ratio)
// and the charts cumulative_dyad_years (step lines) and deal_coefficients (coefficient plot, a panel per model).
import org.gvc4j.chart.Chart
import org.gvc4j.deals.panel.*
import org.gvc4j.stats.Fit
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

def root = args.isEmpty() ? "../shared/reference/stats" : args[0]
def dealFile = args.size() > 1 ? args[1] : "scripts/deals/illustrative-deals.csv"
def out = args.size() > 2 ? args[2] : null
def deals = DealDatabase.of(loadCsv(dealFile))
boolean illustrative = dealFile.endsWith("illustrative-deals.csv")   // invented deals: said so on the charts
def panel = DealPanel.of(deals).years(1986, 2006).directed()          // from signing (the default)

println "${deals.deals.size()} deals -> ${panel.toTable().rowCount()} directed dyad-years with a deal, 1986-2006"
Table cum = panel.cumulative()
println cum.printAll()

def intl = panel.mergeInto(loadCsv("${root}/gravity-ppml-trad/data.csv"))     // international flows
def all = panel.mergeInto(loadCsv("${root}/gravity-ppml-rta/data.csv"))      // with domestic flows, for pair FE

println "RTA at signing, deal dyads vs other dyads (section 8.4):"
println panel.rtaAtSigning(intl, "rta").printAll()
List<String> north = ["AUS", "AUT", "BEL", "CAN", "CHE", "CYP", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR", "GRC", "HKG", "IRL",
             "ISL", "ISR", "ITA", "JPN", "KOR", "KWT", "MAC", "MLT", "NLD", "NOR", "PRT", "QAT", "SGP", "SWE", "USA"]
Map<String, String> groups = [:]
for (String c : intl.stringColumn("exporter").unique().asList()) {
    groups.put(c, north.contains(c) ? "North" : "South")     // ILLUSTRATIVE split: high-income economies as North
}
println panel.northSouth(groups).printAll()

def formation = Estimate.logit(intl, "deal ~ log(dist) + cntg + lang + clny + rta | year")
        .cluster("pair").withOddsRatios().fit()
def effect = Estimate.ppml(all, "trade ~ deal + deal:binding + rta | exporter^year + importer^year + pair")
        .cluster("pair").fit()
println "Formation logit as odds ratios:"
println formation.toTable().selectColumns("term", "odds_ratio", "or_conf_low", "or_conf_high").printAll()
println RegressionTable.of(formation, effect).withTitles("Logit: deal formation", "PPML: trade").toText()
println String.format(Locale.ROOT, "Odds ratio of a deal for contiguous pairs: %.3f; trade effect of a non-binding deal: %+.1f%%, of a binding one: %+.1f%%",
        Math.exp(formation.estimate("cntg")), 100 * (Math.exp(effect.estimate("deal")) - 1),
        100 * (Math.exp(effect.estimate("deal") + effect.estimate("deal:binding")) - 1))

if (out != null) {
    String note = illustrative ? "; illustrative deals" : ""
    String dealSource = illustrative ? "scripts/deals/illustrative-deals.csv (INVENTED deals for the docs, not real agreements)" : dealFile
    // Fig. 8.1: cumulative dyad-years with a deal, all deals and by type, as step lines
    IntColumn year = IntColumn.create("year")
    StringColumn type = StringColumn.create("type")
    IntColumn dyadYears = IntColumn.create("dyad_years")
    List<String> cols = ["cumulative", "cumulative_digital", "cumulative_critical_minerals"]
    List<String> types = ["All deals", "Digital", "Critical minerals"]
    for (int k = 0; k < 3; k++) {
        for (int r = 0; r < cum.rowCount(); r++) {
            year.append(cum.intColumn("year").getInt(r))
            type.append(types.get(k))
            dyadYears.append(cum.intColumn(cols.get(k)).getInt(r))
        }
    }
    Table fig81 = Table.create("cumulative_dyad_years", year, type, dyadYears)
    println "saved " + save(fig81, "${out}/cumulative_dyad_years.csv")
    def steps = Chart.steps(fig81, "year", "dyad_years", "type")
            .title("Dyad-years with a targeted trade deal, cumulative (Fig. 8.1" + note + ")")
            .subtitle(deals.deals.size() + " deals as directed dyads, counted from signing; dyad-years, not agreements")
            .xLabel("Year")
            .yLabel("Cumulative directed dyad-years with a deal")
            .source("Source: " + dealSource + "; gvc4j.")
    for (String f : chart(steps, "${out}/cumulative_dyad_years")) {
        println "wrote " + f
    }

    // the two models in one coefficient plot: the logit's log odds ratios and the PPML's log trade effects
    StringColumn model = StringColumn.create("model")
    StringColumn term = StringColumn.create("term")
    DoubleColumn est = DoubleColumn.create("estimate")
    DoubleColumn se = DoubleColumn.create("std_error")
    DoubleColumn pv = DoubleColumn.create("p_value")
    DoubleColumn lo = DoubleColumn.create("conf_low")
    DoubleColumn hi = DoubleColumn.create("conf_high")
    DoubleColumn ratio = DoubleColumn.create("ratio")
    List<String> models = ["Logit: deal formation (log odds ratio)", "PPML: trade (log points)"]
    List<Fit> fits = [formation, effect]
    for (int m = 0; m < 2; m++) {
        Table t = fits.get(m).toTable()
        for (int r = 0; r < t.rowCount(); r++) {
            model.append(models.get(m))
            term.append(t.stringColumn("term").get(r))
            est.append(t.doubleColumn("estimate").getDouble(r))
            se.append(t.doubleColumn("std_error").getDouble(r))
            pv.append(t.doubleColumn("p_value").getDouble(r))
            lo.append(t.doubleColumn("conf_low").getDouble(r))
            hi.append(t.doubleColumn("conf_high").getDouble(r))
            ratio.append(Math.exp(t.doubleColumn("estimate").getDouble(r)))
        }
    }
    Table coef = Table.create("deal_coefficients", model, term, est, se, pv, lo, hi, ratio)
    println "saved " + save(coef, "${out}/deal_coefficients.csv")
    def plot = Chart.coefficients(coef, "term", "estimate", "conf_low", "conf_high", "model")
            .size(1000, 480)
            .title("Which dyads sign deals, and what deals do to trade" + (illustrative ? " (illustrative deals)" : ""))
            .subtitle("95% intervals, SEs clustered by pair; exp(estimate) is the odds ratio (logit) or the trade ratio (PPML)")
            .xLabel("Regressor")
            .yLabel("Coefficient (0 = no effect)")
            .source("Source: AGTPA gravity panel and " + dealSource + "; gvc4j.")
    for (String f : chart(plot, "${out}/deal_coefficients")) {
        println "wrote " + f
    }
}
