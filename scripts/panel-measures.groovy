// panel-measures.groovy: the result kinds of a panel for gvc panel --recipe, one closure a kind. The recipe's last
// expression is a map from result names (lower-case letters, digits, _ and -: each names <out>/<name>.csv) to
// closures that take one table (an MrioTable) and give a MeasureTable with the same columns for every table.
//   gvc panel data/adb --recipe scripts/panel-measures.groovy --out out/adb [--resume] [--parquet]
// The first three are gvc panel's default --measures, so their CSVs equal those of --measures byte for byte; the
// last two are kinds --measures does not have: BM2025 trade measures by exporting sector, and the icio source
// accounting of every exporter-importer pair.
[
    bm2025_trade_measures : { MrioTable io -> io.decompose().bm2025().trade().exporters() },
    bm2025_output_measures: { MrioTable io -> io.decompose().bm2025().output().countries() },
    icio_exporter_source  : { MrioTable io -> io.decompose().icio().exporters() },
    bm2025_trade_sector   : { MrioTable io -> io.decompose().bm2025().trade().exporters().bySector() },
    icio_bilateral_source : { MrioTable io -> io.decompose().icio().exporters().importers() },
]
