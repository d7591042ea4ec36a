// classic.groovy: every classic GVC method of one table, at every level the reference files hold, written as CSV
// files named after the reference files they reproduce (../shared/reference/README.md). Only the fluent API
// (dsl-docs/README.md) and Tablesaw renames: it runs sandboxed.
//   decompr_*   decompr's convention (output as given, value added X - colSums(Z)) and column names:
//               kww_country (T9 closed as decompr's residual), wwz_country, wwz_bilateral (with decompr's all-zero
//               rows exporter = importer), leontief_exports_{bilateral,sector,origin}, leontief_final_demand_long,
//               leontief_exports_long (tables with n <= 100 only)
//   exvatools_* exvatools' convention (output recomputed as rowSums(Z) + rowSums(Y)) and names, io.like(EXVATOOLS):
//               kww_country, wwz_country (WWZ's standard grouping at country level is KWW's), my_country,
//               my_wld_country, oecd_{country,sector,bilateral} (+ VAX_RATIO), va_exgr_{bilateral,sector},
//               va_fd_bilateral, bm_src_country, bm_snk_country
//   gvc4j_*     what no reference file holds, gvc4j's names, output as given: WWZ by exporter x sector x importer,
//               WWZ->KWW, KWW with T9 by formula, HIY vertical specialisation, Miroudot-Ye partner and sector
//               perimeters, TiVA cells by country x sector x partner
//   (no prefix) the position measures, counterparts of the numpy_* oracle files under the same name without
//               "numpy_": wwyz_{participation,length}_{sector,country}, upstreamness_ghosh_*, downstreamness_ub_*,
//               apl_{sector,bilateral}, koopman_kwwiv_*, rca_{gross,dvixf}_sector
// Usage: gvc run --sandbox --out OUT scripts/classic.groovy <table-folder> OUT
import org.gvc4j.method.kww.KwwColumns
import org.gvc4j.method.leontief.LeontiefColumns
import org.gvc4j.method.wwyz.WwyzColumns
import org.gvc4j.method.wwz.WwzColumns
import org.gvc4j.result.MeasureTable
import org.gvc4j.result.Naming
import tech.tablesaw.api.Row
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: classic.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
String out = args[1]
def dec = io.decompose()
def exv = io.like(Naming.EXVATOOLS).decompose()
int written = 0

// a list of column names as the String... that select(..) takes
String[] strings(List<String> names) {
    return names.toArray(new String[0])
}

// gvc4j's or the table's naming as it stands
def write = { String name, MeasureTable r ->
    save(r, "${out}/${name}.csv")
    written++
}

// decompr's names (decompr has no Naming: its key and measure names are renamed here); `keep` keeps only those
// measures; `selfRows` adds decompr's all-zero rows with the two keys equal
def decompr = { String name, MeasureTable r, Map<String, String> names, List<String> keep, boolean selfRows ->
    MeasureTable m = r
    if (keep != null) {
        List<String> cols = new ArrayList<String>(r.getKeyNames())
        cols.addAll(keep)
        m = r.select(strings(cols))
    }
    Table t = m.toTable()
    for (String k : names.keySet()) {
        if (t.containsColumn(k)) {
            t.column(k).setName(names.get(k))
        }
    }
    if (selfRows) {
        for (String c : io.getCountries()) {
            Row row = t.appendRow()
            row.setString(0, c)
            row.setString(1, c)
            for (int j = 2; j < t.columnCount(); j++) {
                row.setDouble(j, 0.0d)
            }
        }
    }
    save(t, "${out}/${name}.csv")
    written++
}

