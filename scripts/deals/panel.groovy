// panel.groovy: targeted trade deals as a dyad-year panel (GVC Development Report 2025, section 8.4): deals from a
// deal file (Annex 8.2 fields) become dyad-years (plurilateral deals give all pairs, accessions count from their year,
// a deal counts from signing on), merged with the AGTPA gravity panel; then Fig. 8.1's cumulative dyad-years, the
// comparisons of section 8.4, the formation logit (odds ratios) and the PPML of trade on deal and deal x binding.
// The default deal file is ILLUSTRATIVE (invented deals for the docs; see scripts/deals/README.md).
// Run: gvc run scripts/deals/panel.groovy ../shared/reference/stats [deals.csv]
import org.gvc4j.deals.panel.*

def root = args.isEmpty() ? "../shared/reference/stats" : args[0]
def deals = DealDatabase.of(loadCsv(args.size() > 1 ? args[1] : "scripts/deals/illustrative-deals.csv"))
def panel = DealPanel.of(deals).years(1986, 2006).directed()          // from signing (the default)

println "${deals.deals.size()} deals -> ${panel.toTable().rowCount()} directed dyad-years with a deal, 1986-2006"
println panel.cumulative().printAll()
// chart: Fig. 8.1, cumulative dyad-years with a deal by type (stacked areas) -- when gvc4j has a chart package

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
// chart: coefficient plot of the two models -- when gvc4j has a chart package
