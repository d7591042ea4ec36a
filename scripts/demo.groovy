// demo.groovy: every decomposition of gvc4j on the embedded demo table (5 economies x 4 sectors, balanced),
// printed as the seed package prints its tables. Run: gvc demo   (or: gvc run scripts/demo.groovy)
def io = demo()
println io
println ""

def bm25 = io.decompose().bm2025()
def bm23 = io.decompose().bm2023()

def tables = [
    "BM2025 trade measures, all exporters"                  : bm25.trade().exporters(),
    "BM2025 tripartite trade, CHN -> USA"                   : bm25.trade().exporter("CHN").importer("USA"),
    "BM2025 tripartite trade by exporting sector, CHN -> USA": bm25.trade().exporter("CHN").importer("USA").bySector(),
    "BM2025 output-based measures (as the seed publishes)"  : bm25.output().countries(),
    "BM2025 output-based measures by sector (as published)" : bm25.output().countries().bySector(),
    "BM2025 output, GDP-closed variant"                     : bm25.output().countries().gdpClosed(),
    "BM2023 exporter totals"                                : bm23.exporters(),
    "BM2023 MEX -> USA, source"                             : bm23.exporter("MEX").importer("USA").source(),
    "BM2023 MEX -> USA, sink"                               : bm23.exporter("MEX").importer("USA").sink(),
    "BM2023 MEX -> USA, the pair's own perimeter"           : bm23.exporter("MEX").importer("USA").self(),
]
tables.each { String title, MeasureTable r ->
    println "## ${title}"
    show r
}
