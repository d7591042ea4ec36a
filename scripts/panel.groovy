// panel.groovy: the participation measures of scripts/participation.groovy over a panel of tables, one combined CSV
// per result with the columns database and year in front (gvc4j column names; tables in year order).
//   <out>/bm2025_trade_measures.csv, bm2025_tripartite_trade.csv, bm2025_output_measures.csv,
//   bm2025_output_measures_sector.csv, bm2023_exporter.csv, bm2023_bilateral_source.csv, bm2023_bilateral_sink.csv,
//   bm2023_bilateral_self.csv; <out>/checkpoints/<database>_<year>/ one folder per finished table.
// The tables: every entry of <tables-folder> (table folders, official files or zips), the year taken from each name
// (the one four-digit year 1950-2099 in it; see dsl-docs/panel.md), or a manifest CSV database,year,path.
// Tables run side by side as far as the heap allows; rerun with --param resume=true after an interruption and the
// finished tables are not computed again. --param database=NAME labels a folder (default: the folder's name);
// --param conventions=gvcanalyzer uses the seed's conventions; --param threads=N shares N threads (default: all).
// Trusted runs only (it writes <out-folder> itself): gvc run scripts/panel.groovy <tables-folder|manifest.csv> <out-folder>
import java.nio.file.Files
import java.nio.file.Path
import org.gvc4j.error.GvcException
import org.gvc4j.panel.Decomposition
import org.gvc4j.panel.Panel
import org.gvc4j.panel.PanelRunner

if (args.size() < 2) {
    throw new GvcException("usage: panel.groovy <tables-folder|manifest.csv> <out-folder>")
}
def source = Path.of(args[0])
def db = param("database", "")
def panel = Files.isRegularFile(source) ? Panel.fromManifest(source)
        : db ? Panel.fromFolder(source, db) : Panel.fromFolder(source)
def kinds = [
    bm2025_trade_measures        : { MrioTable io -> io.decompose().bm2025().trade().exporters() },
    bm2025_tripartite_trade      : { MrioTable io -> io.decompose().bm2025().trade().exporters().importers() },
    bm2025_output_measures       : { MrioTable io -> io.decompose().bm2025().output().countries() },
    bm2025_output_measures_sector: { MrioTable io -> io.decompose().bm2025().output().countries().bySector() },
    bm2023_exporter              : { MrioTable io -> io.decompose().bm2023().exporters() },
    bm2023_bilateral_source      : { MrioTable io -> io.decompose().bm2023().exporters().importers().source() },
    bm2023_bilateral_sink        : { MrioTable io -> io.decompose().bm2023().exporters().importers().sink() },
    bm2023_bilateral_self        : { MrioTable io -> io.decompose().bm2023().exporters().importers().self() },
]
def runner = PanelRunner.of(panel, kinds.collect { name, chain -> new Decomposition(name, chain) })
        .out(Path.of(args[1]))
        .resume(param("resume", "false") == "true")
        .log(new PrintWriter(out, true))
        .progress(new PrintWriter(out, true), false)
if (param("conventions", "default") == "gvcanalyzer") {
    runner.prepare { MrioTable io -> io.withConventions(Conventions.GVC_ANALYZER) }
}
if (param("threads", "")) {
    runner.threads(param("threads", "").toInteger())
}
def result = runner.execute()
result.outputs.each { name, path -> println "wrote ${path} (${result.rows[name]} rows)" }