// ---- decompr ----
decompr("decompr_kww_country", dec.kww().exporters().fdcResidual().withTerms(), KwwColumns.DECOMPR, KwwColumns.TERMS, false)
decompr("decompr_wwz_country", dec.wwz().exporters(), WwzColumns.DECOMPR, null, false)
decompr("decompr_wwz_bilateral", dec.wwz().exporters().importers(), WwzColumns.DECOMPR, null, true)
def leo = dec.leontief().exports().exporters()
decompr("decompr_leontief_exports_bilateral", leo, LeontiefColumns.DECOMPR, null, false)
decompr("decompr_leontief_exports_sector", leo.bySector(), LeontiefColumns.DECOMPR, null, false)
decompr("decompr_leontief_exports_origin", leo.byOriginSector(), LeontiefColumns.DECOMPR, null, false)
decompr("decompr_leontief_final_demand_long", dec.leontief().finalDemand().countries().byOriginSector(),
        LeontiefColumns.DECOMPR_FINAL_DEMAND, null, false)
if (io.getSize() <= 100) {
    decompr("decompr_leontief_exports_long", leo.bySector().byOriginSector(), LeontiefColumns.DECOMPR, null, false)
}

// ---- exvatools ----
def exvKww = exv.kww().exporters()
write("exvatools_kww_country", exvKww)
write("exvatools_wwz_country", exvKww)
write("exvatools_my_country", exv.miroudotYe().exporters())
write("exvatools_my_wld_country", exv.miroudotYe().exporters().world())
def oecd = exv.tiva().countries()
write("exvatools_oecd_country", oecd)
write("exvatools_oecd_sector", oecd.bySector())
write("exvatools_oecd_bilateral", oecd.partners())
write("exvatools_va_exgr_bilateral", exv.leontief().exports().exporters())
write("exvatools_va_exgr_sector", exv.leontief().exports().exporters().bySector())
write("exvatools_va_fd_bilateral", exv.leontief().finalDemand().countries())
write("exvatools_bm_src_country", exv.icio().exporters())
write("exvatools_bm_snk_country", exv.icio().exporters().sink())

// ---- gvc4j, output as given ----
write("gvc4j_wwz_bilateral_sector", dec.wwz().exporters().importers().bySector())
write("gvc4j_wwz2kww_bilateral_sector", dec.kww().exporters().importers().bySector().withTerms())
write("gvc4j_kww_formula_country", dec.kww().exporters().withTerms())
write("gvc4j_vertical_specialisation_country", dec.hiy().exporters())
write("gvc4j_vertical_specialisation_sector", dec.hiy().exporters().bySector())
write("gvc4j_my_partner", dec.miroudotYe().exporters().importers().self())
write("gvc4j_my_sector", dec.miroudotYe().exporters().self().bySector())
write("gvc4j_tiva_detail", dec.tiva().countries().partners().bySector())

// ---- position measures (the numpy_* oracle's names) ----
def only = { MeasureTable r, List<String> measures ->
    List<String> cols = new ArrayList<String>(r.getKeyNames())
    cols.addAll(measures)
    r.select(strings(cols))
}
def wwyz = dec.wwyz().countries()
write("wwyz_participation_sector", only(wwyz.bySector(), WwyzColumns.PARTICIPATION))
write("wwyz_participation_country", only(wwyz, WwyzColumns.PARTICIPATION))
write("wwyz_length_sector", only(wwyz.bySector(), WwyzColumns.LENGTH))
write("wwyz_length_country", only(wwyz, WwyzColumns.LENGTH))
write("upstreamness_ghosh_sector", dec.upstreamness().countries().bySector())
write("upstreamness_ghosh_country", dec.upstreamness().countries())
write("downstreamness_ub_sector", dec.downstreamness().countries().bySector())
write("downstreamness_ub_country", dec.downstreamness().countries())
write("apl_sector", dec.apl().countries().bySector())
write("apl_bilateral", dec.apl().countries())
write("koopman_kwwiv_sector", dec.koopman().countries().bySector())
write("koopman_kwwiv_country", dec.koopman().countries())
write("rca_gross_sector", dec.rca().countries())
write("rca_dvixf_sector", dec.rca().countries().valueAdded())
println "wrote $written files to $out"
