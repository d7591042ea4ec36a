// participation.groovy: the GVC participation tables of one MRIO table, one CSV per result, gvc4j column names.
// A stable contract for other tools: the file names and columns below do not change between versions.
//   bm2025_trade_measures.csv          BM2025 trade measures, all exporters
//   bm2025_tripartite_trade.csv        BM2025 tripartite trade, all pairs
//   bm2025_output_measures.csv         BM2025 output-based measures by country (as the seed publishes them)
//   bm2025_output_measures_sector.csv  BM2025 output-based measures by country and sector (as published)
//   bm2023_exporter.csv                BM2023 exporter totals
//   bm2023_bilateral_source.csv / bm2023_bilateral_sink.csv / bm2023_bilateral_self.csv   all pairs
// Conventions: icio's by default (value added = X - colSums(Z), output as given); --param conventions=gvcanalyzer
// uses the seed's (both as given).
// Run: gvc run scripts/participation.groovy <table-folder> <out-folder>
import org.gvc4j.error.GvcException

if (args.size() < 2) {
    throw new GvcException("usage: participation.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
if (param("conventions", "default") == "gvcanalyzer") {
    io = io.withConventions(Conventions.GVC_ANALYZER)
}
def out = args[1]
def bm25 = io.decompose().bm2025()
def bm23 = io.decompose().bm2023()
def files = [
    "bm2025_trade_measures"        : bm25.trade().exporters(),
    "bm2025_tripartite_trade"      : bm25.trade().exporters().importers(),
    "bm2025_output_measures"       : bm25.output().countries(),
    "bm2025_output_measures_sector": bm25.output().countries().bySector(),
    "bm2023_exporter"              : bm23.exporters(),
    "bm2023_bilateral_source"      : bm23.exporters().importers().source(),
    "bm2023_bilateral_sink"        : bm23.exporters().importers().sink(),
    "bm2023_bilateral_self"        : bm23.exporters().importers().self(),
]
files.each { String name, MeasureTable r ->
    def path = save(r, "${out}/${name}.csv")
    println "wrote ${path} (${r.rowCount} rows)"
}
