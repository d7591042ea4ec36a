// gravity.groovy: the public gravity cases of the GVC Development Report's trade chapter (structural gravity on the
// AGTPA panel), estimated as R's fixest does and printed side by side like the report's Annex Table 8.A.5:
// PPML with exporter-year, importer-year and pair fixed effects; PPML with gravity covariates; OLS on log trade.
// Standard errors clustered by pair. Effects of a dummy b read as exp(b) - 1 (e.g. RTA 0.557 -> +75%).
// Run: gvc run scripts/gravity.groovy ../shared/reference/stats [out-folder]
def root = args.isEmpty() ? "../shared/reference/stats" : args[0]
def rta = Estimate.ppml(loadCsv("${root}/gravity-ppml-rta/data.csv"),
        "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit()
def trad = Estimate.ppml(loadCsv("${root}/gravity-ppml-trad/data.csv"),
        "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year").cluster("pair").fit()
def ols = Estimate.ols(loadCsv("${root}/gravity-ols/data.csv"),
        "log(trade) ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year").cluster("pair").fit()

def table = RegressionTable.of(rta, trad, ols).withTitles("PPML, pair FE", "PPML, gravity", "OLS, log trade")
println table.toText()
println String.format(Locale.ROOT, "RTA effect (PPML, pair FE): %+.1f%%", 100 * (Math.exp(rta.estimate("rta")) - 1))
