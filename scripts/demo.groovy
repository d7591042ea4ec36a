// demo.groovy: every decomposition of gvc4j on the embedded demo table (5 economies x 4 sectors, balanced),
// printed as the seed package prints its tables. Run: gvc demo   (or: gvc run scripts/demo.groovy)
def io = demo()
println io
println ""

def bm25 = io.decompose().bm2025()
def bm23 = io.decompose().bm2023()

def tables = [
    "BM2025 trade measures, all exporters"                  : bm25.trade().measures(),
    "BM2025 tripartite trade, CHN -> USA"                   : bm25.trade().pair("CHN", "USA"),
    "BM2025 tripartite trade by exporting sector, CHN -> USA": bm25.trade().bySector().pair("CHN", "USA"),
    "BM2025 output-based measures (as the seed publishes)"  : bm25.output().measures(),
    "BM2025 output-based measures by sector (as published)" : bm25.output().bySector(),
    "BM2025 output, GDP-closed variant"                     : bm25.output().gdpClosed().measures(),
    "BM2023 exporter totals"                                : bm23.exporters(),
    "BM2023 MEX -> USA, source"                             : bm23.bilateral("MEX", "USA").source(),
    "BM2023 MEX -> USA, sink"                               : bm23.bilateral("MEX", "USA").sink(),
    "BM2023 MEX -> USA, pure (bilateral perimeter)"         : bm23.bilateral("MEX", "USA").pure(),
]
tables.each { String title, Result r ->
    println "## ${title}"
    show r
}
