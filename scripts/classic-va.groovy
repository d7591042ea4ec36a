// classic-va.groovy: the classic value-added decompositions of one table, written as CSV files named after the
// reference files they reproduce (../shared/reference/README.md), with the peers' column names and layouts:
//   decompr_*   decompr's convention (output as given, value added X - colSums(Z)):
//               kww_country (T9 as decompr's residual), wwz_country, wwz_bilateral (incl. decompr's all-zero rows
//               exporter = importer), leontief_exports_{bilateral,sector,origin}, leontief_final_demand_long,
//               leontief_exports_long (tables with n <= 100 only)
//   exvatools_* exvatools' convention (output recomputed as rowSums(Z) + rowSums(Y)): kww_country, wwz_country,
//               my_country, my_wld_country, oecd_{country,sector,bilateral} (+ VAX_RATIO), va_exgr_{bilateral,sector},
//               va_fd_bilateral, bm_src_country, bm_snk_country
//   gvc4j_*     what no reference file holds, gvc4j's names, output as given: WWZ by exporter x sector x importer,
//               WWZ->KWW, KWW with T9 by formula, HIY vertical specialisation, Miroudot-Ye partner and sector
//               perimeters, TiVA cells by country x sector x partner
// Trusted recipe (it calls the method classes directly): gvc run scripts/classic-va.groovy <table-folder> <out-folder>
import org.gvc4j.method.Frame
import org.gvc4j.method.icio.Approach
import org.gvc4j.method.icio.Combination
import org.gvc4j.method.icio.Flow
import org.gvc4j.method.icio.Icio
import org.gvc4j.method.icio.IcioColumns
import org.gvc4j.method.icio.Level
import org.gvc4j.method.icio.Perspective
import org.gvc4j.method.kww.Kww
import org.gvc4j.method.kww.KwwColumns
import org.gvc4j.method.leontief.Leontief
import org.gvc4j.method.leontief.LeontiefColumns
import org.gvc4j.method.leontief.Post
import org.gvc4j.method.my.MiroudotYe
import org.gvc4j.method.my.MyColumns
import org.gvc4j.method.tiva.Tiva
import org.gvc4j.method.tiva.TivaColumns
import org.gvc4j.method.wwz.Wwz
import org.gvc4j.method.wwz.WwzColumns
import org.gvc4j.model.Conventions
import org.gvc4j.model.LeontiefModel
import org.gvc4j.result.MeasureTables
import org.gvc4j.result.Naming

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: classic-va.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
def out = args[1]
def dec = LeontiefModel.of(io.data, io.conventions) // trusted recipe: method classes on its own model
def exv = LeontiefModel.of(io.data, Conventions.EXVATOOLS)
int written = 0

// Writes a frame with the peer's names; `values` keeps only those measures (peer names, null = all); `self` adds the
// all-zero rows where the two named keys are equal (decompr prints them for every exporter).
def write = { String name, Frame f, Map names, List values = null, List self = null ->
    def keys = f.keyNames().collect { names.getOrDefault(it, it) }
    def allValues = f.valueNames().collect { names.getOrDefault(it, it) }
    def keep = values == null ? allValues : values
    def idx = keep.collect { allValues.indexOf(it) }
    if (idx.contains(-1)) {
        throw new IllegalStateException("$name: no column ${keep[idx.indexOf(-1)]} in $allValues")
    }
    def g = new Frame(keys, keep)
    if (self != null) {
        if (keys != self) {
            throw new IllegalStateException("$name: self rows need exactly the keys $self, not $keys")
        }
        for (String c : io.getCountries()) {
            g.add([c, c] as String[], new double[keep.size()])
        }
    }
    for (int r = 0; r < f.rowCount(); r++) {
        String[] k = (0..<keys.size()).collect { f.key(r, it) } as String[]
        double[] v = idx.collect { f.value(r, it) } as double[]
        g.add(k, v)
    }
    save(MeasureTables.of(g, name, "", io.toString(), Naming.GVC4J, [:]), "$out/${name}.csv")
    written++
}

