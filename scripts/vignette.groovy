// vignette.groovy: every table of the gvcAnalyzer vignette (BM 2023 and BM 2025 on its 4-country x 3-sector toy
// table), computed with the seed's conventions (value added and output as given) and printed with the seed's
// column names. With a second argument, each table is also saved there as <function>.csv.
// Run: gvc run scripts/vignette.groovy ../shared/reference/gvcanalyzer-toy [out-folder]
def io = load(args[0]).withConventions(Conventions.GVC_ANALYZER)
def bm23 = io.decompose().bm2023()
def bm25 = io.decompose().bm2025()

def tables = [
    "bm_2023_exporter_total"           : bm23.exporter("China"),
    "bm_2023_exporter_total_all"       : bm23.exporters(),
    "bm_2023_bilateral_source"         : bm23.bilateral("China", "India").source(),
    "bm_2023_bilateral_sink"           : bm23.bilateral("China", "India").sink(),
    "bm_2023_bilateral_pure"           : bm23.bilateral("China", "India").pure(),
    "bm_2023_bilateral_source_all"     : bm23.bilateral().source(),
    "bm_2023_bilateral_sink_all"       : bm23.bilateral().sink(),
    "bm_2023_bilateral_pure_all"       : bm23.bilateral().pure(),
    "bm_2025_tripartite_trade"         : bm25.trade().pair("China", "India"),
    "bm_2025_tripartite_trade_all"     : bm25.trade().pairs(),
    "bm_2025_trade_exporter"           : bm25.trade().measures().select("exporter", "E", "GVC", "GVC_PF", "GVC_TS", "GVC_PB"),
    "bm_2025_trade_measures"           : bm25.trade().measures(),
    "bm_2025_output_components"        : bm25.output().components(),
    "bm_2025_output_measures"          : bm25.output().measures(),
    "bm_2025_output_components_sector" : bm25.output().bySector().select("country", "sector", "X", "DomX", "TradX",
            "GVC_PF_X", "GVC_PB_X", "GVC_TSImp", "GVC_TSDom", "GVC_TS_X", "GVC_X"),
    "bm_2025_output_measures_sector"   : bm25.output().bySector(),
]
tables.each { String function, Result r ->
    def seed = r.named(Naming.GVC_ANALYZER)
    println "== ${function}"
    show seed
    if (args.size() > 1) {
        save seed, "${args[1]}/${function}.csv"
    }
}
