// vignette.groovy: every table of the gvcAnalyzer vignette (BM 2023 and BM 2025 on its 4-country x 3-sector toy
// table), as gvcAnalyzer computes and names it: one call, like(Naming.GVC_ANALYZER), sets its conventions (value
// added and output as given) and its column names. Where gvc4j's table has more columns than the seed's function,
// select(..) keeps the seed's. With a second argument, each table is also saved there as <function>.csv.
// Run: gvc run scripts/vignette.groovy ../shared/reference/gvcanalyzer-toy [out-folder]
def io = load(args[0]).like(Naming.GVC_ANALYZER)
def bm23 = io.decompose().bm2023()
def bm25 = io.decompose().bm2025()
def pairs = bm25.trade().exporters().importers()

def tables = [
    "bm_2023_exporter_total"           : bm23.exporter("China"),
    "bm_2023_exporter_total_all"       : bm23.exporters(),
    "bm_2023_bilateral_source"         : bm23.exporter("China").importer("India").source(),
    "bm_2023_bilateral_sink"           : bm23.exporter("China").importer("India").sink(),
    "bm_2023_bilateral_pure"           : bm23.exporter("China").importer("India").self(),
    "bm_2023_bilateral_source_all"     : bm23.exporters().importers().source(),
    "bm_2023_bilateral_sink_all"       : bm23.exporters().importers().sink(),
    "bm_2023_bilateral_pure_all"       : bm23.exporters().importers().self(),
    "bm_2025_tripartite_trade"         : pairs.where("exporter", "China").where("importer", "India").select("exporter",
            "importer", "E_sr", "DAVAX_sr", "GVC_sr", "GVC_PF", "GVC_TS", "GVC_PB"),
    "bm_2025_tripartite_trade_all"     : pairs.select("exporter", "importer", "E_sr", "DAVAX_sr", "GVC_sr", "GVC_PF",
            "GVC_TS", "GVC_PB"),
    "bm_2025_trade_exporter"           : bm25.trade().exporters().select("exporter", "E_s", "GVC_s", "GVC_PF_s",
            "GVC_TS_s", "GVC_PB_s"),
    "bm_2025_trade_measures"           : bm25.trade().exporters().select("exporter", "E_s", "GVC_s", "GVC_PF_s",
            "GVC_TS_s", "GVC_PB_s", "share_GVC_trade", "share_PF_trade", "share_TS_trade", "share_PB_trade",
            "forward_trade"),
    "bm_2025_output_components"        : bm25.output().countries().select("country", "GVC_PF_X", "GVC_PB_X",
            "GVC_TSImp", "GVC_TSDom", "GVC_TS_X", "GVC_X", "DomX", "TradX", "X_total"),
    "bm_2025_output_measures"          : bm25.output().countries(),
    "bm_2025_output_components_sector" : bm25.output().countries().bySector().select("country", "sector", "X_i",
            "DomX_i", "TradX_i", "GVC_PF_Xi", "GVC_PB_Xi", "GVC_TSImp_i", "GVC_TSDom_i", "GVC_TS_Xi", "GVC_Xi"),
    "bm_2025_output_measures_sector"   : bm25.output().countries().bySector(),
]
tables.each { String function, MeasureTable r ->
    println "== ${function}"
    show r
    if (args.size() > 1) {
        save r, "${args[1]}/${function}.csv"
    }
}