// ---- decompr ----
def wwz = new Wwz(dec)
def decLeo = new Leontief(dec)
write("decompr_kww_country", new Kww(dec).terms(Kww.Closure.RESIDUAL), KwwColumns.DECOMPR, KwwColumns.TERMS)
def wwzCols = WwzColumns.TERMS + WwzColumns.EXTRA
write("decompr_wwz_country", wwz.terms(Level.COUNTRY), WwzColumns.DECOMPR, wwzCols)
write("decompr_wwz_bilateral", wwz.terms(Level.PAIR), WwzColumns.DECOMPR, wwzCols,
        ["Exporting_Country", "Importing_Country"])
write("decompr_leontief_exports_bilateral", decLeo.byCountry(Post.EXPORTS), LeontiefColumns.DECOMPR)
write("decompr_leontief_exports_sector", decLeo.bySector(Post.EXPORTS), LeontiefColumns.DECOMPR)
write("decompr_leontief_exports_origin", decLeo.byOriginSector(Post.EXPORTS), LeontiefColumns.DECOMPR)
write("decompr_leontief_final_demand_long", decLeo.finalDemand(), LeontiefColumns.DECOMPR_FINAL_DEMAND)
if (io.getSize() <= 100) {
    write("decompr_leontief_exports_long", decLeo.longForm(Post.EXPORTS), LeontiefColumns.DECOMPR)
}

// ---- exvatools ----
def exvLeo = new Leontief(exv)
def exvMy = new MiroudotYe(exv)
def exvTiva = new Tiva(exv)
write("exvatools_kww_country", new Kww(exv).standard(Kww.Closure.FORMULA), KwwColumns.EXVATOOLS)
write("exvatools_wwz_country", new Wwz(exv).standard(Level.COUNTRY), KwwColumns.EXVATOOLS)
write("exvatools_my_country", exvMy.country(Level.COUNTRY), MyColumns.EXVATOOLS)
write("exvatools_my_wld_country", exvMy.world(Level.COUNTRY), MyColumns.EXVATOOLS)
write("exvatools_oecd_country", exvTiva.country(), TivaColumns.EXVATOOLS)
write("exvatools_oecd_sector", exvTiva.sector(), TivaColumns.EXVATOOLS)
write("exvatools_oecd_bilateral", exvTiva.bilateral(), TivaColumns.EXVATOOLS)
write("exvatools_va_exgr_bilateral", exvLeo.byCountry(Post.EXPORTS), LeontiefColumns.EXVATOOLS_VA_EXGR)
write("exvatools_va_exgr_sector", exvLeo.bySector(Post.EXPORTS), LeontiefColumns.EXVATOOLS_VA_EXGR)
write("exvatools_va_fd_bilateral", exvLeo.finalDemandByCountry(), LeontiefColumns.EXVATOOLS_VA_FD)
def icio = new Icio(exv)
def all = icio.allCountries()
write("exvatools_bm_src_country", icio.exports(new Combination(Flow.EXPORTS, Level.COUNTRY, Perspective.EXPORTER,
        Approach.SOURCE), all, all, false), IcioColumns.EXVATOOLS_COUNTRY)
write("exvatools_bm_snk_country", icio.exports(new Combination(Flow.EXPORTS, Level.COUNTRY, Perspective.EXPORTER,
        Approach.SINK), all, all, false), IcioColumns.EXVATOOLS_COUNTRY)

// ---- gvc4j, output as given ----
def decMy = new MiroudotYe(dec)
write("gvc4j_wwz_bilateral_sector", wwz.terms(Level.SECTOR_PAIR), [:])
write("gvc4j_wwz2kww_bilateral_sector", wwz.kww(Level.SECTOR_PAIR), [:])
write("gvc4j_kww_formula_country", new Kww(dec).terms(Kww.Closure.FORMULA), [:])
write("gvc4j_vertical_specialisation_country", decLeo.verticalSpecialisation(), [:])
write("gvc4j_vertical_specialisation_sector", decLeo.verticalSpecialisationBySector(), [:])
write("gvc4j_my_partner", decMy.partner(), [:])
write("gvc4j_my_sector", decMy.sector(), [:])
write("gvc4j_tiva_detail", new Tiva(dec).detail(), [:])
println "wrote $written files to $out"
